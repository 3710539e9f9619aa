import { dateInWords, dateInZone, timeInZone, type ConsultationMode } from '@smp/contracts';
import { ApiProblem } from '../api/http';
import { linkFailure } from '../shared/link-failure';

/** The kind of consultation as a client would choose it. */
export const modeWords: Record<ConsultationMode, string> = { in_person: 'At the clinic', phone: 'By phone', video: 'By video call' };

/** "Thursday 14 March 2030 at 10:30" on the clinic's clock: the words of the emails too. */
export function whenInWords(instant: string, timeZone: string): string {
  const start = new Date(instant);
  return `${dateInWords(dateInZone(start, timeZone))} at ${timeInZone(start, timeZone)}`;
}

/** What the client reads when the booking page or link cannot do what they asked; too many tries say how long to wait. */
export function bookingFailure(error: unknown): string {
  if (error instanceof ApiProblem && error.status === 429) {
    const minutes = Math.max(1, Math.ceil((error.retryAfterSeconds ?? 60) / 60));
    return `Too many tries from here for now. Please wait ${minutes} ${minutes === 1 ? 'minute' : 'minutes'} and try again.`;
  }
  return linkFailure(error);
}

/** The time asked for went to someone else meanwhile: the client picks another. */
export const isSlotTaken = (error: unknown) => error instanceof ApiProblem && error.status === 409;
/** The request lapsed, was locked after wrong codes, or was used: only starting again helps. */
export const isRequestEnded = (error: unknown) => error instanceof ApiProblem && error.status === 410;
