import type { SignInSession } from '@smp/contracts';

/**
 * Whether a session has ended on the server by now: idle for its idle minutes
 * since the last request, or past its absolute end. The app then leaves the
 * screen, so no client's record stays open on an unattended front desk.
 */
export function signInHasLapsed(session: Pick<SignInSession, 'idleMinutes' | 'expiresAt'>, lastRequestAt: number, now: number): boolean {
  return now - lastRequestAt >= session.idleMinutes * 60_000 || now >= Date.parse(session.expiresAt);
}
