import { isoWeekday, zonedInstant, type OpeningInterval, type WorkingInterval } from '@smp/contracts';

/** A span of time between two instants, in epoch milliseconds, end excluded. */
export interface Span {
  start: number;
  end: number;
}

const overlaps = (a: Span, b: Span) => a.start < b.end && b.start < a.end;

/**
 * When an artist can work on a date: each of their intervals cut to the clinic's
 * opening hours that day, as instants in the clinic's zone (so the day a clock
 * changes has its real length). Nothing on a day off or a closure.
 */
export function workingSpans(date: string, artistWeekly: WorkingInterval[], opening: OpeningInterval[], closed: boolean, timeZone: string): Span[] {
  if (closed) return [];
  const weekday = isoWeekday(date);
  const spans: Span[] = [];
  for (const worked of artistWeekly.filter((interval) => interval.weekday === weekday)) {
    for (const open of opening.filter((interval) => interval.weekday === weekday)) {
      const starts = worked.starts > open.opens ? worked.starts : open.opens;
      const ends = worked.ends < open.closes ? worked.ends : open.closes;
      if (starts < ends) spans.push({ start: zonedInstant(date, starts, timeZone).getTime(), end: zonedInstant(date, ends, timeZone).getTime() });
    }
  }
  return spans.sort((a, b) => a.start - b.start);
}

export function fitsWithin(candidate: Span, spans: Span[]): boolean {
  return spans.some((span) => span.start <= candidate.start && candidate.end <= span.end);
}

export function isFree(candidate: Span, busy: Span[]): boolean {
  return !busy.some((taken) => overlaps(candidate, taken));
}

export interface SlotSearch {
  /** The artist's working spans of one day. */
  working: Span[];
  /** The artist's appointments that hold time. */
  busy: Span[];
  /** Each room's appointments, or null when no room is needed (consultations). */
  rooms: Map<string, Span[]> | null;
  durationMs: number;
  stepMs: number;
  /** Slots start on the step from this instant (the clinic's midnight), so 09:00, 09:15… */
  alignFrom: number;
  /** No slot starts before this (now). */
  notBefore: number;
}

/** Start times at which the artist, and a room when one is needed, are free for the whole duration. */
export function freeSlots(search: SlotSearch): { start: number; end: number; roomId: string | null }[] {
  const slots: { start: number; end: number; roomId: string | null }[] = [];
  for (const span of search.working) {
    const earliest = Math.max(span.start, search.notBefore);
    let start = search.alignFrom + Math.ceil((earliest - search.alignFrom) / search.stepMs) * search.stepMs;
    for (; start + search.durationMs <= span.end; start += search.stepMs) {
      const candidate = { start, end: start + search.durationMs };
      if (!isFree(candidate, search.busy)) continue;
      const roomId = search.rooms === null ? null : ([...search.rooms].find(([, taken]) => isFree(candidate, taken))?.[0] ?? undefined);
      if (roomId === undefined) continue;
      slots.push({ ...candidate, roomId });
    }
  }
  return slots;
}
