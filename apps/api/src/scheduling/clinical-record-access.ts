import { consultationMayBeRecorded, dateInZone, mayWriteClinicalRecord, statusIsDue, timeInZone, type AppointmentStatus, type StaffRole } from '@smp/contracts';
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
 * calendar as completed. One that took place early is moved first, by whoever books.
 */
export function assertConsultationStarted(startsAt: Date, timeZone: string, now = new Date()): void {
  if (!consultationMayBeRecorded(startsAt, now)) {
    const nextStep = 'if it took place earlier, move the appointment to when it took place, then record it';
    throw conflictProblem('Not started yet', `This consultation starts on ${when(startsAt, timeZone)}: ${nextStep}`, {
      field: 'startsAt',
      message: `Not started yet: ${nextStep}`,
    });
  }
}

/** Arrived and in progress wait for the appointment's day in the clinic's calendar. */
export function assertStatusDue(status: AppointmentStatus, startsAt: Date, timeZone: string, now = new Date()): void {
  if (!statusIsDue(status, startsAt, now, timeZone)) {
    throw conflictProblem('Not today', `The appointment is on ${when(startsAt, timeZone)}: a client arrives, and a session starts, on its day`);
  }
}
