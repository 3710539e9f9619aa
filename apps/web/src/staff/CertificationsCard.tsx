import { certificationOverrideInputSchema, type Certification, type CertificationInput, type CertificationOverrideInput, type Staff } from '@smp/contracts';
import { useState } from 'react';
import { useClinic } from '../clinic/clinic-context';
import { styleLabels } from '../consultations/labels';
import { formatDate } from '../shared/format';
import { OverrideUntilForm } from '../shared/OverrideUntilForm';
import { todayIn } from '../shared/zoned-time';
import { CertificationFlag } from './CertificationFlag';
import { CertificationForm } from './CertificationForm';
import { certificationStanding, EXPIRY_WARNING_DAYS } from './certification-standing';
import { ColumnHeads } from '../shared/ColumnHeads';

interface CertificationsCardProps {
  staff: Staff;
  onAdd: (certification: CertificationInput) => Promise<void>;
  onRemove: (certificationId: string) => void;
  onOverride: (certificationId: string, input: CertificationOverrideInput) => Promise<void>;
}

/** What the owner marked a certification as: required for treatment, covering high-risk styles, overridden past its expiry. */
function CertificationRules({ certification, today }: { certification: Certification; today: string }) {
  const overridden = certification.overriddenUntil !== null && certification.overriddenUntil >= today;
  return (
    <>
      {certification.requiredForTreatment && <span className="tag">Required for treatment</span>}
      {certification.covers.map((style) => (
        <span key={style} className="tag">
          Covers {styleLabels[style].toLowerCase()}
        </span>
      ))}
      {overridden && <span className="tag warning">Owner lets them work on until {formatDate(certification.overriddenUntil)}</span>}
    </>
  );
}

/** An artist's certifications, soonest expiry first, with those run out or running out flagged. */
export function CertificationsCard({ staff, onAdd, onRemove, onOverride }: CertificationsCardProps) {
  const today = todayIn(useClinic().timeZone);
  const [overriding, setOverriding] = useState<Certification | null>(null);
  return (
    <section className="card wide" aria-labelledby="certifications-heading">
      <h2 id="certifications-heading">Certifications</h2>
      {staff.certifications.length === 0 ? (
        <p className="alert warning">No certifications on record. Add them before booking this artist.</p>
      ) : (
        <div className="table-scroll">
          <table className="data-table plain">
            <ColumnHeads columns={['Certification', 'Issuer', 'Issued', 'Expires', 'Rules']} actions />
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
                  <td>
                    <CertificationRules certification={certification} today={today} />
                  </td>
                  <td className="row-actions">
                    {certification.expiresOn < today && (
                      <button type="button" className="button subtle small" onClick={() => setOverriding(certification)} aria-label={`Let work on past ${certification.name}`}>
                        Let work on
                      </button>
                    )}
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
      {overriding && (
        <OverrideUntilForm
          key={overriding.id}
          legend={`Let work on past ${overriding.name}`}
          today={today}
          reasonLabel="Why may they work on?"
          submitLabel="Let them work on"
          schema={certificationOverrideInputSchema}
          onSubmit={async (input) => {
            await onOverride(overriding.id, input);
            setOverriding(null);
          }}
          onCancel={() => setOverriding(null)}
        />
      )}
      <p className="hint">
        Flagged when expired or expiring within {EXPIRY_WARNING_DAYS} days (clinic calendar). An expired certification required for treatment keeps the artist from treatment bookings and
        session records, unless renewed (a certification of the same name) or an owner lets them work on.
      </p>
      <CertificationForm onAdd={onAdd} />
    </section>
  );
}
