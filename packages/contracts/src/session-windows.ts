import { addCalendarDays, dateInZone } from './clinic-time.js';

// The spacing rule, apart from the schemas: the calendar checks a move against it without loading zod.

export interface SessionWindow {
  /** The first day session n+1 may start (clinic calendar). */
  opensOn: string;
  /** The last day it may start. */
  closesOn: string;
}

/** Session n+1 starts between `minDays` and `maxDays` calendar days after session n ends. */
export function nextSessionWindow(previousEndsAt: Date, timeZone: string, minDays: number, maxDays: number): SessionWindow {
  const endedOn = dateInZone(previousEndsAt, timeZone);
  return { opensOn: addCalendarDays(endedOn, minDays), closesOn: addCalendarDays(endedOn, maxDays) };
}

export function startsWithin(window: SessionWindow, startsAt: Date, timeZone: string): boolean {
  const day = dateInZone(startsAt, timeZone);
  return window.opensOn <= day && day <= window.closesOn;
}

/** Most urgent first: a client who asked for another time is waiting for a call. */
export const FOLLOW_UP_URGENCIES = ['reschedule_requested', 'deposit_overdue', 'overdue', 'closing_soon', 'open', 'not_yet_open', 'first_session', 'maintenance_due'] as const;
export type FollowUpUrgency = (typeof FOLLOW_UP_URGENCIES)[number];

/** How soon reception must act on a window, as of `today` (clinic calendar): overdue first. */
export function windowUrgency(
  window: SessionWindow,
  today: string,
  closingSoonDays = 3,
): Exclude<FollowUpUrgency, 'reschedule_requested' | 'deposit_overdue' | 'first_session' | 'maintenance_due'> {
  if (today > window.closesOn) return 'overdue';
  if (today < window.opensOn) return 'not_yet_open';
  return addCalendarDays(today, closingSoonDays) >= window.closesOn ? 'closing_soon' : 'open';
}
