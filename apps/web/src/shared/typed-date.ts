import { isCalendarDate, setDateWording } from '@smp/contracts';
import { isValid, parse } from 'date-fns';
import { followClinicCountry } from './clinic-country';
import { formatDate } from './format';

/** Which number comes first in a date typed as numbers, "3/12/2026": the day, or in the US the month. */
export type NumericDateOrder = 'day-first' | 'month-first';

let clinicOrder: NumericDateOrder = 'day-first';
followClinicCountry((country) => {
  clinicOrder = country === 'US' ? 'month-first' : 'day-first';
});

/** What a date field says when it cannot read what was typed: what it can read. */
export const UNREADABLE_DATE = 'Enter a date such as 3 Dec 2026';
setDateWording(UNREADABLE_DATE);

const MONTH_NAME_SPELLINGS = ['d MMM yyyy', 'd MMMM yyyy', 'MMM d yyyy', 'MMMM d yyyy'];

/**
 * A date as staff type it, as YYYY-MM-DD; null when it does not read as a real
 * day. The app shows dates as "3 Dec 2026", so that spelling reads back (with or
 * without the weekday, any case, full month names too), as do ISO dates and
 * numbers in the clinic's order ("3/12/2026" is 3 December outside the US). Years
 * have four digits: "3/12/26" could be any century.
 */
export function readTypedDate(typed: string, order: NumericDateOrder = clinicOrder): string | null {
  const text = typed
    .trim()
    .replace(/^(mon|tue|wed|thu|fri|sat|sun)[a-z]*,?\s+/i, '')
    .replace(/[,.]\s*/g, ' ')
    .replace(/\s+/g, ' ');
  const iso = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(text);
  if (iso) return calendarDate(Number(iso[1]), Number(iso[2]), Number(iso[3]));
  const numeric = /^(\d{1,2})[/ -](\d{1,2})[/ -](\d{4})$/.exec(text);
  if (numeric) {
    const [first, second] = [Number(numeric[1]), Number(numeric[2])];
    return order === 'day-first' ? calendarDate(Number(numeric[3]), second, first) : calendarDate(Number(numeric[3]), first, second);
  }
  for (const spelling of MONTH_NAME_SPELLINGS) {
    const date = parse(text, spelling, new Date(2000, 0, 1));
    if (isValid(date) && /\d{4}$/.test(text)) return calendarDate(date.getFullYear(), date.getMonth() + 1, date.getDate());
  }
  return null;
}

function calendarDate(year: number, month: number, day: number): string | null {
  const iso = `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
  return isCalendarDate(iso) ? iso : null;
}

/** What a date field shows for its value: "3 Dec 2026" for a date, anything else as it was typed. */
export function dateFieldText(value: string | null | undefined): string {
  if (!value) return '';
  return isCalendarDate(value) ? formatDate(value) : value;
}
