import { HISTORY_ENTRY_TYPES, type HistoryEntry } from '@smp/contracts';
import { useState } from 'react';
import { Link } from 'react-router';
import { historyApi, type HistoryEntryType } from '../api/sessions';
import { useClinic } from '../clinic/clinic-context';
import { formatInstant } from '../shared/format';
import { queryKeys } from '../data/query-keys';
import { usePagedQuery } from '../data/use-paged-query';
import { historyEntryPath, toggleHistoryType } from './history';
import { historyEntryLabels, historyTypeLabels } from './labels';
import { ErrorAlert } from '../shared/ErrorAlert';

const PAGE_SIZE = 25;

/** Everything that happened to the client, newest first, in one timeline; chips narrow it to some kinds of entry. */
export function TreatmentHistory({ clientId, view }: { clientId: string; view: string }) {
  const { timeZone } = useClinic();
  const [types, setTypes] = useState<HistoryEntryType[]>([]);
  const history = usePagedQuery<HistoryEntry>({
    queryKey: queryKeys.history.list(clientId, types),
    fetchPage: (cursor, signal) => historyApi.list(clientId, { types, limit: PAGE_SIZE, cursor, view }, signal),
    failureMessage: 'Could not load the treatment history',
  });

  return (
    <section className="card wide" aria-labelledby="history-heading">
      <div className="card-header">
        <h2 id="history-heading">Treatment history</h2>
      </div>
      <div className="filter-chips" role="group" aria-label="Show only">
        <button type="button" className="filter-chip" aria-pressed={types.length === 0} onClick={() => setTypes([])}>
          Everything
        </button>
        {HISTORY_ENTRY_TYPES.map((type) => (
          <button key={type} type="button" className="filter-chip" aria-pressed={types.includes(type)} onClick={() => setTypes(toggleHistoryType(types, type, HISTORY_ENTRY_TYPES))}>
            {historyTypeLabels[type]}
          </button>
        ))}
      </div>
      <ErrorAlert message={history.error} />
      {!history.loading && !history.error && history.items.length === 0 && <p className="empty">Nothing of these kinds yet.</p>}
      <ol className="timeline" aria-label="Timeline" aria-busy={history.loading}>
        {history.items.map((entry) => {
          const path = historyEntryPath(entry, clientId, timeZone);
          return (
            <li key={`${entry.type}|${entry.id}`} className={`timeline-${entry.type}`}>
              <span className="timeline-when muted">{formatInstant(entry.at, timeZone)}</span>
              <span className="tag">{historyEntryLabels[entry.type]}</span>
              <span className="timeline-what">
                {path ? <Link to={path}>{entry.title}</Link> : entry.title}
                {entry.detail && <span className="muted"> — {entry.detail}</span>}
              </span>
              {entry.staff && <span className="timeline-who muted">{entry.staff.name}</span>}
            </li>
          );
        })}
      </ol>
      {history.nextCursor && (
        <button type="button" className="button small" onClick={history.loadMore} disabled={history.loading}>
          Load more
        </button>
      )}
    </section>
  );
}
