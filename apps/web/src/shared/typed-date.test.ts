import { describe, expect, it } from 'vitest';
import { dateFieldText, readTypedDate } from './typed-date';

describe('readTypedDate', () => {
  it('reads back the way the app shows a date, with or without the weekday', () => {
    expect(readTypedDate('3 Dec 2026')).toBe('2026-12-03');
    expect(readTypedDate('Thu 3 Dec 2026')).toBe('2026-12-03');
    expect(readTypedDate('  thursday, 3 december 2026 ')).toBe('2026-12-03');
    expect(readTypedDate('Dec 3, 2026')).toBe('2026-12-03');
    expect(readTypedDate('17 feb. 1986')).toBe('1986-02-17');
  });

  it('reads ISO dates', () => {
    expect(readTypedDate('2026-12-03')).toBe('2026-12-03');
    expect(readTypedDate('2026-2-3')).toBe('2026-02-03');
  });

  it('reads numbers in the clinic’s order', () => {
    expect(readTypedDate('3/12/2026', 'day-first')).toBe('2026-12-03');
    expect(readTypedDate('3.12.2026', 'day-first')).toBe('2026-12-03');
    expect(readTypedDate('3/12/2026', 'month-first')).toBe('2026-03-12');
    expect(readTypedDate('12/31/2026', 'day-first')).toBeNull();
  });

  it('refuses what is not a real day, or leaves the century to guess', () => {
    for (const typed of ['', '3 Dec', '3 Dec 26', '3/12/26', '31 Feb 2026', '2026-02-30', '3 Dex 2026', 'soon', '3 Dec 2026 at 10']) {
      expect(readTypedDate(typed, 'day-first')).toBeNull();
    }
  });

  it('refuses days outside the clinic’s calendar', () => {
    expect(readTypedDate('1 Jan 1066')).toBeNull();
  });
});

describe('dateFieldText', () => {
  it('shows a date as every page does, and anything else as it was typed', () => {
    expect(dateFieldText('2026-12-03')).toBe('3 Dec 2026');
    expect(dateFieldText('3 Dex')).toBe('3 Dex');
    expect(dateFieldText(null)).toBe('');
  });
});
