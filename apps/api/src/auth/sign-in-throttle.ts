/**
 * How repeated failed sign-ins are slowed and then locked. Failures count per
 * account (the email as typed, known or not, so the answer never reveals which
 * emails exist) and per address (one machine trying many accounts).
 */
export const signInPolicy = {
  windowMinutes: 15,
  /** Failures on an account before each further attempt is answered more slowly. */
  slowAfter: 3,
  firstDelayMs: 500,
  maxDelayMs: 4_000,
  lockAccountAfter: 5,
  lockAddressAfter: 20,
  lockMinutes: 15,
} as const;

export type ThrottleScope = 'account' | 'address';

export interface ThrottleState {
  scope: ThrottleScope;
  /** Failures in the current counting window. */
  failures: number;
  lockedUntil: Date | null;
}

/** The wait before an attempt is even checked, doubling with each failure past `slowAfter`. */
export function signInDelayMs(accountFailures: number): number {
  if (accountFailures < signInPolicy.slowAfter) return 0;
  return Math.min(signInPolicy.firstDelayMs * 2 ** (accountFailures - signInPolicy.slowAfter), signInPolicy.maxDelayMs);
}

/** How many failures lock a scope. */
export function lockThreshold(scope: ThrottleScope): number {
  return scope === 'account' ? signInPolicy.lockAccountAfter : signInPolicy.lockAddressAfter;
}

/** Whole seconds until every lock among `states` has passed, or 0 when none holds. */
export function secondsLocked(states: ThrottleState[], now: Date): number {
  const until = Math.max(0, ...states.map((state) => state.lockedUntil?.getTime() ?? 0));
  return until > now.getTime() ? Math.ceil((until - now.getTime()) / 1000) : 0;
}
