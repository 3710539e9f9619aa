import type { Screening } from '@smp/contracts';
import { Link } from 'react-router';
import { screeningApi } from '../api/screening';
import { useClinic } from '../clinic/clinic-context';
import { formatDate, formatInstant } from '../shared/format';
import { queryKeys } from '../data/query-keys';
import { usePagedQuery } from '../data/use-paged-query';
import { OutcomeMark } from './OutcomeMark';
import { ScreeningBadge } from './ScreeningBadge';
import { ErrorAlert } from '../shared/ErrorAlert';
import { ColumnHeads } from '../shared/ColumnHeads';

const PAGE_SIZE = 10;

/** A client's signed screenings, newest first: each one's outcome as answered and as it stands today. */
export function ScreeningHistory({ clientId }: { clientId: string }) {
  const clinic = useClinic();
  const screenings = usePagedQuery<Screening>({
    queryKey: queryKeys.screenings.ofClient(clientId),
    fetchPage: (cursor, signal) => screeningApi.list(clientId, { cursor, limit: PAGE_SIZE }, signal),
    failureMessage: 'Could not load the screenings',
  });

  return (
    <>
      <ErrorAlert message={screenings.error} />
      {!screenings.loading && screenings.items.length === 0 && !screenings.error ? (
        <p className="empty">Not screened yet.</p>
      ) : (
        <div className="table-scroll">
          <table className="data-table plain" aria-label="Screenings" aria-busy={screenings.loading}>
            <ColumnHeads columns={['Signed', 'With', 'As answered', 'Today', 'Valid until']} />
            <tbody>
              {screenings.items.map((screening) => (
                <tr key={screening.id}>
                  <td className="nowrap">
                    <Link to={`/clients/${clientId}/screenings/${screening.id}`}>{formatInstant(screening.signedAt, clinic.timeZone)}</Link>
                  </td>
                  <td>{screening.conductedBy.name}</td>
                  <td>
                    <OutcomeMark standing={screening.answeredOutcome} />
                  </td>
                  <td>
                    <ScreeningBadge status={screening.status} />
                  </td>
                  <td className="nowrap">{formatDate(screening.validUntil)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {screenings.nextCursor && (
        <button type="button" className="button small" onClick={screenings.loadMore} disabled={screenings.loading}>
          Show earlier screenings
        </button>
      )}
    </>
  );
}
