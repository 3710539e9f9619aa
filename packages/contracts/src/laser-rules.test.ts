import { describe, expect, it } from 'vitest';
import { smpAllowedFrom, tooCloseLaserSession } from './laser-rules.js';

const zone = 'America/New_York';

describe('smpAllowedFrom', () => {
  it('counts the healing days from the day the laser session ends on the clinic’s calendar', () => {
    // 02:30 UTC on 10 March is still 9 March in New York.
    expect(smpAllowedFrom(new Date('2027-03-10T02:30:00Z'), zone, 42)).toBe('2027-04-20');
  });

  it('crosses a change of clocks without losing a day', () => {
    expect(smpAllowedFrom(new Date('2027-10-30T15:00:00Z'), zone, 7)).toBe('2027-11-06');
  });
});

describe('tooCloseLaserSession', () => {
  const first = { id: 'first', startsAt: new Date('2027-01-04T15:00:00Z') };
  const second = { id: 'second', startsAt: new Date('2027-02-15T15:00:00Z') };

  it('allows a session exactly the spacing after another', () => {
    expect(tooCloseLaserSession([first], new Date('2027-02-15T14:00:00Z'), zone, 42)).toBeNull();
  });

  it('names a session less than the spacing before', () => {
    expect(tooCloseLaserSession([first], new Date('2027-02-14T15:00:00Z'), zone, 42)).toBe(first);
  });

  it('names a session less than the spacing after, for one booked between two', () => {
    expect(tooCloseLaserSession([first, second], new Date('2027-01-30T15:00:00Z'), zone, 42)).toBe(second);
  });

  it('finds nothing without other sessions', () => {
    expect(tooCloseLaserSession([], new Date('2027-01-30T15:00:00Z'), zone, 42)).toBeNull();
  });
});
