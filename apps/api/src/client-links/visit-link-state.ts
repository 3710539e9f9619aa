import type { VisitLinkState } from '@smp/contracts';

/**
 * A reminder's link works once, and only until the appointment it is about begins:
 * its expiry, or the appointment's start if that came sooner (moved earlier).
 */
export function visitLinkState(link: { expiresAt: Date; usedAt: Date | null }, appointmentStartsAt: Date, now: Date): VisitLinkState {
  if (link.usedAt) return 'used';
  return now >= link.expiresAt || now >= appointmentStartsAt ? 'expired' : 'usable';
}
