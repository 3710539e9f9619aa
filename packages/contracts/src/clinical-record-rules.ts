import { roleMay, type StaffRole } from './access.js';
import type { AppointmentStatus } from './appointment-rules.js';
import { dateInZone } from './clinic-time.js';

/** Who is writing: their role and staff id. */
export interface Writer {
  role: StaffRole;
  staffId: string;
}

/**
 * Who may write to an appointment's clinical record (a consultation record, a
 * session record, their photos and addenda): the appointment's own artist, or an
 * owner. Another artist's client is theirs to record, not yours.
 */
export function mayWriteClinicalRecord(writer: Writer, appointmentArtistId: string): boolean {
  return writer.role === 'owner' || writer.staffId === appointmentArtistId;
}

/**
 * Who may move an appointment through arrived, in progress and no-show: the front
 * desk for every appointment, an artist for their own only.
 */
export function mayProgressAppointment(writer: Writer, appointmentArtistId: string): boolean {
  return writer.role !== 'artist' || mayWriteClinicalRecord(writer, appointmentArtistId);
}

/** A consultation is recorded once it has started: what was found cannot be written before the meeting. */
export function consultationMayBeRecorded(startsAt: Date | string, now: Date): boolean {
  return new Date(startsAt).getTime() <= now.getTime();
}

/**
 * Arrived and in progress belong to the appointment's own day in the clinic's
 * calendar: a client arriving early that day is normal, days ahead is a mistake.
 * Days before stay allowed, so the front desk can catch up on a visit it did not
 * mark at the time.
 */
export function mayStartOnDay(startsAt: Date | string, now: Date, timeZone: string): boolean {
  return dateInZone(new Date(startsAt), timeZone) <= dateInZone(now, timeZone);
}

/** Confirming and cancelling belong to booking, the front desk's; the other statuses follow the work in the chair. */
const BOOKING_STATUSES: readonly AppointmentStatus[] = ['confirmed', 'cancelled'];
/** Statuses that say the visit is happening, so they wait for its day. */
const ON_THE_DAY: readonly AppointmentStatus[] = ['arrived', 'in_progress'];

/** Whether the status is the booking's (confirmed, cancelled), which only those who book may set. */
export const isBookingStatus = (status: AppointmentStatus): boolean => BOOKING_STATUSES.includes(status);

/**
 * Who may set an appointment's status: booking statuses those who book, the rest
 * whoever may move this appointment along (the front desk, or its own artist).
 */
export function mayChangeStatus(writer: Writer, status: AppointmentStatus, appointmentArtistId: string): boolean {
  return isBookingStatus(status) ? roleMay(writer.role, 'scheduling.book') : mayProgressAppointment(writer, appointmentArtistId);
}

/** When a status may be set: arrived and in progress on the appointment's day (see mayStartOnDay), the others at any time. */
export function statusIsDue(status: AppointmentStatus, startsAt: Date | string, now: Date, timeZone: string): boolean {
  return !ON_THE_DAY.includes(status) || mayStartOnDay(startsAt, now, timeZone);
}
