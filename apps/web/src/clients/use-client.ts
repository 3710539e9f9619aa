import type { Client } from '@smp/contracts';
import { useEffect, useState } from 'react';
import { clientsApi } from '../api/clients';
import { ApiProblem } from '../api/http';

export type ClientLoad =
  | { state: 'loading' }
  | { state: 'missing' }
  | { state: 'failed'; message: string }
  | { state: 'loaded'; client: Client };

export function useClient(id: string | undefined): [ClientLoad, (client: Client) => void] {
  const [load, setLoad] = useState<ClientLoad>({ state: 'loading' });
  useEffect(() => {
    if (!id) return;
    const controller = new AbortController();
    setLoad({ state: 'loading' });
    clientsApi
      .get(id, controller.signal)
      .then((client) => setLoad({ state: 'loaded', client }))
      .catch((error: unknown) => {
        if (controller.signal.aborted) return;
        if (error instanceof ApiProblem && (error.status === 404 || error.status === 400)) setLoad({ state: 'missing' });
        else setLoad({ state: 'failed', message: error instanceof Error ? error.message : 'Could not load the client' });
      });
    return () => controller.abort();
  }, [id]);
  return [load, (client) => setLoad({ state: 'loaded', client })];
}
