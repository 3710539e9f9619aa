import { describe, expect, it } from 'vitest';
import { dayHoursText, parseDayHours, parseWeek } from './weekly-hours';

describe('weekly hours as typed', () => {
  it('shows a day’s intervals in order and reads them back', () => {
    const weekly = [
      { weekday: 1, starts: '14:00', ends: '18:00' },
      { weekday: 1, starts: '09:00', ends: '13:00' },
    ];
    expect(dayHoursText(weekly, 1)).toBe('09:00–13:00, 14:00–18:00');
    expect(parseDayHours('9:00-13:00,  14:00 – 18:00', 1)).toEqual([
      { weekday: 1, starts: '09:00', ends: '13:00' },
      { weekday: 1, starts: '14:00', ends: '18:00' },
    ]);
    expect(parseDayHours('', 7)).toEqual([]);
  });

  it('says what is wrong, per weekday', () => {
    expect(parseDayHours('9 to 5', 2)).toBe('Write hours as 09:00–13:00, with a comma between intervals');
    const { weekly, problems } = parseWeek({ 1: '09:00–13:00', 2: '18:00–09:00' });
    expect(weekly).toEqual([{ weekday: 1, starts: '09:00', ends: '13:00' }]);
    expect(problems.get(2)).toBe('18:00–09:00: the end must be after the start');
  });
});
