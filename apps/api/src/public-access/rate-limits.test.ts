import { describe, expect, it } from '@jest/globals';
import { emailKey, secondsUntilNextWindow, windowStart } from './rate-limits.js';

describe('fixed windows', () => {
  it('puts every moment of a window under its start', () => {
    const start = Date.parse('2026-03-01T10:00:00Z');
    expect(windowStart(start, 600).toISOString()).toBe('2026-03-01T10:00:00.000Z');
    expect(windowStart(start + 599_999, 600).toISOString()).toBe('2026-03-01T10:00:00.000Z');
    expect(windowStart(start + 600_000, 600).toISOString()).toBe('2026-03-01T10:10:00.000Z');
  });

  it('says how long until the next window, in whole seconds, never zero', () => {
    const start = new Date('2026-03-01T10:00:00Z');
    expect(secondsUntilNextWindow(start, 600, start.getTime())).toBe(600);
    expect(secondsUntilNextWindow(start, 600, start.getTime() + 599_500)).toBe(1);
    expect(secondsUntilNextWindow(start, 600, start.getTime() + 600_000)).toBe(1);
  });
});

describe('emailKey', () => {
  it('counts an email however it is typed, and keeps no address', () => {
    const key = emailKey('Sam.Taylor@Example.com ');
    expect(key).toBe(emailKey('sam.taylor@example.com'));
    expect(key).toMatch(/^[0-9a-f]{64}$/);
  });

  it('has no key without an email', () => {
    expect(emailKey(undefined)).toBeNull();
    expect(emailKey(42)).toBeNull();
    expect(emailKey('  ')).toBeNull();
  });
});
