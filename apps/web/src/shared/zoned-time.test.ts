import { describe, expect, it } from 'vitest';
import { addDays, instantIn, startOfDayIn, todayIn } from './zoned-time';

describe('startOfDayIn', () => {
  it('gives the instant a day begins in the zone, on both sides of a daylight-saving change', () => {
    expect(startOfDayIn('2026-03-08', 'America/New_York')).toBe('2026-03-08T05:00:00.000Z');
    expect(startOfDayIn('2026-03-09', 'America/New_York')).toBe('2026-03-09T04:00:00.000Z');
    expect(startOfDayIn('2026-07-01', 'Europe/London')).toBe('2026-06-30T23:00:00.000Z');
    expect(startOfDayIn('2026-01-15', 'Asia/Kolkata')).toBe('2026-01-14T18:30:00.000Z');
  });
});

describe('todayIn', () => {
  it('reads the date on the clinic’s calendar, not the browser’s', () => {
    const lateEveningInNewYork = new Date('2026-03-11T03:30:00Z');
    expect(todayIn('America/New_York', lateEveningInNewYork)).toBe('2026-03-10');
    expect(todayIn('Europe/Berlin', lateEveningInNewYork)).toBe('2026-03-11');
  });
});

describe('addDays', () => {
  it('crosses month and year ends', () => {
    expect(addDays('2026-02-28', 1)).toBe('2026-03-01');
    expect(addDays('2026-12-31', 1)).toBe('2027-01-01');
    expect(addDays('2026-01-10', 30)).toBe('2026-02-09');
  });
});

describe('instantIn', () => {
  it('reads a date and time on the clinic’s clock, whatever the browser’s zone', () => {
    expect(instantIn('2026-07-01', '14:05', 'Europe/London')).toBe('2026-07-01T13:05:00.000Z');
    expect(instantIn('2026-01-15', '09:30', 'America/New_York')).toBe('2026-01-15T14:30:00.000Z');
    expect(instantIn('2026-01-15', '09:30', 'Asia/Kolkata')).toBe('2026-01-15T04:00:00.000Z');
  });

  it('moves a time the clocks skip forward, and takes the first of a time they show twice', () => {
    expect(instantIn('2026-03-08', '01:59', 'America/New_York')).toBe('2026-03-08T06:59:00.000Z');
    expect(instantIn('2026-03-08', '02:30', 'America/New_York')).toBe('2026-03-08T07:30:00.000Z');
    expect(instantIn('2026-03-08', '03:00', 'America/New_York')).toBe('2026-03-08T07:00:00.000Z');
    expect(instantIn('2026-11-01', '01:30', 'America/New_York')).toBe('2026-11-01T05:30:00.000Z');
    expect(instantIn('2026-10-25', '02:30', 'Europe/Berlin')).toBe('2026-10-25T00:30:00.000Z');
  });
});
