import type { Page } from '@smp/contracts';
import { keepPreviousData, useInfiniteQuery, type QueryKey } from '@tanstack/react-query';
import { useDeferredValue, useMemo } from 'react';
import { failureMessage } from '../shared/QueryMessage';

export interface PagedList<Item> {
  items: Item[];
  nextCursor: string | null;
  loading: boolean;
  error: string | null;
  loadMore: () => void;
}

interface PagedQueryOptions<Item> {
  /** Stands for everything fetchPage reads: a new key starts the list again from its first page. */
  queryKey: QueryKey;
  fetchPage: (cursor: string | null, signal: AbortSignal) => Promise<Page<Item>>;
  failureMessage: string;
  enabled?: boolean;
}

/** A keyset-paginated list: the first page for the key, then "more" on request; the old rows stay while new filters load. */
export function usePagedQuery<Item>({ queryKey, fetchPage, failureMessage: fallback, enabled }: PagedQueryOptions<Item>): PagedList<Item> {
  const query = useInfiniteQuery({
    queryKey,
    queryFn: ({ pageParam, signal }) => fetchPage(pageParam, signal),
    initialPageParam: null as string | null,
    getNextPageParam: (page) => page.nextCursor,
    placeholderData: keepPreviousData,
    enabled,
  });
  const pages = query.data?.pages;
  const loaded = useMemo(() => pages?.flatMap((page) => page.items) ?? [], [pages]);
  // A page of rows is long work to render: deferred, it yields to typing in a search box.
  const items = useDeferredValue(loaded);
  return {
    items,
    nextCursor: pages?.at(-1)?.nextCursor ?? null,
    loading: query.isFetching,
    error: query.error ? failureMessage(query.error, fallback) : null,
    loadMore: () => void query.fetchNextPage({ cancelRefetch: false }),
  };
}
