import { dateInZone, type Appointment, type OpeningInterval } from '@smp/contracts';
import { minutesOf, minutesOfDayIn } from '../shared/zoned-time';

/** One minute is this many pixels high: an hour is 64px, a 45-minute consultation fits two lines. */
export const PIXELS_PER_MINUTE = 64 / 60;

const DAY_MINUTES = 24 * 60;

/** The wall-clock hours a calendar shows, in minutes since midnight. */
export interface HourRange {
  start: number;
  end: number;
}

/**
 * From the hour the clinic first opens to the hour it last closes on any day, widened
 * to take in any appointment outside them (an owner's override), so nothing is hidden.
 */
export function visibleHours(openingHours: Pick<OpeningInterval, 'opens' | 'closes'>[], appointments: Pick<Appointment, 'startsAt' | 'endsAt'>[], timeZone: string): HourRange {
  const starts = openingHours.map((interval) => minutesOf(interval.opens));
  const ends = openingHours.map((interval) => minutesOf(interval.closes));
  for (const appointment of appointments) {
    const startsOn = dateInZone(new Date(appointment.startsAt), timeZone);
    const endsOn = dateInZone(new Date(appointment.endsAt), timeZone);
    starts.push(minutesOfDayIn(appointment.startsAt, timeZone));
    ends.push(endsOn === startsOn ? minutesOfDayIn(appointment.endsAt, timeZone) : DAY_MINUTES);
  }
  if (starts.length === 0) return { start: 8 * 60, end: 19 * 60 };
  return { start: Math.floor(Math.min(...starts) / 60) * 60, end: Math.min(DAY_MINUTES, Math.ceil(Math.max(...ends) / 60) * 60) };
}

export interface BlockGeometry {
  top: number;
  height: number;
}

/** The shortest block drawn, so a short appointment stays readable and clickable. */
const MINIMUM_BLOCK_MINUTES = 20;

/**
 * Where an appointment sits in a day's column, by the clinic's wall clock: on the
 * day the clocks change, 10:00 is still drawn at the 10:00 line. A part before or
 * after the day is cut at the column's edge.
 */
export function blockGeometry(appointment: Pick<Appointment, 'startsAt' | 'endsAt'>, day: string, range: HourRange, timeZone: string): BlockGeometry {
  const startsBefore = dateInZone(new Date(appointment.startsAt), timeZone) < day;
  const endsAfter = dateInZone(new Date(appointment.endsAt), timeZone) > day;
  const start = Math.max(range.start, startsBefore ? 0 : minutesOfDayIn(appointment.startsAt, timeZone));
  const end = Math.min(range.end, endsAfter ? DAY_MINUTES : minutesOfDayIn(appointment.endsAt, timeZone));
  return {
    top: (start - range.start) * PIXELS_PER_MINUTE,
    height: Math.max(end - start, MINIMUM_BLOCK_MINUTES) * PIXELS_PER_MINUTE,
  };
}

/** The wall-clock minute at a height in a column, snapped to the clinic's slot step and kept inside the range. */
export function minuteAt(offsetY: number, range: HourRange, step: number): number {
  const minute = range.start + Math.round(offsetY / PIXELS_PER_MINUTE / step) * step;
  return Math.min(Math.max(minute, range.start), range.end - step);
}

export interface Lane {
  lane: number;
  lanes: number;
}

/**
 * Side-by-side lanes for appointments that overlap in one column (a cancelled one
 * and its replacement, or two artists in the week of all artists): each overlapping
 * group is as wide as it needs, and the rest of the column keeps full width.
 */
export function assignLanes(items: Pick<Appointment, 'id' | 'startsAt' | 'endsAt'>[]): Map<string, Lane> {
  const sorted = [...items].sort((a, b) => a.startsAt.localeCompare(b.startsAt) || b.endsAt.localeCompare(a.endsAt));
  const lanes = new Map<string, Lane>();
  let group: { id: string; lane: number }[] = [];
  let laneEnds: string[] = [];
  let groupEnd = '';
  const closeGroup = () => {
    for (const { id, lane } of group) lanes.set(id, { lane, lanes: laneEnds.length });
    group = [];
    laneEnds = [];
  };
  for (const item of sorted) {
    if (group.length > 0 && item.startsAt >= groupEnd) closeGroup();
    let lane = laneEnds.findIndex((end) => end <= item.startsAt);
    if (lane === -1) lane = laneEnds.push(item.endsAt) - 1;
    else laneEnds[lane] = item.endsAt;
    group.push({ id: item.id, lane });
    groupEnd = group.length === 1 || item.endsAt > groupEnd ? item.endsAt : groupEnd;
  }
  closeGroup();
  return lanes;
}

/**
 * Where the current-time line sits in a day's column, in pixels from its top, by the
 * clinic's clock; null when the column is not today or the time is outside the hours shown.
 */
export function currentTimeOffset(now: Date, day: string, range: HourRange, timeZone: string): number | null {
  if (dateInZone(now, timeZone) !== day) return null;
  const minute = minutesOfDayIn(now, timeZone);
  if (minute < range.start || minute > range.end) return null;
  return (minute - range.start) * PIXELS_PER_MINUTE;
}
