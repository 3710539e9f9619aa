import { describe, expect, it } from '@jest/globals';
import { lockThreshold, secondsLocked, signInDelayMs, signInPolicy } from './sign-in-throttle.js';

describe('signInDelayMs', () => {
  it('lets the first few mistakes through at full speed', () => {
    for (let failures = 0; failures < signInPolicy.slowAfter; failures += 1) expect(signInDelayMs(failures)).toBe(0);
  });

  it('doubles the wait with each further failure, up to a ceiling', () => {
    expect(signInDelayMs(3)).toBe(500);
    expect(signInDelayMs(4)).toBe(1_000);
    expect(signInDelayMs(5)).toBe(2_000);
    expect(signInDelayMs(50)).toBe(signInPolicy.maxDelayMs);
  });
});

describe('locks', () => {
  const now = new Date('2026-03-01T10:00:00Z');

  it('locks an account much sooner than an address shared by the front desk', () => {
    expect(lockThreshold('account')).toBeLessThan(lockThreshold('address'));
  });

  it('holds until the latest lock has passed', () => {
    expect(
      secondsLocked(
        [
          { scope: 'account', failures: 5, lockedUntil: new Date('2026-03-01T10:10:00.200Z') },
          { scope: 'address', failures: 2, lockedUntil: new Date('2026-03-01T10:02:00Z') },
        ],
        now,
      ),
    ).toBe(601);
  });

  it('is open once the lock time is over, or when nothing is locked', () => {
    expect(secondsLocked([{ scope: 'account', failures: 5, lockedUntil: new Date('2026-03-01T09:59:59Z') }], now)).toBe(0);
    expect(secondsLocked([{ scope: 'address', failures: 1, lockedUntil: null }], now)).toBe(0);
    expect(secondsLocked([], now)).toBe(0);
  });
});
