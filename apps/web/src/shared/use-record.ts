import { useEffect, useState } from 'react';
import { ApiProblem } from '../api/http';

export type RecordLoad<T> =
  | { state: 'loading' }
  | { state: 'missing' }
  | { state: 'failed'; message: string }
  | { state: 'loaded'; record: T };

/** Loads one record by id; the setter takes the record an action returned, without reloading. */
export function useRecord<T>(id: string | undefined, fetchRecord: (id: string, signal: AbortSignal) => Promise<T>): [RecordLoad<T>, (record: T) => void] {
  const [load, setLoad] = useState<RecordLoad<T>>({ state: 'loading' });
  useEffect(() => {
    if (!id) return;
    const controller = new AbortController();
    setLoad({ state: 'loading' });
    fetchRecord(id, controller.signal)
      .then((record) => setLoad({ state: 'loaded', record }))
      .catch((error: unknown) => {
        if (controller.signal.aborted) return;
        if (error instanceof ApiProblem && (error.status === 404 || error.status === 400)) setLoad({ state: 'missing' });
        else setLoad({ state: 'failed', message: error instanceof Error ? error.message : 'Could not load the record' });
      });
    return () => controller.abort();
    // The fetcher is a fixed API call; only a new id means a new record.
  }, [id]);
  return [load, (record) => setLoad({ state: 'loaded', record })];
}
