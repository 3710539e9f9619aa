import ical, { ICalCalendarMethod, ICalEventStatus } from 'ical-generator';
import type { EmailAttachment } from './channels.js';

export interface AppointmentInvite {
  appointmentId: string;
  /** How many times the booking changed since it was made: each move or cancellation replaces what calendars hold. */
  sequence: number;
  cancelled: boolean;
  startsAt: Date;
  endsAt: Date;
  /** What the client sees in their calendar, e.g. "SMP session at Northside Scalp Studio": no clinical details. */
  summary: string;
  clinic: { name: string; address: string | null; email: string | null };
  /**
   * The address the email comes from (MAIL_FROM): the organizer when the clinic has
   * no email of its own, since some calendars drop an invitation without one.
   */
  senderEmail?: string;
  /** Calendars file an invitation under the attendee it was sent to. */
  attendeeEmail: string | null;
}

/**
 * The `.ics` a booking's confirmation, update or cancellation carries: one event
 * whose UID stays the appointment's, so a client's calendar moves or removes the
 * event it already holds rather than adding another.
 */
export function appointmentInvite(invite: AppointmentInvite): EmailAttachment {
  const method = invite.cancelled ? ICalCalendarMethod.CANCEL : ICalCalendarMethod.REQUEST;
  const organizerEmail = invite.clinic.email ?? invite.senderEmail;
  const calendar = ical({ prodId: { company: 'SMP Clinic', product: 'Practice management', language: 'EN' }, method });
  calendar.createEvent({
    id: `${invite.appointmentId}@smp-clinic`,
    sequence: invite.sequence,
    start: invite.startsAt,
    end: invite.endsAt,
    summary: invite.summary,
    location: invite.clinic.address,
    status: invite.cancelled ? ICalEventStatus.CANCELLED : ICalEventStatus.CONFIRMED,
    organizer: organizerEmail ? { name: invite.clinic.name, email: organizerEmail } : null,
    attendees: invite.attendeeEmail ? [{ email: invite.attendeeEmail, rsvp: false }] : [],
  });
  return { filename: invite.cancelled ? 'cancelled.ics' : 'appointment.ics', content: calendar.toString(), contentType: `text/calendar; charset=utf-8; method=${method}` };
}
