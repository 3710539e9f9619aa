import { dateInWords, dateInZone, formatMoney, timeInZone, type ConsultationMode, type ManagedBooking } from '@smp/contracts';
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

/** Whether cancelling now counts as late by the clinic's rule, and the rule in the client's words. */
export function cancellationTerms(booking: ManagedBooking, now: number): { late: boolean; text: string } {
  const { lateWithinHours, lateFeeMinor, currency } = booking.cancellationPolicy;
  const late = Date.parse(booking.startsAt) - now < lateWithinHours * 3_600_000;
  const fee = lateFeeMinor > 0 ? formatMoney(lateFeeMinor, currency) : null;
  if (late) {
    return {
      late,
      text: `It is less than ${lateWithinHours} hours before your consultation, so this counts as a late cancellation${fee ? `: the clinic charges ${fee} for it` : ''}.`,
    };
  }
  return { late, text: `Cancelling now is free. From ${lateWithinHours} hours before your consultation a cancellation counts as late${fee ? ` and costs ${fee}` : ''}.` };
}

/** Whether the manage link may still move the booking: not once it is within the clinic's minimum notice. */
export const mayMoveOnline = (booking: ManagedBooking, now: number) => Date.parse(booking.startsAt) - now >= booking.minNoticeHours * 3_600_000;
