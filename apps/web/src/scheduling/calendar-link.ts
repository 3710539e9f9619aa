import { dateInZone, type Appointment } from '@smp/contracts';

/** The calendar of an appointment's location, on its day there, with its drawer open. */
export function calendarLinkTo(appointment: Pick<Appointment, 'id' | 'startsAt' | 'location'>): string {
  const date = dateInZone(new Date(appointment.startsAt), appointment.location.timeZone);
  return `/calendar?${new URLSearchParams({ date, location: appointment.location.id, appointment: appointment.id })}`;
}
