/**
 * Calendar dates in the clinic's time zone. The browser's own zone may differ
 * (a laptop set to another zone), so nothing here uses it.
 */

function wallClockParts(instant: number, timeZone: string): Record<string, number> {
  const parts = new Intl.DateTimeFormat('en-US', {
    timeZone,
    hourCycle: 'h23',
    year: 'numeric',
    month: 'numeric',
    day: 'numeric',
    hour: 'numeric',
    minute: 'numeric',
    second: 'numeric',
  }).formatToParts(instant);
  return Object.fromEntries(parts.filter((part) => part.type !== 'literal').map((part) => [part.type, Number(part.value)]));
}

/** How far the zone's clocks are ahead of UTC at that instant, in milliseconds. */
function zoneOffset(instant: number, timeZone: string): number {
  const { year = 0, month = 1, day = 1, hour = 0, minute = 0, second = 0 } = wallClockParts(instant, timeZone);
  return Date.UTC(year, month - 1, day, hour, minute, second) - Math.floor(instant / 1000) * 1000;
}

const pad = (value: number, length = 2) => String(value).padStart(length, '0');

/** Today's date in the zone, as YYYY-MM-DD. */
export function todayIn(timeZone: string, now: Date = new Date()): string {
  const { year = 0, month = 1, day = 1 } = wallClockParts(now.getTime(), timeZone);
  return `${pad(year, 4)}-${pad(month)}-${pad(day)}`;
}

/** The instant the day begins in the zone, as an ISO instant. */
export function startOfDayIn(isoDate: string, timeZone: string): string {
  return instantIn(isoDate, '00:00', timeZone);
}

const DAY_MS = 24 * 60 * 60 * 1000;

/**
 * The instant a wall-clock time (HH:MM) on a date shows in the zone, as an ISO
 * instant. A time the clocks skip when they go forward is read with the offset from
 * before the change (02:30 becomes 03:30); a time they show twice when they go back
 * is the first of the two.
 */
export function instantIn(isoDate: string, time: string, timeZone: string): string {
  const [year = 0, month = 1, day = 1] = isoDate.split('-').map(Number);
  const [hour = 0, minute = 0] = time.split(':').map(Number);
  const wallClock = Date.UTC(year, month - 1, day, hour, minute);
  // A day either side is clear of any daylight-saving change that day, so these are
  // the offsets before and after it (the same offset twice on most days).
  const [before, after] = [wallClock - DAY_MS, wallClock + DAY_MS].map((instant) => wallClock - zoneOffset(instant, timeZone)) as [number, number];
  const shows = (instant: number) => instant + zoneOffset(instant, timeZone) === wallClock;
  const instant = shows(before) || !shows(after) ? before : after;
  return new Date(instant).toISOString();
}

export function addDays(isoDate: string, days: number): string {
  const [year = 0, month = 1, day = 1] = isoDate.split('-').map(Number);
  return new Date(Date.UTC(year, month - 1, day + days)).toISOString().slice(0, 10);
}
