import { isCommandLineAction, type AuditEvent, type Staff } from '@smp/contracts';
import { useQuery } from '@tanstack/react-query';
import { Link, useSearchParams } from 'react-router';
import { auditApi } from '../api/audit';
import { staffApi } from '../api/staff';
import { useClinic } from '../clinic/clinic-context';
import { formatInstant } from '../shared/format';
import { queryKeys } from '../data/query-keys';
import { usePagedQuery } from '../data/use-paged-query';
import { actionLabels, entityTypeInWords, fieldNameInWords } from './action-labels';
import { AuditFilterBar } from './AuditFilterBar';
import { auditQuery, dateRangeProblem, FILTER_NAMES, filtersFromSearch, type AuditFilters } from './audit-filters';
import { ErrorAlert } from '../shared/ErrorAlert';

const PAGE_SIZE = 50;
const STAFF_LIST_LIMIT = 100;
const NO_STAFF: Staff[] = [];

/** Who did what and when, newest first; the filters live in the URL so a view can be shared or bookmarked. */
export function AuditTrailPage() {
  const clinic = useClinic();
  const [searchParams, setSearchParams] = useSearchParams();
  const filters = filtersFromSearch(searchParams);
  const rangeProblem = dateRangeProblem(filters);
  // The staff filter is a convenience: without the list, the trail itself still loads.
  const staff =
    useQuery({
      queryKey: queryKeys.staff.everyone,
      queryFn: ({ signal }) => staffApi.list({ status: 'all', limit: STAFF_LIST_LIMIT }, signal),
      select: (page) => page.items,
    }).data ?? NO_STAFF;
  const events = usePagedQuery<AuditEvent>({
    queryKey: queryKeys.auditEvents(rangeProblem ? null : filters),
    fetchPage: (cursor, signal) =>
      rangeProblem ? Promise.resolve({ items: [], nextCursor: null }) : auditApi.list({ ...auditQuery(filters, clinic.timeZone), cursor: cursor ?? undefined, limit: PAGE_SIZE }, signal),
    failureMessage: 'Could not load the audit trail',
  });

  const staffNames = new Map(staff.map((member) => [member.id, member.name]));
  const clientName = events.items.find((event) => event.client?.id === filters.clientId)?.client?.name ?? null;

  const changeFilters = (changes: Partial<AuditFilters>) =>
    setSearchParams(
      (previous) => {
        const next = new URLSearchParams(previous);
        for (const name of FILTER_NAMES) {
          if (!(name in changes)) continue;
          const value = changes[name];
          if (value) next.set(name, value);
          else next.delete(name);
        }
        return next;
      },
      { replace: true },
    );

  return (
    <section className="page">
      <header className="page-header">
        <h1>Audit trail</h1>
      </header>
      <AuditFilterBar filters={filters} staff={staff} clientName={clientName} onChange={changeFilters} />

      <ErrorAlert message={events.error} />

      <div className="table-scroll">
        <table className="data-table plain" aria-busy={events.loading}>
          <thead>
            <tr>
              <th scope="col" className="nowrap">
                Time ({clinic.timeZone.replaceAll('_', ' ')})
              </th>
              <th scope="col">Staff</th>
              <th scope="col">Action</th>
              <th scope="col">Record</th>
              <th scope="col">Changed fields</th>
              <th scope="col">Address</th>
            </tr>
          </thead>
          <tbody>
            {events.items.map((event) => (
              <tr key={event.id}>
                <td className="nowrap">{formatInstant(event.occurredAt, clinic.timeZone, { seconds: true })}</td>
                <td>
                  <EventActor event={event} />
                </td>
                <td className="nowrap">{actionLabels[event.action]}</td>
                <td className="nowrap">
                  <EventRecord event={event} staffNames={staffNames} />
                </td>
                <td>{event.changedFields.length > 0 ? event.changedFields.map(fieldNameInWords).join(', ') : '—'}</td>
                <td className="nowrap mono">{event.address ?? '—'}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>

      {!events.loading && events.items.length === 0 && !events.error && <p className="empty">No events match these filters.</p>}
      {events.nextCursor && (
        <button type="button" className="button" onClick={events.loadMore} disabled={events.loading}>
          {events.loading ? 'Loading…' : 'Load more'}
        </button>
      )}
    </section>
  );
}

function EventActor({ event }: { event: AuditEvent }) {
  if (event.actor) return <>{event.actor.name}</>;
  if (isCommandLineAction(event.action)) return <span className="muted">Server command line</span>;
  // Failed sign-ins have no one behind them; the email tried is the useful part.
  const attemptedEmail = typeof event.details.email === 'string' ? event.details.email : null;
  return <span className="muted">{attemptedEmail ? `Unknown (${attemptedEmail})` : 'Unknown'}</span>;
}

function EventRecord({ event, staffNames }: { event: AuditEvent; staffNames: Map<string, string> }) {
  if (event.client) return <Link to={`/clients/${event.client.id}`}>{event.client.name}</Link>;
  if (event.entityType === 'staff' && event.entityId) {
    return <Link to={`/staff/${event.entityId}`}>{staffNames.get(event.entityId) ?? 'Staff account'}</Link>;
  }
  if (event.entityType === 'clinic') return <>Clinic settings</>;
  // Backups and restores name their archive file.
  if (typeof event.details.archive === 'string') return <span className="mono">{event.details.archive}</span>;
  return <>{event.entityType ? entityTypeInWords(event.entityType) : '—'}</>;
}
