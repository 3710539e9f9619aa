import { describe, expect, it } from '@jest/globals';
import { consentState, treatmentConsentStanding } from './consent-standing.js';

describe('consent state', () => {
  it('is unpublished while the clinic has no version of the form', () => {
    expect(consentState(null, null)).toBe('unpublished');
  });

  it('compares the version signed with the one in force', () => {
    expect(consentState(2, null)).toBe('not_signed');
    expect(consentState(2, { version: 1, granted: true })).toBe('outdated');
    expect(consentState(2, { version: 2, granted: true })).toBe('signed');
  });

  it('keeps a decline of the version in force apart from a signature, and an older decline as outdated', () => {
    expect(consentState(1, { version: 1, granted: false })).toBe('declined');
    expect(consentState(2, { version: 1, granted: false })).toBe('outdated');
  });
});

describe('treatment consent before session 1', () => {
  it('lets treatment go ahead on the version in force, whether treated before or not', () => {
    expect(treatmentConsentStanding('signed', false)).toEqual({ blocks: null, askAtNextVisit: false });
    expect(treatmentConsentStanding('signed', true)).toEqual({ blocks: null, askAtNextVisit: false });
  });

  it('blocks a client not yet treated without a signature on the version in force', () => {
    expect(treatmentConsentStanding('not_signed', false).blocks).toBe('treatment_consent_missing');
    expect(treatmentConsentStanding('outdated', false).blocks).toBe('treatment_consent_outdated');
    expect(treatmentConsentStanding('unpublished', false).blocks).toBe('treatment_consent_unpublished');
  });

  it('asks a client already treated for the new version at the next visit, without blocking', () => {
    expect(treatmentConsentStanding('outdated', true)).toEqual({ blocks: null, askAtNextVisit: true });
    expect(treatmentConsentStanding('not_signed', true)).toEqual({ blocks: null, askAtNextVisit: true });
  });

  it('has nothing to ask for while no form is published, once the client is under way', () => {
    expect(treatmentConsentStanding('unpublished', true)).toEqual({ blocks: null, askAtNextVisit: false });
  });
});
