import { QueryClient } from '@tanstack/react-query';
import { ApiProblem } from '../api/http';

/** A refusal will be refused again: only lost connections and server faults are worth another try. */
export function mayRetry(failureCount: number, error: unknown): boolean {
  if (error instanceof ApiProblem && error.status < 500) return false;
  return failureCount < 2;
}

/**
 * The app's one cache of what the API said. Reception switches between the calendar,
 * the phone and other windows all day: coming back refetches what is older than a
 * few seconds, so a booking made at another desk shows without a reload.
 */
export function createQueryClient(): QueryClient {
  return new QueryClient({
    defaultOptions: {
      queries: { staleTime: 15_000, retry: mayRetry, refetchOnWindowFocus: true },
      mutations: { retry: false },
    },
  });
}
