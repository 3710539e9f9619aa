import { problemTypes } from '@smp/contracts';
import { refusingConstraint } from '../http/error-to-problem.js';
import { ProblemException } from '../http/problem.js';

/** Said of every audit event an online booking or its manage link writes. */
export const THROUGH_ONLINE_BOOKING = { byClient: true, through: 'online_booking' } as const;

/** The time went to someone else meanwhile: the page offers the client another. */
export function slotTaken(detail = 'Someone booked this time a moment ago. Choose another time.'): ProblemException {
  return new ProblemException({ type: problemTypes.slotTaken, title: 'That time was just taken', status: 409, detail, errors: [{ field: 'startsAt', message: 'No longer free' }] });
}

/** The database refused a hold: another live hold, or an appointment, has the artist's time. */
export function isTimeTaken(error: unknown): boolean {
  return refusingConstraint(error, /slot_holds_artist_(free|booked)/) !== undefined;
}
