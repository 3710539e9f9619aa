import { describe, expect, it } from 'vitest';
import { mediumGrey } from '../test-support/session-fixtures';
import { lotChoices, presetLotId } from './pigment-choice';

describe('lot choices', () => {
  it('offers an empty lot only as unusable, after the usable ones, and never preselects it', () => {
    const [expired, inHand] = mediumGrey.lots;
    const restocked = { ...inHand!, id: '6b0d1e2f-3a4b-4c5d-8e6f-7a8b9c0d1e23', lotNumber: 'ZS-1125', expiresOn: '2031-01-01' };
    const lots = [expired!, { ...inHand!, quantity: 0 }, restocked];
    expect(lotChoices(lots).map(({ label, disabled }) => [label, disabled])).toEqual([
      ['ZS-1125 — expires 1 Jan 2031', false],
      ['ZS-0424 — expired 15 Jun 2030, cannot be used', true],
      ['ZS-0925 — out of stock, cannot be used', true],
    ]);
    expect(presetLotId({ ...mediumGrey, lots })).toBe(restocked.id);
    expect(presetLotId({ ...mediumGrey, lots: [expired!, { ...inHand!, quantity: 0 }] })).toBe('');
  });
});
