/** While a page's code or data loads: the same words in the same place everywhere. */
export function PageLoading() {
  return <p className="page-message">Loading…</p>;
}
