import { useQuery, type QueryKey } from '@tanstack/react-query';

/** One record by id; without an id (a route still resolving) it waits, loading. */
export function useRecordQuery<T>(queryKey: QueryKey, id: string | undefined, fetchRecord: (id: string, signal: AbortSignal) => Promise<T>) {
  return useQuery({ queryKey, queryFn: ({ signal }) => fetchRecord(id!, signal), enabled: !!id });
}
