import type { VisitLinkState } from '@smp/contracts';

/** A reminder's link works once, and only until the appointment it is about begins. */
export function visitLinkState(link: { expiresAt: Date; usedAt: Date | null }, now: Date): VisitLinkState {
  if (link.usedAt) return 'used';
  return now >= link.expiresAt ? 'expired' : 'usable';
}
