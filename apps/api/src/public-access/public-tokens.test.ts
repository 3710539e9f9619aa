import { describe, expect, it } from '@jest/globals';
import { tokenState } from './public-tokens.js';

describe('tokenState', () => {
  const now = new Date('2026-03-01T10:00:00Z');
  const later = new Date('2026-03-01T10:10:00Z');

  it('is live until it expires', () => {
    expect(tokenState({ purpose: 'manage_booking', expiresAt: later, usedAt: null, revokedAt: null }, now)).toBe('live');
    expect(tokenState({ purpose: 'manage_booking', expiresAt: now, usedAt: null, revokedAt: null }, now)).toBe('expired');
  });

  it('spends a single-use token by its use, and keeps a reusable one live', () => {
    expect(tokenState({ purpose: 'email_verification', expiresAt: later, usedAt: now, revokedAt: null }, now)).toBe('used');
    expect(tokenState({ purpose: 'manage_booking', expiresAt: later, usedAt: now, revokedAt: null }, now)).toBe('live');
  });

  it('says a revoked token is revoked, whatever else holds', () => {
    expect(tokenState({ purpose: 'email_verification', expiresAt: now, usedAt: now, revokedAt: now }, now)).toBe('revoked');
  });
});
