import { describe, expect, it } from '@jest/globals';
import { nextSessionWindow, startsWithin, windowUrgency, zonedInstant, type OpeningInterval, type WorkingInterval } from '@smp/contracts';
import { BusyTime, fitsWithin, freeSlots, workingSpans } from './working-time.js';

const NY = 'America/New_York';
const weekdays = (starts: string, ends: string, days = [1, 2, 3, 4, 5, 6, 7]) => days.map((weekday) => ({ weekday, starts, ends }));
const opening = (opens: string, closes: string, days = [1, 2, 3, 4, 5, 6, 7]): OpeningInterval[] => days.map((weekday) => ({ weekday, opens, closes }));
const at = (date: string, time: string) => zonedInstant(date, time, NY).getTime();
const iso = (instant: number) => new Date(instant).toISOString();

describe('working hours', () => {
  it('are the artist’s hours cut to the clinic’s opening hours, with breaks as gaps', () => {
    const artist: WorkingInterval[] = [
      { weekday: 1, starts: '08:00', ends: '12:30' },
      { weekday: 1, starts: '13:30', ends: '19:00' },
    ];
    const spans = workingSpans('2026-03-02', artist, opening('09:00', '18:00'), false, NY);
    expect(spans.map((span) => [iso(span.start), iso(span.end)])).toEqual([
      ['2026-03-02T14:00:00.000Z', '2026-03-02T17:30:00.000Z'],
      ['2026-03-02T18:30:00.000Z', '2026-03-02T23:00:00.000Z'],
    ]);
    expect(fitsWithin({ start: at('2026-03-02', '12:00'), end: at('2026-03-02', '12:30') }, spans)).toBe(true);
    expect(fitsWithin({ start: at('2026-03-02', '12:00'), end: at('2026-03-02', '14:00') }, spans)).toBe(false);
  });

  it('are none on a day off, a closure, or a weekday the artist does not work', () => {
    expect(workingSpans('2026-03-02', weekdays('09:00', '17:00'), opening('09:00', '18:00'), true, NY)).toEqual([]);
    expect(workingSpans('2026-03-08', weekdays('09:00', '17:00', [1, 2, 3, 4, 5]), opening('09:00', '18:00'), false, NY)).toEqual([]);
  });

  it('keep their wall-clock times through a week with a daylight-saving change', () => {
    // Week of 2 to 8 March 2026 and the Sunday the clocks go forward (8 March).
    const days = ['2026-03-06', '2026-03-07', '2026-03-08', '2026-03-09'];
    const spans = days.map((day) => workingSpans(day, weekdays('09:00', '17:00'), opening('09:00', '18:00'), false, NY)[0]!);
    expect(spans.map((span) => [iso(span.start), iso(span.end)])).toEqual([
      ['2026-03-06T14:00:00.000Z', '2026-03-06T22:00:00.000Z'],
      ['2026-03-07T14:00:00.000Z', '2026-03-07T22:00:00.000Z'],
      ['2026-03-08T13:00:00.000Z', '2026-03-08T21:00:00.000Z'],
      ['2026-03-09T13:00:00.000Z', '2026-03-09T21:00:00.000Z'],
    ]);
    expect(spans.every((span) => span.end - span.start === 8 * 3_600_000)).toBe(true);
  });
});

describe('the spacing window', () => {
  it('opens 7 and closes 28 calendar days after the session before ends', () => {
    const window = nextSessionWindow(new Date(at('2026-03-02', '15:30')), NY, 7, 28);
    expect(window).toEqual({ opensOn: '2026-03-09', closesOn: '2026-03-30' });
    expect(startsWithin(window, new Date(at('2026-03-09', '09:00')), NY)).toBe(true);
    expect(startsWithin(window, new Date(at('2026-03-30', '17:00')), NY)).toBe(true);
    expect(startsWithin(window, new Date(at('2026-03-07', '09:00')), NY)).toBe(false);
    expect(startsWithin(window, new Date(at('2026-03-31', '09:00')), NY)).toBe(false);
  });

  it('counts days in the clinic’s calendar, across a daylight-saving change and late evenings', () => {
    // Ends 22:30 on 1 March in New York, which is already 2 March in UTC.
    expect(nextSessionWindow(new Date(at('2026-03-01', '22:30')), NY, 7, 28)).toEqual({ opensOn: '2026-03-08', closesOn: '2026-03-29' });
  });

  it('tells reception how urgent a window is', () => {
    const window = { opensOn: '2026-03-09', closesOn: '2026-03-30' };
    expect(windowUrgency(window, '2026-03-05')).toBe('not_yet_open');
    expect(windowUrgency(window, '2026-03-10')).toBe('open');
    expect(windowUrgency(window, '2026-03-27')).toBe('closing_soon');
    expect(windowUrgency(window, '2026-03-31')).toBe('overdue');
  });
});

describe('free slots', () => {
  const day = '2026-03-02';
  const working = workingSpans(day, weekdays('09:00', '13:00'), opening('09:00', '18:00'), false, NY);
  const base = { working, durationMs: 60 * 60_000, stepMs: 15 * 60_000, alignFrom: at(day, '00:00'), notBefore: 0 };

  it('start on the step and end within the working day', () => {
    const slots = freeSlots({ ...base, busy: new BusyTime([]), rooms: null });
    expect(slots.map((slot) => iso(slot.start))[0]).toBe(iso(at(day, '09:00')));
    expect(slots.at(-1)!.end).toBe(at(day, '13:00'));
    expect(slots).toHaveLength(13);
  });

  it('step around the artist’s appointments and need a free room', () => {
    const busy = new BusyTime([{ start: at(day, '10:00'), end: at(day, '11:00') }]);
    const rooms = new Map([['chair-1', new BusyTime([{ start: at(day, '11:00'), end: at(day, '13:00') }])]]);
    const slots = freeSlots({ ...base, busy, rooms });
    expect(slots.map((slot) => new Date(slot.start).toISOString().slice(11, 16))).toEqual(['14:00']);
    expect(slots[0]!.roomId).toBe('chair-1');
  });

  it('never start in the past', () => {
    expect(freeSlots({ ...base, busy: new BusyTime([]), rooms: null, notBefore: at(day, '11:05') })[0]!.start).toBe(at(day, '11:15'));
  });
});

describe('busy time', () => {
  const span = (start: number, end: number) => ({ start, end });

  it('joins overlapping and touching appointments given in any order', () => {
    // A long booking that holds a shorter one inside it, and one that starts as another ends.
    const isFree = new BusyTime([span(50, 60), span(10, 40), span(15, 20), span(40, 45)]).reader(0);
    expect([span(0, 10), span(20, 30), span(44, 46), span(45, 50), span(55, 70), span(60, 90)].map(isFree)).toEqual([true, false, false, true, false, true]);
  });

  it('answers from any starting instant, as a search that begins mid-week does', () => {
    const busy = new BusyTime([span(10, 20), span(30, 40), span(50, 60)]);
    expect(busy.reader(35)(span(35, 36))).toBe(false);
    expect(busy.reader(41)(span(41, 50))).toBe(true);
    expect(busy.reader(100)(span(100, 200))).toBe(true);
  });
});
