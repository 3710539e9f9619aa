import type { Page } from '@smp/contracts';
import { startTransition, useEffect, useRef, useState } from 'react';
import { ApiProblem } from '../api/http';

interface ListState<Item> {
  items: Item[];
  nextCursor: string | null;
  loading: boolean;
  error: string | null;
}

export interface PagedList<Item> extends ListState<Item> {
  loadMore(): Promise<void>;
}

interface PagedListOptions<Item> {
  /** Identifies the filters; the list starts again from the first page when it changes. */
  query: string;
  fetchPage(cursor: string | null, signal?: AbortSignal): Promise<Page<Item>>;
  failureMessage: string;
}

/** A keyset-paginated list: the first page for the current query, then "more" on request. */
export function usePagedList<Item>({ query, fetchPage, failureMessage }: PagedListOptions<Item>): PagedList<Item> {
  const [state, setState] = useState<ListState<Item>>({ items: [], nextCursor: null, loading: true, error: null });
  const latestFetchPage = useRef(fetchPage);
  latestFetchPage.current = fetchPage;
  // "More" answers that arrive after the filters changed belong to the old list.
  const currentQuery = useRef(query);
  currentQuery.current = query;

  const messageFor = (error: unknown) => (error instanceof ApiProblem ? error.message : failureMessage);

  useEffect(() => {
    const controller = new AbortController();
    setState((previous) => ({ ...previous, loading: true, error: null }));
    latestFetchPage
      .current(null, controller.signal)
      .then((page) => {
        // A page of rows is long work to render: in a transition it yields to the browser now and then, so typing stays quick.
        startTransition(() => setState({ items: page.items, nextCursor: page.nextCursor, loading: false, error: null }));
      })
      .catch((error: unknown) => {
        if (controller.signal.aborted) return;
        setState({ items: [], nextCursor: null, loading: false, error: messageFor(error) });
      });
    return () => controller.abort();
    // `query` stands for everything fetchPage reads, so it alone restarts the list.
  }, [query]);

  const loadMore = async () => {
    if (!state.nextCursor) return;
    const query = currentQuery.current;
    setState((previous) => ({ ...previous, loading: true }));
    try {
      const page = await latestFetchPage.current(state.nextCursor);
      if (query !== currentQuery.current) return;
      setState((previous) => ({ items: [...previous.items, ...page.items], nextCursor: page.nextCursor, loading: false, error: null }));
    } catch (error) {
      setState((previous) => ({ ...previous, loading: false, error: messageFor(error) }));
    }
  };

  return { ...state, loadMore };
}
