import { describe, expect, it } from 'vitest';
import { addCalendarDays, addCalendarYears, dateInZone, dayAndTimeInZone, daysBetween, instantIso, isoWeekday, timeInZone, zonedInstant } from './clinic-time.js';

const NY = 'America/New_York';

describe('zonedInstant', () => {
  it('reads a wall-clock time in the clinic’s zone, in winter and summer', () => {
    expect(zonedInstant('2026-01-15', '09:00', NY).toISOString()).toBe('2026-01-15T14:00:00.000Z');
    expect(zonedInstant('2026-07-15', '09:00', NY).toISOString()).toBe('2026-07-15T13:00:00.000Z');
    expect(zonedInstant('2026-07-15', '09:00', 'Europe/London').toISOString()).toBe('2026-07-15T08:00:00.000Z');
  });

  it('is right on the days the clocks change', () => {
    // 8 March 2026: 02:00 EST becomes 03:00 EDT.
    expect(zonedInstant('2026-03-08', '01:30', NY).toISOString()).toBe('2026-03-08T06:30:00.000Z');
    expect(zonedInstant('2026-03-08', '09:00', NY).toISOString()).toBe('2026-03-08T13:00:00.000Z');
    expect(zonedInstant('2026-03-08', '02:30', NY).toISOString()).toBe('2026-03-08T07:30:00.000Z');
    // 1 November 2026: 02:00 EDT becomes 01:00 EST; 01:30 happens twice, the first counts.
    expect(zonedInstant('2026-11-01', '01:30', NY).toISOString()).toBe('2026-11-01T05:30:00.000Z');
    expect(zonedInstant('2026-11-01', '09:00', NY).toISOString()).toBe('2026-11-01T14:00:00.000Z');
  });

  it('round-trips with dateInZone and timeInZone', () => {
    const instant = zonedInstant('2026-03-29', '10:15', 'Europe/Berlin');
    expect([dateInZone(instant, 'Europe/Berlin'), timeInZone(instant, 'Europe/Berlin')]).toEqual(['2026-03-29', '10:15']);
  });
});

describe('calendar days', () => {
  it('adds days across month ends and daylight-saving changes alike', () => {
    expect(addCalendarDays('2026-03-01', 7)).toBe('2026-03-08');
    expect(addCalendarDays('2026-01-28', 28)).toBe('2026-02-25');
    expect(daysBetween('2026-03-01', '2026-03-29')).toBe(28);
  });

  it('adds years, keeping the day where the month has it', () => {
    expect(addCalendarYears('2026-03-14', 4)).toBe('2030-03-14');
    expect(addCalendarYears('2028-02-29', 1)).toBe('2029-02-28');
  });

  it('names ISO weekdays', () => {
    expect(isoWeekday('2026-03-02')).toBe(1);
    expect(isoWeekday('2026-03-08')).toBe(7);
  });
});

describe('instantIso', () => {
  it('writes an instant as Date#toISOString does', () => {
    const instants = [
      0,
      1,
      999,
      86_399_999,
      Date.UTC(2026, 2, 8, 6, 30),
      Date.UTC(2028, 1, 29, 23, 59, 59, 7),
      Date.UTC(1969, 11, 31, 23, 0, 0, 42),
      Date.UTC(9999, 11, 31, 23, 59, 59, 999),
    ];
    for (let instant = Date.UTC(2026, 0, 1); instant < Date.UTC(2027, 0, 1); instant += 7_919_993) instants.push(instant);
    for (const instant of instants) expect(instantIso(instant)).toBe(new Date(instant).toISOString());
  });
});

describe('dayAndTimeInZone', () => {
  it('says the clinic’s weekday, day, month and time, across midnight UTC', () => {
    expect(dayAndTimeInZone(new Date('2026-12-04T15:00:00.000Z'), NY)).toBe('Fri 4 Dec 10:00');
    expect(dayAndTimeInZone(new Date('2026-03-02T02:30:00.000Z'), NY)).toBe('Sun 1 Mar 21:30');
  });
});
