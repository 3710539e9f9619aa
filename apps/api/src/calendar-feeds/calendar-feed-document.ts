import { APPOINTMENT_KIND_LABELS, type AppointmentKind } from '@smp/contracts';
import ical from 'ical-generator';

/** How far back and ahead a feed reaches: recent days for looking back, half a year of bookings ahead. */
export const FEED_DAYS_BACK = 30;
export const FEED_DAYS_AHEAD = 180;
const DAY_MS = 24 * 60 * 60 * 1000;

export function feedWindow(now: Date): { from: Date; to: Date } {
  return { from: new Date(now.getTime() - FEED_DAYS_BACK * DAY_MS), to: new Date(now.getTime() + FEED_DAYS_AHEAD * DAY_MS) };
}

export interface FeedAppointment {
  id: string;
  kind: AppointmentKind;
  startsAt: Date;
  endsAt: Date;
  clientFirstName: string;
  clientLastName: string;
  roomName: string | null;
  locationName: string;
}

const graphemes = new Intl.Segmenter();

/**
 * What a phone calendar shows of an appointment: its kind and the client's first
 * name and initial. A phone calendar is not a health record, and it syncs to
 * accounts the clinic does not control: no surname, notes or treatment details.
 */
export function feedEventSummary(appointment: Pick<FeedAppointment, 'kind' | 'clientFirstName' | 'clientLastName'>): string {
  // The first letter as a reader sees it, accents and all.
  const initial = graphemes.segment(appointment.clientLastName.trim())[Symbol.iterator]().next().value?.segment;
  const client = initial ? `${appointment.clientFirstName.trim()} ${initial.toUpperCase()}.` : appointment.clientFirstName.trim();
  return `${APPOINTMENT_KIND_LABELS[appointment.kind]} · ${client}`;
}

/** The artist's appointments as an iCalendar document; times in UTC, so every calendar app places them alike. */
export function calendarFeedDocument({ clinicName, artistName, appointments }: { clinicName: string; artistName: string; appointments: FeedAppointment[] }): string {
  const calendar = ical({ name: `${clinicName} — ${artistName}`, prodId: { company: 'smp-clinic', product: 'calendar-feed' } });
  for (const appointment of appointments) {
    calendar.createEvent({
      // Stable per appointment: a moved appointment moves in the phone's calendar rather than doubling.
      id: `${appointment.id}@smp-clinic`,
      start: appointment.startsAt,
      end: appointment.endsAt,
      summary: feedEventSummary(appointment),
      // Where to go, for an artist who works at more than one place: the location, then the chair.
      location: [appointment.locationName, appointment.roomName].filter(Boolean).join(' · '),
    });
  }
  return calendar.toString();
}
