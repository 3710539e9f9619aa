import type { StaffRole } from './access.js';
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
