import { describe, expect, it } from 'vitest';
import { signInHasLapsed } from './sign-in-lapse';

const session = { idleMinutes: 30, expiresAt: '2026-03-01T20:00:00.000Z' };
const at = (iso: string) => Date.parse(iso);

describe('signInHasLapsed', () => {
  it('holds while the app has been used within the idle minutes', () => {
    expect(signInHasLapsed(session, at('2026-03-01T10:00:00Z'), at('2026-03-01T10:29:59Z'))).toBe(false);
  });

  it('lapses after the idle minutes without a request', () => {
    expect(signInHasLapsed(session, at('2026-03-01T10:00:00Z'), at('2026-03-01T10:30:00Z'))).toBe(true);
  });

  it('lapses at its absolute end however busy', () => {
    expect(signInHasLapsed(session, at('2026-03-01T19:59:00Z'), at('2026-03-01T20:00:00Z'))).toBe(true);
  });
});
