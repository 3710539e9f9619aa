import { consultationMayBeRecorded, dateInZone, dayAndTimeInZone, mayWriteClinicalRecord, statusIsDue, timeInZone, type AppointmentStatus, type StaffRole } from '@smp/contracts';
import type { Actor } from '../audit/actor.js';
import { conflictProblem, forbiddenProblem } from '../http/problem.js';

/** Refuses anyone but the appointment's artist or an owner: records, photos and addenda of a visit are theirs to write. */
export function assertMayWriteClinicalRecord(actor: Actor, role: StaffRole, appointmentArtistId: string): void {
  if (!actor.staffId || !mayWriteClinicalRecord({ role, staffId: actor.staffId }, appointmentArtistId)) {
    throw forbiddenProblem('Only the appointment’s artist, or an owner, writes to its clinical record');
  }
}

const when = (startsAt: Date, timeZone: string) => `${dateInZone(startsAt, timeZone)} at ${timeInZone(startsAt, timeZone)}`;

/**
 * What was found at a consultation is written once it has started, on the clinic's
 * clock: recording completes its appointment, which must not stay ahead on the
 * calendar as completed. One taking place early is recorded with its appointment
 * moved to now, which the request asks for in so many words.
 */
export function assertConsultationStarted(startsAt: Date, timeZone: string, now = new Date()): void {
  if (!consultationMayBeRecorded(startsAt, now)) {
    const booked = dayAndTimeInZone(startsAt, timeZone);
    throw conflictProblem('Not started yet', `This consultation is booked for ${booked}. If it is taking place now, record it with 'Move to now and record'`, {
      field: 'startsAt',
      message: `Booked for ${booked}: not started yet`,
    });
  }
}

/** Arrived and in progress wait for the appointment's day in the clinic's calendar. */
export function assertStatusDue(status: AppointmentStatus, startsAt: Date, timeZone: string, now = new Date()): void {
  if (!statusIsDue(status, startsAt, now, timeZone)) {
    throw conflictProblem('Not today', `The appointment is on ${when(startsAt, timeZone)}: a client arrives, and a session starts, on its day`);
  }
}
