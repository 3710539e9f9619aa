import { clientsApi } from '../api/clients';
import { QueryMessage } from '../shared/QueryMessage';
import { queryKeys } from './query-keys';
import { useRecordQuery } from './use-record-query';

/** One client's record, shared by every page and panel that shows the client; `view` names the page view reading it. */
export function useClientQuery(id: string | undefined, view?: string) {
  return useRecordQuery(queryKeys.clients.detail(id ?? ''), id, (clientId, signal) => clientsApi.get(clientId, signal, view));
}

/** A client page's message until the client is there. */
export function ClientQueryMessage({ query }: { query: { error: unknown } }) {
  return <QueryMessage query={query} missing="There is no such client." back={{ to: '/clients', label: 'Back to clients' }} />;
}
