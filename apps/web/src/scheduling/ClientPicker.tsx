import type { ScreeningStatus } from '@smp/contracts';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { clientsApi } from '../api/clients';
import { queryKeys } from '../data/query-keys';
import { ScreeningBadge } from '../screening/ScreeningBadge';
import { fullName } from '../shared/format';
import { useDebouncedValue } from '../shared/use-debounced-value';

export interface PickedClient {
  id: string;
  name: string;
  screening: ScreeningStatus;
}

interface ClientPickerProps {
  id: string;
  client: PickedClient | null;
  onPick: (client: PickedClient | null) => void;
  inputProps: { 'aria-invalid': true | undefined; 'aria-describedby': string | undefined };
}

const MATCHES = 8;

/** Finds a client by name, phone or email, as the client list does; the screening standing shows beside each. */
export function ClientPicker({ id, client, onPick, inputProps }: ClientPickerProps) {
  const [query, setQuery] = useState('');
  const settledQuery = useDebouncedValue(query.trim(), 250);
  const search = useQuery({
    queryKey: queryKeys.clients.search(settledQuery, MATCHES),
    queryFn: ({ signal }) => clientsApi.list({ q: settledQuery, limit: MATCHES }, signal),
    enabled: !!settledQuery,
    placeholderData: keepPreviousData,
  });
  const matches = (settledQuery && search.data?.items) || [];

  if (client) {
    return (
      <div className="picked-client" id={id} tabIndex={-1}>
        <strong>{client.name}</strong> <ScreeningBadge status={client.screening} />
        <button type="button" className="button subtle small" onClick={() => onPick(null)}>
          Change client
        </button>
      </div>
    );
  }
  return (
    <div className="client-picker">
      <input id={id} type="search" value={query} onChange={(event) => setQuery(event.target.value)} placeholder="Name, phone or email" autoComplete="off" autoFocus {...inputProps} />
      {matches.length > 0 && (
        <ul className="client-matches" aria-label="Matching clients">
          {matches.map((match) => (
            <li key={match.id}>
              <button type="button" onClick={() => onPick({ id: match.id, name: fullName(match), screening: match.screening })}>
                {fullName(match)} <ScreeningBadge status={match.screening} />
              </button>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
