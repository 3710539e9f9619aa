import { describe, expect, it } from '@jest/globals';
import { bookingWindow, checkCode, codeHash, daysWithin, managedStatus, MAX_CODE_ATTEMPTS, mayMoveOnline, newCode, withinWindow } from './booking-policy.js';

const ZONE = 'America/New_York';
const now = Date.parse('2026-03-02T15:00:00Z'); // 10:00 in New York, Monday 2 March

describe('codes', () => {
  const request = { id: '7d0c4f43-3b5c-4c1e-9a4b-1f7f1b9b2c11', codeHash: codeHash('7d0c4f43-3b5c-4c1e-9a4b-1f7f1b9b2c11', '042917'), failedAttempts: 0, createdAt: new Date(now) };

  it('makes six digits, leading zeros kept', () => {
    for (let i = 0; i < 50; i += 1) expect(newCode()).toMatch(/^\d{6}$/);
  });

  it('opens the request with its own code only', () => {
    expect(checkCode(request, '042917', new Date(now + 60_000))).toBe('right');
    expect(checkCode(request, '042918', new Date(now + 60_000))).toBe('wrong');
    expect(checkCode({ ...request, id: '00000000-0000-4000-8000-000000000000' }, '042917', new Date(now))).toBe('wrong');
  });

  it('locks after the last wrong attempt, and lapses after half an hour', () => {
    expect(checkCode({ ...request, failedAttempts: MAX_CODE_ATTEMPTS }, '042917', new Date(now))).toBe('locked');
    expect(checkCode(request, '042917', new Date(now + 30 * 60_000))).toBe('expired');
  });
});

describe('the booking window', () => {
  const window = bookingWindow(now, { minNoticeHours: 24, horizonDays: 14 }, ZONE);

  it('opens after the notice and closes after the horizon, in the clinic’s days', () => {
    expect(window.notBefore).toBe(now + 24 * 3_600_000);
    expect(window.lastDay).toBe('2026-03-16');
    expect(withinWindow(new Date(now + 23 * 3_600_000), window, ZONE)).toBe(false);
    expect(withinWindow(new Date(now + 24 * 3_600_000), window, ZONE)).toBe(true);
    expect(withinWindow(new Date('2026-03-16T22:00:00Z'), window, ZONE)).toBe(true);
    expect(withinWindow(new Date('2026-03-17T14:00:00Z'), window, ZONE)).toBe(false);
  });

  it('cuts the days asked for to the window', () => {
    expect(daysWithin({ from: '2026-02-20', to: '2026-03-05' }, window, ZONE)).toEqual({ from: '2026-03-03', to: '2026-03-05' });
    expect(daysWithin({ from: '2026-03-10', to: '2026-03-30' }, window, ZONE)).toEqual({ from: '2026-03-10', to: '2026-03-16' });
    expect(daysWithin({ from: '2026-04-01', to: '2026-04-05' }, window, ZONE)).toBeNull();
  });
});

describe('managing a booking', () => {
  it('moves online only while the booking is further off than the notice', () => {
    expect(mayMoveOnline(new Date(now + 25 * 3_600_000), now, { minNoticeHours: 24, horizonDays: 14 })).toBe(true);
    expect(mayMoveOnline(new Date(now + 23 * 3_600_000), now, { minNoticeHours: 24, horizonDays: 14 })).toBe(false);
  });

  it('shows a booking as booked until it begins', () => {
    expect(managedStatus('confirmed', new Date(now + 1), now)).toBe('booked');
    expect(managedStatus('booked', new Date(now), now)).toBe('past');
    expect(managedStatus('cancelled', new Date(now + 1), now)).toBe('cancelled');
  });
});
