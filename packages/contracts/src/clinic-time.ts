/**
 * Wall-clock time in the clinic's zone, whatever zone the computer is in.
 * Appointments are instants; days, opening hours and windows are the clinic's
 * calendar. Conversions go through Intl so daylight-saving changes are honoured.
 */

const DAY_MS = 86_400_000;

/**
 * The calendar the clinic works in. Dates of birth and histories reach back,
 * bookings reach forward; nothing sensible lies outside, and the edges keep
 * date arithmetic (a day or a year later) well inside what the database stores.
 */
export const CALENDAR_RANGE = { first: '1900-01-01', last: '2100-12-31' } as const;
const pad = (value: number, length = 2) => String(value).padStart(length, '0');

// Building a formatter is far slower than using one: keep one per zone.
const formatters = new Map<string, Intl.DateTimeFormat>();
function formatterFor(timeZone: string): Intl.DateTimeFormat {
  let formatter = formatters.get(timeZone);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      second: 'numeric',
    });
    formatters.set(timeZone, formatter);
  }
  return formatter;
}

/**
 * Loads the runtime's time-zone data, which the first formatter with a zone does
 * whichever the zone (about 0.1 s on a phone), so that a caller can do it while
 * nothing else is waiting.
 */
export function prepareZoneFormatting(): void {
  formatterFor('UTC').formatToParts(0);
}

function wallClock(instant: number, timeZone: string) {
  const parts = formatterFor(timeZone).formatToParts(instant);
  const value = (type: string) => Number(parts.find((part) => part.type === type)?.value ?? 0);
  return { year: value('year'), month: value('month'), day: value('day'), hour: value('hour'), minute: value('minute'), second: value('second') };
}

/** How far the zone's clocks are ahead of UTC at that instant, in milliseconds. */
function zoneOffset(instant: number, timeZone: string): number {
  const clock = wallClock(instant, timeZone);
  return Date.UTC(clock.year, clock.month - 1, clock.day, clock.hour, clock.minute, clock.second) - Math.floor(instant / 1000) * 1000;
}

/** The calendar date (YYYY-MM-DD) of an instant in the zone. */
export function dateInZone(instant: Date | number, timeZone: string): string {
  const clock = wallClock(typeof instant === 'number' ? instant : instant.getTime(), timeZone);
  return `${pad(clock.year, 4)}-${pad(clock.month)}-${pad(clock.day)}`;
}

/** The wall-clock time (HH:MM) of an instant in the zone. */
export function timeInZone(instant: Date | number, timeZone: string): string {
  const clock = wallClock(typeof instant === 'number' ? instant : instant.getTime(), timeZone);
  return `${pad(clock.hour)}:${pad(clock.minute)}`;
}

const WEEKDAYS = ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun'];
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** An instant as the clinic says it, e.g. "Fri 4 Dec 10:00": the same words in the API's messages and on the page. */
export function dayAndTimeInZone(instant: Date | number, timeZone: string): string {
  const date = dateInZone(instant, timeZone);
  const [, month, day] = date.split('-').map(Number) as [number, number, number];
  return `${WEEKDAYS[isoWeekday(date) - 1]!} ${day} ${MONTHS[month - 1]!} ${timeInZone(instant, timeZone)}`;
}

// Each search converts the same days' opening hours again (four Intl look-ups each): keep the answers.
const zonedInstants = new Map<string, number>();
const ZONED_INSTANTS_KEPT = 10_000;

/**
 * The instant a wall-clock time on a date has in the zone. A time skipped by a
 * spring-forward change is read as the same time in the offset before it (02:30
 * becomes 03:30); a time that happens twice in autumn is the first of the two.
 */
export function zonedInstant(isoDate: string, time: string, timeZone: string): Date {
  const key = `${timeZone} ${isoDate} ${time}`;
  let instant = zonedInstants.get(key);
  if (instant === undefined) {
    if (zonedInstants.size >= ZONED_INSTANTS_KEPT) zonedInstants.clear();
    instant = findZonedInstant(isoDate, time, timeZone);
    zonedInstants.set(key, instant);
  }
  return new Date(instant);
}

function findZonedInstant(isoDate: string, time: string, timeZone: string): number {
  const [year, month, day] = isoDate.split('-').map(Number) as [number, number, number];
  const [hour, minute] = time.split(':').map(Number) as [number, number];
  const asUtc = Date.UTC(year, month - 1, day, hour, minute);
  const before = asUtc - zoneOffset(asUtc - DAY_MS / 2, timeZone);
  const after = asUtc - zoneOffset(asUtc + DAY_MS / 2, timeZone);
  // Where the offset changes that day, one of the two guesses reads back as the wall time asked for.
  for (const candidate of [Math.min(before, after), Math.max(before, after)]) {
    if (timeInZone(candidate, timeZone) === time && dateInZone(candidate, timeZone) === isoDate) return candidate;
  }
  return before;
}

/**
 * Whether a string is a real date (YYYY-MM-DD) inside the clinic's calendar; what
 * `isoDate` accepts, for a page that reads a date from its address without loading zod.
 */
export function isCalendarDate(value: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value) || value < CALENDAR_RANGE.first || value > CALENDAR_RANGE.last) return false;
  const day = new Date(`${value}T00:00:00Z`);
  // Month 13 gives no date at all; 31 February rolls over into March.
  return !Number.isNaN(day.getTime()) && day.toISOString().slice(0, 10) === value;
}

// A search answers hundreds of instants on a handful of days: keep each day's prefix.
const dayPrefixes = new Map<number, string>();
const DAY_PREFIXES_KEPT = 10_000;

/**
 * The same text as `new Date(instant).toISOString()` for instants from year 0 to 9999,
 * several times faster: slot searches format thousands of them per answer.
 */
export function instantIso(instant: number): string {
  const day = Math.floor(instant / DAY_MS);
  let prefix = dayPrefixes.get(day);
  if (prefix === undefined) {
    if (dayPrefixes.size >= DAY_PREFIXES_KEPT) dayPrefixes.clear();
    prefix = new Date(day * DAY_MS).toISOString().slice(0, 11);
    dayPrefixes.set(day, prefix);
  }
  const inDay = instant - day * DAY_MS;
  const milliseconds = inDay % 1000;
  return `${prefix}${pad(Math.floor(inDay / 3_600_000))}:${pad(Math.floor(inDay / 60_000) % 60)}:${pad(Math.floor(inDay / 1000) % 60)}.${pad(milliseconds, 3)}Z`;
}

/** The date `days` calendar days after `isoDate`. */
export function addCalendarDays(isoDate: string, days: number): string {
  const date = new Date(`${isoDate}T00:00:00Z`);
  date.setUTCDate(date.getUTCDate() + days);
  return date.toISOString().slice(0, 10);
}

/** The same day `years` later; 29 February becomes 28 February in a common year. */
export function addCalendarYears(isoDate: string, years: number): string {
  return addCalendarMonths(isoDate, years * 12);
}

/** The same day `months` later, or the month's last day when it is shorter (31 January + 1 month is 28 or 29 February). */
export function addCalendarMonths(isoDate: string, months: number): string {
  const [year, month, day] = isoDate.split('-').map(Number) as [number, number, number];
  const monthIndex = year * 12 + (month - 1) + months;
  const [newYear, newMonth] = [Math.floor(monthIndex / 12), (monthIndex % 12) + 1];
  const lastDay = new Date(Date.UTC(newYear, newMonth, 0)).getUTCDate();
  return `${pad(newYear, 4)}-${pad(newMonth)}-${pad(Math.min(day, lastDay))}`;
}

/** ISO weekday of a date: 1 is Monday, 7 is Sunday. */
export function isoWeekday(isoDate: string): number {
  const weekday = new Date(`${isoDate}T00:00:00Z`).getUTCDay();
  return weekday === 0 ? 7 : weekday;
}

/** Whole calendar days from one date to another. */
export function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / DAY_MS);
}
