import { describe, expect, it } from 'vitest';
import { assignLanes, blockGeometry, currentTimeOffset, minuteAt, PIXELS_PER_MINUTE, visibleHours } from './calendar-layout';

const zone = 'America/New_York';
const range = { start: 8 * 60, end: 19 * 60 };
const at = (startsAt: string, endsAt: string, id = startsAt) => ({ id, startsAt, endsAt });

describe('blockGeometry', () => {
  it('places an appointment by the clinic’s clock: top from the first hour, height from its length', () => {
    expect(blockGeometry(at('2026-11-27T14:00:00.000Z', '2026-11-27T17:30:00.000Z'), '2026-11-27', range, zone)).toEqual({
      top: 60 * PIXELS_PER_MINUTE,
      height: 210 * PIXELS_PER_MINUTE,
    });
  });

  it('keeps 10:00 at the 10:00 line on the day the clocks go forward, and the day before', () => {
    const before = blockGeometry(at('2026-03-07T15:00:00.000Z', '2026-03-07T15:45:00.000Z'), '2026-03-07', range, zone);
    const changeDay = blockGeometry(at('2026-03-08T14:00:00.000Z', '2026-03-08T14:45:00.000Z'), '2026-03-08', range, zone);
    expect(changeDay).toEqual(before);
    expect(changeDay.top).toBe(120 * PIXELS_PER_MINUTE);
  });

  it('draws a short appointment tall enough to read, and cuts one that runs past the shown hours', () => {
    expect(blockGeometry(at('2026-11-27T14:00:00.000Z', '2026-11-27T14:05:00.000Z'), '2026-11-27', range, zone).height).toBe(20 * PIXELS_PER_MINUTE);
    expect(blockGeometry(at('2026-11-27T23:00:00.000Z', '2026-11-28T02:00:00.000Z'), '2026-11-27', range, zone)).toEqual({
      top: 10 * 60 * PIXELS_PER_MINUTE,
      height: 60 * PIXELS_PER_MINUTE,
    });
  });
});

describe('visibleHours', () => {
  it('runs from the earliest opening to the latest closing, widened to whole hours and to any appointment outside them', () => {
    const hours = [
      { opens: '09:00', closes: '18:00' },
      { opens: '10:00', closes: '14:30' },
    ];
    expect(visibleHours(hours, [], zone)).toEqual({ start: 9 * 60, end: 18 * 60 });
    expect(visibleHours(hours, [at('2026-11-27T12:30:00.000Z', '2026-11-27T13:15:00.000Z')], zone)).toEqual({
      start: 7 * 60,
      end: 18 * 60,
    });
    expect(visibleHours([], [], zone)).toEqual({ start: 8 * 60, end: 19 * 60 });
  });
});

describe('minuteAt', () => {
  it('snaps a pointer’s height to the slot step and keeps it inside the day', () => {
    expect(minuteAt(61 * PIXELS_PER_MINUTE, range, 15)).toBe(9 * 60);
    expect(minuteAt(68 * PIXELS_PER_MINUTE, range, 15)).toBe(9 * 60 + 15);
    expect(minuteAt(-40, range, 15)).toBe(8 * 60);
    expect(minuteAt(5000, range, 15)).toBe(19 * 60 - 15);
  });
});

describe('assignLanes', () => {
  it('puts overlapping appointments side by side and leaves the others full width', () => {
    const lanes = assignLanes([
      at('2026-11-27T14:00:00Z', '2026-11-27T16:00:00Z', 'a'),
      at('2026-11-27T15:00:00Z', '2026-11-27T15:30:00Z', 'b'),
      at('2026-11-27T15:30:00Z', '2026-11-27T17:00:00Z', 'c'),
      at('2026-11-27T18:00:00Z', '2026-11-27T19:00:00Z', 'd'),
    ]);
    expect(Object.fromEntries(lanes)).toEqual({
      a: { lane: 0, lanes: 2 },
      b: { lane: 1, lanes: 2 },
      c: { lane: 1, lanes: 2 },
      d: { lane: 0, lanes: 1 },
    });
  });
});

describe('currentTimeOffset', () => {
  it('draws the line at the clinic’s time in today’s column only, and not outside the hours shown', () => {
    // 14:30 in New York on 27 November 2026; in Tokyo already 04:30 on the 28th, before the hours shown.
    const now = new Date('2026-11-27T19:30:00.000Z');
    expect(currentTimeOffset(now, '2026-11-27', range, zone)).toBe((14 * 60 + 30 - 8 * 60) * PIXELS_PER_MINUTE);
    expect(currentTimeOffset(now, '2026-11-26', range, zone)).toBeNull();
    expect(currentTimeOffset(now, '2026-11-28', range, 'Asia/Tokyo')).toBeNull();
    // 20:30 in New York, after the last hour shown.
    expect(currentTimeOffset(new Date('2026-11-28T01:30:00.000Z'), '2026-11-27', range, zone)).toBeNull();
  });

  it('follows the clinic’s clock on the day the clocks go forward', () => {
    expect(currentTimeOffset(new Date('2026-03-08T14:00:00.000Z'), '2026-03-08', range, zone)).toBe(2 * 60 * PIXELS_PER_MINUTE);
  });
});
