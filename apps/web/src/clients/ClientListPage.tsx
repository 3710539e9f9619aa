import type { ClientStatusFilter, ClientSummary } from '@smp/contracts';
import { memo, useCallback, useEffect, useEffectEvent, useRef, useState, type KeyboardEvent } from 'react';
import { Link, useNavigate, useSearchParams, type NavigateFunction } from 'react-router';
import { clientsApi } from '../api/clients';
import { ScreeningBadge } from '../screening/ScreeningBadge';
import { formatDateOfBirth, fullName } from '../shared/format';
import { useDebouncedValue } from '../shared/use-debounced-value';
import { queryKeys } from '../data/query-keys';
import { usePagedQuery } from '../data/use-paged-query';
import { shortcutLabel, useShortcut, type Shortcut } from '../shared/use-shortcut';
import { useClinic } from '../clinic/clinic-context';
import { todayIn } from '../shared/zoned-time';
import { formatPhone } from '../shared/phone';
import { ErrorAlert } from '../shared/ErrorAlert';
import { ColumnHeads } from '../shared/ColumnHeads';

const PAGE_SIZE = 50;
const SEARCH_DELAY_MS = 200;
const focusSearch: Shortcut = { key: '/' };
const newClient: Shortcut = { key: 'n', alt: true };

/**
 * The receptionist's home: search-as-you-type over name, phone and email. The
 * query lives in the URL, so Back returns to the same search.
 */
export function ClientListPage() {
  const navigate = useNavigate();
  const today = todayIn(useClinic().timeZone);
  const [searchParams, setSearchParams] = useSearchParams();
  // The box keeps its own state so no keystroke waits for the URL to update.
  const [query, setQuery] = useState(() => searchParams.get('q') ?? '');
  const status = (searchParams.get('status') as ClientStatusFilter | null) ?? 'active';
  const settledQuery = useDebouncedValue(query, SEARCH_DELAY_MS);
  // The row the arrow keys and the pointer chose, in the list it was chosen in: a new search starts again at the top.
  const listKey = `${status}|${settledQuery.trim()}`;
  const [pointed, setPointed] = useState({ listKey, index: 0 });
  const activeIndex = pointed.listKey === listKey ? pointed.index : 0;
  const point = useCallback((index: number) => setPointed({ listKey, index }), [listKey]);
  const searchBox = useRef<HTMLInputElement>(null);
  const state = usePagedQuery<ClientSummary>({
    queryKey: queryKeys.clients.list({ q: settledQuery.trim(), status, limit: PAGE_SIZE }),
    fetchPage: (cursor, signal) => clientsApi.list({ q: settledQuery.trim() || undefined, status, limit: PAGE_SIZE, cursor }, signal),
    failureMessage: 'Could not load clients',
  });

  useShortcut(focusSearch, () => searchBox.current?.focus());
  useShortcut(newClient, () => void navigate('/clients/new'));

  const updateParams = (changes: Record<string, string>) => {
    setSearchParams(
      (previous) => {
        const next = new URLSearchParams(previous);
        for (const [name, value] of Object.entries(changes)) {
          if (value) next.set(name, value);
          else next.delete(name);
        }
        return next;
      },
      { replace: true },
    );
  };

  const writeSearchToAddress = useEffectEvent((search: string) => {
    if (search !== (searchParams.get('q') ?? '')) updateParams({ q: search });
  });
  // Writing the address re-renders every page that reads it: only when the search changed.
  useEffect(() => writeSearchToAddress(settledQuery.trim()), [settledQuery]);

  const onSearchKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key === 'ArrowDown') {
      event.preventDefault();
      point(Math.min(activeIndex + 1, state.items.length - 1));
    } else if (event.key === 'ArrowUp') {
      event.preventDefault();
      point(Math.max(activeIndex - 1, 0));
    } else if (event.key === 'Enter') {
      const client = state.items[activeIndex];
      if (client) void navigate(`/clients/${client.id}`);
    } else if (event.key === 'Escape') {
      setQuery('');
    }
  };

  const searching = settledQuery.trim() !== '';

  return (
    <section className="page">
      <header className="page-header">
        <h1>Clients</h1>
        <Link className="button primary" to="/clients/new" aria-keyshortcuts={shortcutLabel(newClient)}>
          New client <kbd>{shortcutLabel(newClient)}</kbd>
        </Link>
      </header>

      <div className="toolbar">
        <label className="search">
          <span className="visually-hidden">Search clients</span>
          <input
            ref={searchBox}
            type="search"
            autoFocus
            placeholder="Search by name, phone or email"
            value={query}
            onChange={(event) => setQuery(event.target.value)}
            onKeyDown={onSearchKeyDown}
            aria-keyshortcuts="/"
            aria-controls="client-results"
            autoComplete="off"
            spellCheck={false}
          />
          <kbd>/</kbd>
        </label>
        <label className="inline-field">
          Show
          <select value={status} onChange={(event) => updateParams({ status: event.target.value === 'active' ? '' : event.target.value })}>
            <option value="active">Active clients</option>
            <option value="archived">Archived clients</option>
            <option value="all">All clients</option>
          </select>
        </label>
      </div>

      <ErrorAlert message={state.error} />

      <div className="table-scroll">
        <table className="data-table" id="client-results" aria-busy={state.loading}>
          <ColumnHeads columns={['Name', 'Date of birth', 'Phone', 'Email', 'Screening']} />
          <tbody>
            {state.items.map((client, index) => (
              <ClientRow key={client.id} client={client} index={index} active={index === activeIndex} today={today} onPoint={point} navigate={navigate} />
            ))}
          </tbody>
        </table>
      </div>

      {!state.loading && state.items.length === 0 && !state.error && (
        <p className="empty">
          {searching ? (
            <>
              No client matches “{settledQuery.trim()}”. <Link to="/clients/new">Create a new client</Link>
            </>
          ) : (
            'No clients yet.'
          )}
        </p>
      )}
      {state.nextCursor && (
        <button type="button" className="button" onClick={state.loadMore} disabled={state.loading}>
          Show more
        </button>
      )}
      <p className="hint">
        <kbd>/</kbd> search · <kbd>↑</kbd> <kbd>↓</kbd> choose · <kbd>Enter</kbd> open · <kbd>Esc</kbd> clear
      </p>
    </section>
  );
}

interface ClientRowProps {
  client: ClientSummary;
  index: number;
  active: boolean;
  today: string;
  onPoint: (index: number) => void;
  /** The page's own, which stays the same while only the search changes (a row's own would not). */
  navigate: NavigateFunction;
}

// Moving the pointer or the arrow keys changes one row's highlight: the other rows,
// with their phone numbers and dates to format, stay as they were.
const ClientRow = memo(function ClientRow({ client, index, active, today, onPoint, navigate }: ClientRowProps) {
  return (
    <tr className={active ? 'active' : undefined} onClick={() => navigate(`/clients/${client.id}`)} onMouseEnter={() => onPoint(index)}>
      <td>
        <Link to={`/clients/${client.id}`}>{fullName(client)}</Link>
        {client.archivedAt && <span className="tag">Archived</span>}
      </td>
      <td>{formatDateOfBirth(client.dateOfBirth, today)}</td>
      <td className="nowrap">{client.phone ? formatPhone(client.phone) : '—'}</td>
      <td>{client.email ?? '—'}</td>
      <td className="nowrap">
        <ScreeningBadge status={client.screening} />
      </td>
    </tr>
  );
});
