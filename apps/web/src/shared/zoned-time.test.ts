import { describe, expect, it } from 'vitest';
import { minutesOfDayIn, timeOfDay, todayIn } from './zoned-time';

describe('todayIn', () => {
  it('reads the date on the clinic’s calendar, not the browser’s', () => {
    const lateEveningInNewYork = new Date('2026-03-11T03:30:00Z');
    expect(todayIn('America/New_York', lateEveningInNewYork)).toBe('2026-03-10');
    expect(todayIn('Europe/Berlin', lateEveningInNewYork)).toBe('2026-03-11');
  });
});

describe('minutesOfDayIn', () => {
  it('reads the clinic’s wall clock on both sides of a daylight-saving change', () => {
    expect(minutesOfDayIn('2026-03-07T14:00:00Z', 'America/New_York')).toBe(9 * 60);
    expect(minutesOfDayIn('2026-03-09T14:00:00Z', 'America/New_York')).toBe(10 * 60);
    expect(minutesOfDayIn('2026-01-15T04:00:00Z', 'Asia/Kolkata')).toBe(9 * 60 + 30);
  });
});

describe('timeOfDay', () => {
  it('pads hours and minutes', () => {
    expect(timeOfDay(9 * 60 + 5)).toBe('09:05');
    expect(timeOfDay(18 * 60)).toBe('18:00');
  });
});
