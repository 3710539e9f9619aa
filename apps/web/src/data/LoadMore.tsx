import type { PagedList } from './use-paged-query';

/** The next page of a keyset-paginated list, while there is one. */
export function LoadMore({ list, label = 'Load more' }: { list: PagedList<unknown>; label?: string }) {
  if (!list.nextCursor) return null;
  return (
    <button type="button" className="button" onClick={list.loadMore} disabled={list.loading}>
      {list.loading ? 'Loading…' : label}
    </button>
  );
}
