import { describe, expect, it } from '@jest/globals';
import { visitCharges } from './visit-charges.js';

const policy = { lateCancellationFeeMinor: 5000, noShowFeeMinor: 7500 };
const thirdSession = { number: 3, priceMinor: 40000, billedWithPlan: false };

describe('visitCharges', () => {
  it('charges a session priced on top of the plan, whether it went ahead or is still to', () => {
    for (const status of ['booked', 'completed']) {
      expect(visitCharges({ status, lateCancellation: null, planSession: thirdSession }, policy)).toEqual([
        { kind: 'session', description: 'Session 3', quantity: 1, unitPriceMinor: 40000 },
      ]);
    }
  });

  it('charges nothing for a session its plan’s invoice bills already', () => {
    expect(visitCharges({ status: 'completed', lateCancellation: null, planSession: { ...thirdSession, billedWithPlan: true } }, policy)).toEqual([]);
  });

  it('charges nothing for a session included in the plan, or a visit that is no plan session', () => {
    expect(visitCharges({ status: 'completed', lateCancellation: null, planSession: { number: 2, priceMinor: 0, billedWithPlan: false } }, policy)).toEqual([]);
    expect(visitCharges({ status: 'completed', lateCancellation: null, planSession: null }, policy)).toEqual([]);
  });

  it('charges the late-cancellation fee instead of the session when cancelled late, nothing when cancelled in time', () => {
    expect(visitCharges({ status: 'cancelled', lateCancellation: true, planSession: thirdSession }, policy)).toEqual([
      { kind: 'late_cancellation_fee', description: 'Late cancellation fee', quantity: 1, unitPriceMinor: 5000 },
    ]);
    expect(visitCharges({ status: 'cancelled', lateCancellation: false, planSession: thirdSession }, policy)).toEqual([]);
  });

  it('charges the no-show fee for a no-show', () => {
    expect(visitCharges({ status: 'no_show', lateCancellation: null, planSession: null }, policy)).toEqual([
      { kind: 'no_show_fee', description: 'No-show fee', quantity: 1, unitPriceMinor: 7500 },
    ]);
  });

  it('charges no fee the policy sets at zero', () => {
    const free = { lateCancellationFeeMinor: 0, noShowFeeMinor: 0 };
    expect(visitCharges({ status: 'no_show', lateCancellation: null, planSession: null }, free)).toEqual([]);
    expect(visitCharges({ status: 'cancelled', lateCancellation: true, planSession: null }, free)).toEqual([]);
  });
});
