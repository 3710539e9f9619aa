import { describe, expect, it } from 'vitest';
import { sessionWindowsOnStart } from './plan-start';

/** Sessions planned before the catalogue, with their typed shade. */
const session = (number: number, shadeNote: string) => ({
  id: `s${number}`,
  number,
  kind: 'included' as const,
  pigments: [],
  shadeNote,
  shadeWarning: null,
  recorded: null,
  priceMinor: 0,
  includedReason: null,
  window: null,
  appointment: null,
});

describe('sessionWindowsOnStart', () => {
  it('opens session 1 at once and each later session in the clinic’s spacing window after the one before', () => {
    const plan = { sessions: [session(1, 'Soft black, diluted'), session(2, 'Soft black'), session(3, 'Dark grey')] };
    expect(sessionWindowsOnStart(plan, { sessionSpacingMinDays: 7, sessionSpacingMaxDays: 28 })).toEqual([
      'session 1 (Soft black, diluted) can be booked now',
      'session 2 (Soft black) 7–28 days after session 1 ends',
      'session 3 (Dark grey) 7–28 days after session 2 ends',
    ]);
  });
});
