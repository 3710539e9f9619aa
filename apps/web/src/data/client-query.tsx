import { useContext } from 'react';
import { clientsApi } from '../api/clients';
import { PageViewContext } from '../shared/page-view';
import { QueryMessage } from '../shared/QueryMessage';
import { queryKeys } from './query-keys';
import { useRecordQuery } from './use-record-query';

/**
 * One client's record, shared by every page and panel that shows the client; `view`
 * names the page view reading it, else the page around (whichever reader's read runs,
 * it must carry the same view: they share the cache entry).
 */
export function useClientQuery(id: string | undefined, view?: string) {
  const pageView = useContext(PageViewContext);
  const readAs = view ?? pageView;
  return useRecordQuery(queryKeys.clients.detail(id ?? ''), id, (clientId, signal) => clientsApi.get(clientId, signal, readAs));
}

/** A client page's message until the client is there. */
export function ClientQueryMessage({ query }: { query: { error: unknown } }) {
  return <QueryMessage query={query} missing="There is no such client." back={{ to: '/clients', label: 'Back to clients' }} />;
}
