import { addCalendarDays, isoWeekday } from '@smp/contracts';

export type CalendarView = 'day' | 'week';

/** The days a view shows: the day itself, or Monday to Sunday of its week. */
export function calendarDays(view: CalendarView, date: string): string[] {
  if (view === 'day') return [date];
  const monday = addCalendarDays(date, 1 - isoWeekday(date));
  return Array.from({ length: 7 }, (_, index) => addCalendarDays(monday, index));
}

/** The same view a day or a week earlier or later. */
export function shiftDate(view: CalendarView, date: string, direction: -1 | 1): string {
  return addCalendarDays(date, direction * (view === 'week' ? 7 : 1));
}
