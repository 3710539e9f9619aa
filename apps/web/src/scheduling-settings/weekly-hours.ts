import { WEEKDAYS, type WorkingInterval } from '@smp/contracts';

/** One weekday's hours as typed: "09:00–13:00, 14:00–18:00"; a break is the gap between two. */
export function dayHoursText(weekly: WorkingInterval[], weekday: number): string {
  return weekly
    .filter((interval) => interval.weekday === weekday)
    .sort((a, b) => a.starts.localeCompare(b.starts))
    .map((interval) => `${interval.starts}–${interval.ends}`)
    .join(', ');
}

const INTERVAL = /^(\d{1,2}):(\d{2})\s*[-–]\s*(\d{1,2}):(\d{2})$/;
const pad = (hours: string, minutes: string) => `${hours.padStart(2, '0')}:${minutes}`;

/** Reads a day's typed hours; empty means a day off. Returns the intervals, or what is wrong with the text. */
export function parseDayHours(text: string, weekday: number): WorkingInterval[] | string {
  const parts = text
    .split(',')
    .map((part) => part.trim())
    .filter(Boolean);
  const intervals: WorkingInterval[] = [];
  for (const part of parts) {
    const match = INTERVAL.exec(part);
    if (!match) return `Write hours as 09:00–13:00, with a comma between intervals`;
    const [, startHours = '', startMinutes = '', endHours = '', endMinutes = ''] = match;
    const interval = { weekday, starts: pad(startHours, startMinutes), ends: pad(endHours, endMinutes) };
    if (interval.starts >= interval.ends) return `${part}: the end must be after the start`;
    intervals.push(interval);
  }
  return intervals;
}

/** Every weekday's typed hours, read together; the first problem per weekday, by weekday. */
export function parseWeek(texts: Record<number, string>): { weekly: WorkingInterval[]; problems: Map<number, string> } {
  const weekly: WorkingInterval[] = [];
  const problems = new Map<number, string>();
  for (const weekday of WEEKDAYS) {
    const parsed = parseDayHours(texts[weekday] ?? '', weekday);
    if (typeof parsed === 'string') problems.set(weekday, parsed);
    else weekly.push(...parsed);
  }
  return { weekly, problems };
}
