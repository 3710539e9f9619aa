import type { Client, Consultation } from '@smp/contracts';
import { Link } from 'react-router';
import { consultationsApi } from '../api/consultations';
import { useClinic } from '../clinic/clinic-context';
import { formatInstant } from '../shared/format';
import { queryKeys } from '../data/query-keys';
import { usePagedQuery } from '../data/use-paged-query';
import { ConsultationStatusTag } from './ConsultationStatusTag';
import { modeLabels } from './labels';
import { ErrorAlert } from '../shared/ErrorAlert';
import { ColumnHeads } from '../shared/ColumnHeads';

const PAGE_SIZE = 10;

/** The client's consultations, newest first; the client page's Book button books a new one. */
export function ConsultationsCard({ client }: { client: Client }) {
  const clinic = useClinic();
  const consultations = usePagedQuery<Consultation>({
    queryKey: queryKeys.consultations.list(client.id),
    fetchPage: (cursor, signal) => consultationsApi.list(client.id, { cursor, limit: PAGE_SIZE }, signal),
    failureMessage: 'Could not load the consultations',
  });

  return (
    <section className="card wide" aria-labelledby="consultations-heading">
      <div className="card-header">
        <h2 id="consultations-heading">Consultations</h2>
      </div>
      <ErrorAlert message={consultations.error} />
      {!consultations.loading && consultations.items.length === 0 && !consultations.error ? (
        <p className="empty">No consultations yet.</p>
      ) : (
        <div className="table-scroll">
          <table className="data-table plain" aria-label="Consultations" aria-busy={consultations.loading}>
            <ColumnHeads columns={['When', 'Artist', 'How', 'Length', 'Status']} />
            <tbody>
              {consultations.items.map((consultation) => (
                <tr key={consultation.id}>
                  <td className="nowrap">
                    <Link to={`/clients/${client.id}/consultations/${consultation.id}`}>{formatInstant(consultation.startsAt, clinic.timeZone)}</Link>
                  </td>
                  <td>{consultation.artist.name}</td>
                  <td>{modeLabels[consultation.mode]}</td>
                  <td className="nowrap">{consultation.durationMinutes} min</td>
                  <td>
                    <ConsultationStatusTag status={consultation.status} />
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {consultations.nextCursor && (
        <button type="button" className="button small" onClick={consultations.loadMore} disabled={consultations.loading}>
          Show earlier consultations
        </button>
      )}
    </section>
  );
}
