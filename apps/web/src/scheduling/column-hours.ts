import { isoWeekday, type OpeningInterval } from '@smp/contracts';
import { minutesOf } from '../shared/zoned-time';
import type { ColumnHours } from './CalendarGrid';
import type { CalendarColumn } from './use-appointment-drag';
import type { SchedulingResources } from './use-scheduling-resources';

type Interval = { start: number; end: number };

function intersect(a: Interval[], b: Interval[]): Interval[] {
  return a.flatMap((x) => b.map((y) => ({ start: Math.max(x.start, y.start), end: Math.min(x.end, y.end) }))).filter((i) => i.start < i.end);
}

/**
 * When a column can take bookings: the clinic's opening hours that day, narrowed to
 * the artist's own hours in an artist's column; none on a closure or the artist's time off.
 */
export function columnHours(column: CalendarColumn, resources: SchedulingResources, openingHours: OpeningInterval[]): ColumnHours {
  const weekday = isoWeekday(column.day);
  const closure = resources.closures.find((closed) => closed.startsOn <= column.day && column.day <= closed.endsOn);
  if (closure) return { open: [], closedReason: `Clinic closed: ${closure.reason}` };
  const clinicOpen = openingHours.filter((interval) => interval.weekday === weekday).map((interval) => ({ start: minutesOf(interval.opens), end: minutesOf(interval.closes) }));
  const schedule = column.artistId ? resources.schedules.get(column.artistId) : undefined;
  if (!schedule) return { open: clinicOpen, closedReason: clinicOpen.length === 0 ? 'Clinic closed' : null };
  if (schedule.timeOff.some((off) => off.startsOn <= column.day && column.day <= off.endsOn)) return { open: [], closedReason: `${schedule.artist.name} is off` };
  const artistOpen = schedule.weekly.filter((interval) => interval.weekday === weekday).map((interval) => ({ start: minutesOf(interval.starts), end: minutesOf(interval.ends) }));
  const open = intersect(artistOpen, clinicOpen);
  return { open, closedReason: open.length === 0 ? `${schedule.artist.name} does not work` : null };
}
