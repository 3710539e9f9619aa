import { dateInZone } from '@smp/contracts';
import { differenceInYears, format, parseISO } from 'date-fns';

/** "12 Apr 1985 (40)": the date of birth with the age it gives on `today`, the clinic's calendar day. */
export function formatDateOfBirth(isoDate: string | null, today: string): string {
  if (!isoDate) return '—';
  return `${formatDate(isoDate)} (${differenceInYears(parseISO(today), parseISO(isoDate))})`;
}

/** A calendar date such as "12 Apr 1985"; '—' when there is none. */
export function formatDate(isoDate: string | null): string {
  return isoDate ? format(parseISO(isoDate), 'd MMM yyyy') : '—';
}

/** An instant shown in the clinic's time zone, e.g. "3 Mar 2026, 14:05" (with seconds: "14:05:09"): `formatDate` and `formatTime` together. */
export function formatInstant(iso: string, timeZone: string, { seconds = false } = {}): string {
  return `${formatDate(dateInZone(new Date(iso), timeZone))}, ${formatTime(iso, timeZone, { seconds })}`;
}

export function fullName(person: { firstName: string; lastName: string }): string {
  return `${person.firstName} ${person.lastName}`;
}

/** A day of the clinic's calendar with its weekday, e.g. "Fri 27 Nov". */
export function formatDay(isoDate: string): string {
  return format(parseISO(isoDate), 'EEE d MMM');
}

/** The wall-clock time of an instant in the clinic's zone on the 24-hour clock, e.g. "09:30", "00:15". */
export function formatTime(iso: string, timeZone: string, { seconds = false } = {}): string {
  return new Intl.DateTimeFormat('en-GB', { hour: '2-digit', minute: '2-digit', second: seconds ? '2-digit' : undefined, hourCycle: 'h23', timeZone }).format(new Date(iso));
}
