import type { Eligibility, ScreeningStatus } from '@smp/contracts';
import { describe, expect, it } from 'vitest';
import { eligibilityVerdict } from './eligibility-verdict';

function eligibility(state: ScreeningStatus['state'], eligible: boolean): Eligibility {
  return {
    clientId: 'c1000000-0000-4000-8000-000000000001',
    on: '2026-03-10',
    eligible,
    reasons: [],
    override: null,
    status: { state, eligible, validUntil: null, deferUntil: null, openItems: 0 },
  };
}

describe('eligibilityVerdict', () => {
  it('calls a client never screened, or whose screening lapsed, neutral: a screening is needed, nothing was found', () => {
    expect(eligibilityVerdict(eligibility('none', false))).toEqual({ tone: 'screening-needed', icon: 'circle', headline: 'Screening needed' });
    expect(eligibilityVerdict(eligibility('expired', false))).toEqual({ tone: 'screening-needed', icon: 'renew', headline: 'New screening needed' });
  });

  it('keeps red for what the answers raised', () => {
    for (const state of ['defer', 'not_suitable', 'clearance_required'] as const) {
      expect(eligibilityVerdict(eligibility(state, false))).toMatchObject({ tone: 'not-eligible', headline: 'Not eligible for treatment today' });
    }
  });

  it('calls a missing treatment consent a step to take, not a finding, unless the answers raised something too', () => {
    const consent = { code: 'treatment_consent_missing' as const, message: 'The client has not signed the treatment consent.', questionId: null, until: null };
    const deferred = { code: 'deferred' as const, message: 'Treatment is deferred.', questionId: null, until: null };
    expect(eligibilityVerdict({ ...eligibility('clear', false), reasons: [consent] })).toEqual({ tone: 'screening-needed', icon: 'circle', headline: 'Treatment consent needed' });
    expect(eligibilityVerdict({ ...eligibility('defer', false), reasons: [deferred, consent] })).toMatchObject({ tone: 'not-eligible' });
  });

  it('says eligible when the screening allows it, or an owner overrode it', () => {
    expect(eligibilityVerdict(eligibility('clear', true))).toMatchObject({ tone: 'eligible', headline: 'Eligible for treatment today' });
    expect(eligibilityVerdict(eligibility('none', true))).toMatchObject({ tone: 'eligible' });
  });
});
