import { describe, expect, it } from '@jest/globals';
import { draftLines } from './quote-draft.js';

describe('a plan’s draft quote', () => {
  it('charges the plan’s price for sessions 1 and 2, and each charged session on its own line', () => {
    expect(
      draftLines({
        style: 'womens_density',
        quotedPriceMinor: 250_000,
        sessions: [
          { number: 3, priceMinor: 40_000 },
          { number: 1, priceMinor: 0 },
          { number: 2, priceMinor: 0 },
        ],
      }),
    ).toEqual([
      { kind: 'plan', description: 'Women’s density plan — sessions 1 and 2', quantity: 1, unitPriceMinor: 250_000 },
      { kind: 'session', description: 'Session 3', quantity: 1, unitPriceMinor: 40_000 },
    ]);
  });

  it('leaves out a session included in the plan’s price', () => {
    expect(draftLines({ style: 'density', quotedPriceMinor: 300_000, sessions: [1, 2, 3].map((number) => ({ number, priceMinor: 0 })) })).toHaveLength(1);
  });
});
