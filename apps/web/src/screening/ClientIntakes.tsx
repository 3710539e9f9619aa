import type { Intake } from '@smp/contracts';
import { Link } from 'react-router';
import { intakeApi } from '../api/intake';
import { useClinic } from '../clinic/clinic-context';
import { queryKeys } from '../data/query-keys';
import { usePagedQuery } from '../data/use-paged-query';
import { ErrorAlert } from '../shared/ErrorAlert';
import { formatInstant } from '../shared/format';
import './client-intakes.css';

const PAGE_SIZE = 5;

/** What the client sent from home before their consultations; one waiting for its countersignature stands out. Nothing when they sent none. */
export function ClientIntakes({ clientId }: { clientId: string }) {
  const clinic = useClinic();
  const intakes = usePagedQuery<Intake>({
    queryKey: queryKeys.intakes.ofClient(clientId),
    fetchPage: (cursor, signal) => intakeApi.list(clientId, { cursor, limit: PAGE_SIZE }, signal),
    failureMessage: 'Could not load the intakes',
  });
  if (intakes.error) return <ErrorAlert message={intakes.error} />;
  if (intakes.items.length === 0) return null;
  return (
    <div className="client-intakes">
      <h3>Sent from home</h3>
      <ul className="plain-list">
        {intakes.items.map((intake) => (
          <li key={intake.id}>
            <Link to={`/clients/${clientId}/intakes/${intake.id}`}>Intake of {formatInstant(intake.submittedAt, clinic.timeZone)}</Link>{' '}
            {intake.review ? <span className="tag">Countersigned by {intake.review.countersignedBy.name}</span> : <span className="tag warning">Awaiting the artist’s review</span>}
          </li>
        ))}
      </ul>
    </div>
  );
}
