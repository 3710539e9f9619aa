import { describe, expect, it } from '@jest/globals';
import { visitLinkState } from './visit-link-state.js';

const now = new Date('2030-03-01T12:00:00Z');
const later = new Date('2030-03-03T10:00:00Z');
const earlier = new Date('2030-03-01T09:00:00Z');

describe('visitLinkState', () => {
  it('is usable until the link expires or the appointment starts, whichever comes first', () => {
    expect(visitLinkState({ expiresAt: later, usedAt: null }, later, now)).toBe('usable');
    expect(visitLinkState({ expiresAt: earlier, usedAt: null }, later, now)).toBe('expired');
    // Moved to a time already begun: the old link no longer acts on it.
    expect(visitLinkState({ expiresAt: later, usedAt: null }, earlier, now)).toBe('expired');
    expect(visitLinkState({ expiresAt: later, usedAt: earlier }, later, now)).toBe('used');
  });
});
