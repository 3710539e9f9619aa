import { addCalendarDays, dateInZone, timeInZone, zonedInstant } from '@smp/contracts';

/**
 * When scheduled messages go: plain rules over the clinic's settings, in its time
 * zone. A message that would go in quiet hours goes before they begin, and one
 * whose time has passed does not go at all, but for a visit's preparation and
 * reminder, which go as soon as they may while the visit is still to come.
 */
export interface SendingRules {
  timeZone: string;
  /** Hours before an appointment at which a reminder goes. */
  reminderHours: number[];
  /** Local `HH:MM` times between which nothing scheduled goes; null when the clinic has none. */
  quietHours: { start: string; end: string } | null;
  /** Days before a treatment session that its preparation goes, on that morning. */
  preparationDaysBefore: number;
}

/** Kinds of appointment the client prepares their scalp for (shaved, moisturised…): the sessions that put pigment in. */
const PREPARED_KINDS = new Set(['plan_session', 'touch_up', 'maintenance']);
/** Messages about a day (preparation, the next session's window) go at this local time that day. */
export const DAY_MESSAGE_TIME = '10:00';
/** The day after a session that the client hears their next session's window is open. */
export const NEXT_SESSION_WINDOW_DAY = 7;
/**
 * How long before quiet hours begin a message moved out of them goes: time enough
 * for a retry or two to land before they start.
 */
const BEFORE_QUIET_HOURS_MS = 30 * 60_000;

/** Whether a local wall time falls in [start, end), which may run over midnight. */
function inQuietHours(time: string, quiet: { start: string; end: string }): boolean {
  return quiet.start < quiet.end ? time >= quiet.start && time < quiet.end : time >= quiet.start || time < quiet.end;
}

/**
 * The instant a message meant for `intended` goes: then, or when that falls in quiet
 * hours, shortly before they began (the same local evening); null when that is
 * already past.
 */
export function sendingTime(intended: Date, rules: SendingRules, now: Date): Date | null {
  let sendAt = intended;
  const quiet = rules.quietHours;
  const localTime = timeInZone(intended, rules.timeZone);
  if (quiet && inQuietHours(localTime, quiet)) {
    const localDate = dateInZone(intended, rules.timeZone);
    // Past midnight, the quiet hours began the evening before.
    const quietBegan = quiet.start > quiet.end && localTime < quiet.end ? addCalendarDays(localDate, -1) : localDate;
    sendAt = new Date(zonedInstant(quietBegan, quiet.start, rules.timeZone).getTime() - BEFORE_QUIET_HOURS_MS);
  }
  return sendAt.getTime() > now.getTime() ? sendAt : null;
}

/**
 * The appointment's reminders still to go: each of the clinic's hours before it
 * starts, counted in real hours. A reminder whose time is still to come but that
 * quiet hours pushed into the past goes as soon as it may instead, before the
 * appointment, unless another reminder is still to go (one reminder is enough).
 */
export function reminderTimes(startsAt: Date, rules: SendingRules, now: Date): { hours: number; sendAt: Date }[] {
  const planned = rules.reminderHours.map((hours) => {
    const intended = new Date(startsAt.getTime() - hours * 3_600_000);
    return { hours, intended, sendAt: sendingTime(intended, rules, now) };
  });
  const toGo = planned.flatMap(({ hours, sendAt }) => (sendAt ? [{ hours, sendAt }] : []));
  const pushedIntoThePast = planned.find(({ intended, sendAt }) => !sendAt && intended > now);
  if (toGo.length > 0 || !pushedIntoThePast) return toGo;
  const sendAt = soonestBefore(startsAt, rules, now);
  return sendAt ? [{ hours: pushedIntoThePast.hours, sendAt }] : [];
}

/** The first time a message may go from now (quiet hours considered), if that is before the appointment; else null. */
function soonestBefore(startsAt: Date, rules: SendingRules, now: Date): Date | null {
  const sendAt = firstTimeAllowed(now, rules);
  return sendAt < startsAt ? sendAt : null;
}

/** When a day's message goes: at the set local time of the date, quiet hours and the past considered. */
export function dayMessageTime(localDate: string, rules: SendingRules, now: Date): Date | null {
  return sendingTime(zonedInstant(localDate, DAY_MESSAGE_TIME, rules.timeZone), rules, now);
}

/**
 * When an appointment's preparation goes, or null when it has none. Booked too
 * late for its day, it goes as soon as it may, if that is still before the visit.
 */
export function preparationTime(kind: string, startsAt: Date, rules: SendingRules, now: Date): Date | null {
  if (!PREPARED_KINDS.has(kind)) return null;
  return dayMessageTime(addCalendarDays(dateInZone(startsAt, rules.timeZone), -rules.preparationDaysBefore), rules, now) ?? soonestBefore(startsAt, rules, now);
}

/** When the "your next session's window opens" message of a session goes. */
export function nextSessionWindowTime(sessionAt: Date, rules: SendingRules, now: Date): Date | null {
  return dayMessageTime(addCalendarDays(dateInZone(sessionAt, rules.timeZone), NEXT_SESSION_WINDOW_DAY), rules, now);
}

/**
 * When a message that is not tied to a time (a recall) may go: now, or when it is
 * quiet hours, as soon as they end.
 */
export function firstTimeAllowed(now: Date, rules: SendingRules): Date {
  const quiet = rules.quietHours;
  const localTime = timeInZone(now, rules.timeZone);
  if (!quiet || !inQuietHours(localTime, quiet)) return now;
  const localDate = dateInZone(now, rules.timeZone);
  // Before midnight, quiet hours that run over it end the next morning.
  const quietEnds = quiet.start > quiet.end && localTime >= quiet.start ? addCalendarDays(localDate, 1) : localDate;
  return zonedInstant(quietEnds, quiet.end, rules.timeZone);
}
