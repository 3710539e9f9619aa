import type { CertificationInput, Staff } from '@smp/contracts';
import { useClinic } from '../clinic/clinic-context';
import { formatDate } from '../shared/format';
import { todayIn } from '../shared/zoned-time';
import { CertificationFlag } from './CertificationFlag';
import { CertificationForm } from './CertificationForm';
import { certificationStanding, EXPIRY_WARNING_DAYS } from './certification-standing';
import { ColumnHeads } from '../shared/ColumnHeads';

interface CertificationsCardProps {
  staff: Staff;
  onAdd: (certification: CertificationInput) => Promise<void>;
  onRemove: (certificationId: string) => void;
}

/** An artist's certifications, soonest expiry first, with those run out or running out flagged. */
export function CertificationsCard({ staff, onAdd, onRemove }: CertificationsCardProps) {
  const today = todayIn(useClinic().timeZone);
  return (
    <section className="card wide" aria-labelledby="certifications-heading">
      <h2 id="certifications-heading">Certifications</h2>
      {staff.certifications.length === 0 ? (
        <p className="alert warning">No certifications on record. Add them before booking this artist.</p>
      ) : (
        <div className="table-scroll">
          <table className="data-table plain">
            <ColumnHeads columns={['Certification', 'Issuer', 'Issued', 'Expires']} actions />
            <tbody>
              {staff.certifications.map((certification) => (
                <tr key={certification.id}>
                  <td>{certification.name}</td>
                  <td>{certification.issuer ?? '—'}</td>
                  <td className="nowrap">{formatDate(certification.issuedOn)}</td>
                  <td className="nowrap">
                    {formatDate(certification.expiresOn)}
                    <CertificationFlag standing={certificationStanding(certification.expiresOn, today)} />
                  </td>
                  <td className="row-actions">
                    <button type="button" className="button subtle small" onClick={() => onRemove(certification.id)} aria-label={`Remove ${certification.name}`}>
                      Remove
                    </button>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      <p className="hint">Flagged when expired or expiring within {EXPIRY_WARNING_DAYS} days (clinic calendar).</p>
      <CertificationForm onAdd={onAdd} />
    </section>
  );
}
