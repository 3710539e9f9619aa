import { describe, expect, it } from 'vitest';
import { formatDate, formatDateOfBirth, formatInstant, formatTime } from './format';

describe('formatDateOfBirth', () => {
  it('gives the date and the age on the day', () => {
    expect(formatDateOfBirth('1985-04-12', '2026-04-11')).toBe('12 Apr 1985 (40)');
    expect(formatDateOfBirth('1985-04-12', '2026-04-12')).toBe('12 Apr 1985 (41)');
    expect(formatDateOfBirth(null, '2026-04-12')).toBe('—');
  });
});

describe('formatInstant', () => {
  it('shows an instant in the clinic’s zone, across a daylight-saving change', () => {
    expect(formatInstant('2026-03-08T06:30:00Z', 'America/New_York')).toBe('8 Mar 2026, 01:30');
    expect(formatInstant('2026-03-08T07:30:00Z', 'America/New_York')).toBe('8 Mar 2026, 03:30');
    expect(formatInstant('2026-03-08T07:30:00Z', 'Europe/London')).toBe('8 Mar 2026, 07:30');
  });
});

describe('formatTime', () => {
  it('uses the 24-hour clock, midnight as 00', () => {
    expect(formatTime('2026-03-08T05:15:00Z', 'America/New_York')).toBe('00:15');
    expect(formatTime('2026-03-09T21:45:09Z', 'America/New_York', { seconds: true })).toBe('17:45:09');
  });

  it('gives the same day as formatDate within an instant, on the clinic’s calendar', () => {
    expect(formatInstant('2026-12-03T23:30:00Z', 'Pacific/Auckland')).toBe(`${formatDate('2026-12-04')}, 12:30`);
  });
});
