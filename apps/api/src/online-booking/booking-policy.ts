import { createHash, randomInt, timingSafeEqual } from 'node:crypto';
import { addCalendarDays, dateInZone } from '@smp/contracts';

/** How long the emailed code works. */
export const CODE_VALID_MINUTES = 30;
/** Wrong codes a request takes before it is locked (the client starts again). */
export const MAX_CODE_ATTEMPTS = 5;
/** How long a verified request holds its slot while the client confirms. */
export const HOLD_MINUTES = 10;
/** The request's handle outlives its code by the hold, so a client verifying at the last minute may still confirm. */
export const REQUEST_VALID_MINUTES = CODE_VALID_MINUTES + HOLD_MINUTES;

/** A new 6-digit code, every value equally likely. */
export function newCode(): string {
  return String(randomInt(0, 1_000_000)).padStart(6, '0');
}

/** What is kept of a request's code: bound to the request, so one hash says nothing of another. */
export function codeHash(requestId: string, code: string): Uint8Array<ArrayBuffer> {
  return new Uint8Array(createHash('sha256').update(`${requestId}:${code}`).digest());
}

export type CodeCheck = 'right' | 'wrong' | 'locked' | 'expired';

/** Whether a code opens its request now; a locked or lapsed request opens to no code. */
export function checkCode(request: { id: string; codeHash: Uint8Array; failedAttempts: number; createdAt: Date }, code: string, now: Date): CodeCheck {
  if (request.failedAttempts >= MAX_CODE_ATTEMPTS) return 'locked';
  if (now.getTime() - request.createdAt.getTime() >= CODE_VALID_MINUTES * 60_000) return 'expired';
  return timingSafeEqual(codeHash(request.id, code), request.codeHash) ? 'right' : 'wrong';
}

export interface BookingPolicy {
  minNoticeHours: number;
  horizonDays: number;
}

/** When a client may book from now: starts from `notBefore` on, on days up to `lastDay` (in the clinic's zone). */
export interface BookingWindow {
  notBefore: number;
  lastDay: string;
}

export function bookingWindow(now: number, policy: BookingPolicy, timeZone: string): BookingWindow {
  return { notBefore: now + policy.minNoticeHours * 3_600_000, lastDay: addCalendarDays(dateInZone(now, timeZone), policy.horizonDays) };
}

/** The days asked for, cut to the window; null when none is left. */
export function daysWithin(days: { from: string; to: string }, window: BookingWindow, timeZone: string): { from: string; to: string } | null {
  const from = days.from > dateInZone(window.notBefore, timeZone) ? days.from : dateInZone(window.notBefore, timeZone);
  const to = days.to < window.lastDay ? days.to : window.lastDay;
  return from <= to ? { from, to } : null;
}

/** Whether a start is one a client may choose now. */
export function withinWindow(startsAt: Date, window: BookingWindow, timeZone: string): boolean {
  return startsAt.getTime() >= window.notBefore && dateInZone(startsAt, timeZone) <= window.lastDay;
}

/** A booking a client moves online must not already be within the minimum notice: closer than that, they call. */
export function mayMoveOnline(currentStart: Date, now: number, policy: BookingPolicy): boolean {
  return currentStart.getTime() - now >= policy.minNoticeHours * 3_600_000;
}

/** What a manage link shows of an appointment's state. */
export function managedStatus(status: string, startsAt: Date, now: number): 'booked' | 'cancelled' | 'past' {
  if (status === 'cancelled') return 'cancelled';
  if ((status === 'booked' || status === 'confirmed') && startsAt.getTime() > now) return 'booked';
  return 'past';
}
