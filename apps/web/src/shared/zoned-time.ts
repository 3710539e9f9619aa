import { dateInZone, timeInZone } from '@smp/contracts';

/**
 * What the web app needs on the clinic's clock beyond the contracts' clinic-time
 * helpers (`dateInZone`, `zonedInstant`, `addCalendarDays`…), which it uses for the rest.
 * The browser's own zone may differ (a laptop set to another zone), so nothing here uses it.
 */

/** Today's date on the clinic's calendar, as YYYY-MM-DD. */
export function todayIn(timeZone: string, now: Date = new Date()): string {
  return dateInZone(now, timeZone);
}

/** Minutes since midnight on the clinic's wall clock, e.g. 570 for 09:30; what the calendar lays out by. */
export function minutesOfDayIn(instant: Date | string, timeZone: string): number {
  const [hours = 0, minutes = 0] = timeInZone(new Date(instant), timeZone).split(':').map(Number);
  return hours * 60 + minutes;
}

/** HH:MM for minutes since midnight. */
export function timeOfDay(minutes: number): string {
  return `${String(Math.floor(minutes / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`;
}

/** Minutes since midnight for HH:MM; the inverse of `timeOfDay`. */
export function minutesOf(time: string): number {
  return Number(time.slice(0, 2)) * 60 + Number(time.slice(3, 5));
}
