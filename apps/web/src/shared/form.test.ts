import { describe, expect, it } from 'vitest';
import { normaliseClockTime } from './form';

describe('normaliseClockTime', () => {
  it('reads the ways staff type a time as HH:MM on the 24-hour clock', () => {
    expect(normaliseClockTime('9:30')).toBe('09:30');
    expect(normaliseClockTime('930')).toBe('09:30');
    expect(normaliseClockTime('17.45')).toBe('17:45');
    expect(normaliseClockTime(' 08:05 ')).toBe('08:05');
  });

  it('leaves what is not a time for the schema to refuse', () => {
    expect(normaliseClockTime('9:30 pm')).toBe('9:30 pm');
    expect(normaliseClockTime('')).toBe('');
  });
});
