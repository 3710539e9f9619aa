import { differenceInYears, format, parseISO } from 'date-fns';

/** "12 Apr 1985 (40)": the date of birth with the age it gives today. */
export function formatDateOfBirth(isoDate: string | null, today: Date = new Date()): string {
  if (!isoDate) return '—';
  const date = parseISO(isoDate);
  return `${format(date, 'd MMM yyyy')} (${differenceInYears(today, date)})`;
}

/** An instant shown in the clinic's time zone, e.g. "3 Mar 2026, 14:05". */
export function formatInstant(iso: string, timeZone: string): string {
  return new Intl.DateTimeFormat('en-GB', {
    day: 'numeric',
    month: 'short',
    year: 'numeric',
    hour: '2-digit',
    minute: '2-digit',
    timeZone,
  }).format(new Date(iso));
}

export function fullName(person: { firstName: string; lastName: string }): string {
  return `${person.firstName} ${person.lastName}`;
}
