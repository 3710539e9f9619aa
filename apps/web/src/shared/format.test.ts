import { describe, expect, it } from 'vitest';
import { formatDateOfBirth, formatInstant } from './format';

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
