/**
 * A request sent as the app starts, with the first scripts, rather than once the
 * part of the page that needs it has rendered: that part takes it over, once.
 */
export function startUpRequest<T>() {
  let pending: Promise<T> | null = null;
  return {
    start(send: () => Promise<T>): void {
      pending = send();
      // Whoever takes it over hears of a failure; until then it is no unhandled rejection.
      pending.catch(() => undefined);
    },
    /** The request sent at start-up, the first time it is asked for; null after that, or if none was sent. */
    take(): Promise<T> | null {
      const started = pending;
      pending = null;
      return started;
    },
  };
}
