import { dateInZone, isoWeekday, startsWithin, type Appointment, type ArtistSchedule, type OpeningInterval, type SessionWindow, type Closure } from '@smp/contracts';
import { formatDate } from '../shared/format';
import { minutesOf, minutesOfDayIn } from '../shared/zoned-time';
import { holdsTime } from './labels';

export interface MoveCandidate {
  startsAt: string;
  endsAt: string;
  artistId: string;
}

export interface MoveContext {
  timeZone: string;
  openingHours: OpeningInterval[];
  closures: Closure[];
  schedules: Map<string, ArtistSchedule>;
  appointments: Appointment[];
  /** The spacing window of a plan session being moved, once its plan has loaded. */
  window: SessionWindow | null;
}

const within = (start: number, end: number, intervals: { from: string; to: string }[]) => intervals.some((interval) => minutesOf(interval.from) <= start && end <= minutesOf(interval.to));

/**
 * What the API will most likely say about a drop, checked while dragging so the
 * front desk sees it before letting go. The API decides on the drop all the same.
 */
export function moveProblem(appointment: Appointment, candidate: MoveCandidate, context: MoveContext): string | null {
  const { timeZone } = context;
  const day = dateInZone(new Date(candidate.startsAt), timeZone);
  const start = minutesOfDayIn(candidate.startsAt, timeZone);
  const end = dateInZone(new Date(candidate.endsAt), timeZone) === day ? minutesOfDayIn(candidate.endsAt, timeZone) : 24 * 60;

  if (context.window && appointment.planSession && !startsWithin(context.window, new Date(candidate.startsAt), timeZone)) {
    return `Session ${appointment.planSession.number} must start between ${formatDate(context.window.opensOn)} and ${formatDate(context.window.closesOn)}`;
  }
  const closure = context.closures.find((closed) => closed.startsOn <= day && day <= closed.endsOn);
  if (closure) return `The clinic is closed: ${closure.reason}`;
  const weekday = isoWeekday(day);
  const opening = context.openingHours.filter((interval) => interval.weekday === weekday).map(({ opens, closes }) => ({ from: opens, to: closes }));
  if (!within(start, end, opening)) return 'Outside the clinic’s opening hours';
  const schedule = context.schedules.get(candidate.artistId);
  if (schedule) {
    const name = schedule.artist.name;
    if (schedule.timeOff.some((off) => off.startsOn <= day && day <= off.endsOn)) return `${name} is off that day`;
    const hours = schedule.weekly.filter((interval) => interval.weekday === weekday).map(({ starts, ends }) => ({ from: starts, to: ends }));
    if (!within(start, end, hours)) return `Outside ${name}’s working hours`;
  }
  const clash = context.appointments.find(
    (other) => other.id !== appointment.id && other.artist.id === candidate.artistId && holdsTime(other.status) && other.startsAt < candidate.endsAt && candidate.startsAt < other.endsAt,
  );
  return clash ? `${clash.artist.name} is with ${clash.client.name} then` : null;
}
