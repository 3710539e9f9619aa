import { isoWeekday, zonedInstant, type OpeningInterval, type WorkingInterval } from '@smp/contracts';

/** A span of time between two instants, in epoch milliseconds, end excluded. */
export interface Span {
  start: number;
  end: number;
}

/**
 * When an artist can work on a date at a location: each of their intervals there cut
 * to its opening hours that day, as instants in its zone (so the day a clock changes
 * has its real length). Nothing on a day off or a closure.
 */
export function workingSpans(date: string, artistWeekly: readonly WorkingInterval[], opening: readonly OpeningInterval[], closed: boolean, timeZone: string): Span[] {
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

/**
 * Time that is taken, as disjoint spans in time order: built once per search and
 * asked about by every candidate start (thousands in a week for twenty artists).
 */
export class BusyTime {
  private readonly spans: Span[] = [];

  constructor(taken: Span[]) {
    for (const span of [...taken].sort((a, b) => a.start - b.start)) {
      const last = this.spans.at(-1);
      if (last && span.start <= last.end) last.end = Math.max(last.end, span.end);
      else this.spans.push({ ...span });
    }
  }

  /** Answers "is this free?" for candidates asked in ascending start order from `from` on, in amortised constant time. */
  reader(from: number): (candidate: Span) => boolean {
    let low = 0;
    let high = this.spans.length;
    while (low < high) {
      const middle = (low + high) >> 1;
      if (this.spans[middle]!.end <= from) low = middle + 1;
      else high = middle;
    }
    let next = low;
    return (candidate) => {
      while (next < this.spans.length && this.spans[next]!.end <= candidate.start) next += 1;
      const first = this.spans[next];
      return first === undefined || first.start >= candidate.end;
    };
  }
}

export interface SlotSearch {
  /** The artist's working spans of one day. */
  working: Span[];
  /** The artist's appointments that hold time. */
  busy: BusyTime;
  /** Each room's appointments, or null when no room is needed (consultations). */
  rooms: Map<string, BusyTime> | null;
  durationMs: number;
  stepMs: number;
  /** Slots start on the step from this instant (the location's midnight), so 09:00, 09:15… */
  alignFrom: number;
  /** No slot starts before this (now). */
  notBefore: number;
}

/** Start times at which the artist, and a room when one is needed, are free for the whole duration. */
export function freeSlots(search: SlotSearch): { start: number; end: number; roomId: string | null }[] {
  const slots: { start: number; end: number; roomId: string | null }[] = [];
  const working = [...search.working].sort((a, b) => a.start - b.start);
  const from = working[0]?.start ?? 0;
  const artistIsFree = search.busy.reader(from);
  const rooms = search.rooms === null ? null : [...search.rooms].map(([roomId, taken]) => ({ roomId, isFree: taken.reader(from) }));
  for (const span of working) {
    const earliest = Math.max(span.start, search.notBefore);
    let start = search.alignFrom + Math.ceil((earliest - search.alignFrom) / search.stepMs) * search.stepMs;
    for (; start + search.durationMs <= span.end; start += search.stepMs) {
      const candidate = { start, end: start + search.durationMs };
      if (!artistIsFree(candidate)) continue;
      if (rooms === null) {
        slots.push({ start, end: candidate.end, roomId: null });
        continue;
      }
      const room = rooms.find(({ isFree }) => isFree(candidate));
      if (room) slots.push({ start, end: candidate.end, roomId: room.roomId });
    }
  }
  return slots;
}
