import { describe, expect, it } from '@jest/globals';
import { sessionPriceMinor } from './session-price.js';

describe('the price of a plan session', () => {
  it('is included for sessions 1 and 2, the first touch-up being session 2', () => {
    expect(sessionPriceMinor(1, 70_000)).toBe(0);
    expect(sessionPriceMinor(2, 70_000)).toBe(0);
  });

  it('is the extra-session price from the third session on', () => {
    expect(sessionPriceMinor(3, 70_000)).toBe(70_000);
    expect(sessionPriceMinor(4, 70_000)).toBe(70_000);
  });
});
