import { useCallback, useState } from 'react';

/**
 * Whether a request sent from here is still running, for disabling what would send it
 * again; `whilePending` wraps the request.
 */
export function usePending(): [boolean, <T>(request: Promise<T>) => Promise<T>] {
  const [pending, setPending] = useState(false);
  const whilePending = useCallback(async <T>(request: Promise<T>): Promise<T> => {
    setPending(true);
    try {
      return await request;
    } finally {
      setPending(false);
    }
  }, []);
  return [pending, whilePending];
}
