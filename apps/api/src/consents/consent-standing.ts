import type { ConsentState, IneligibilityCode } from '@smp/contracts';

/** The client's latest signature on a form, of whichever version. */
export interface LatestSignature {
  version: number;
  granted: boolean;
}

/** Where a client stands with one form, against the version in force (null when none is published). */
export function consentState(currentVersion: number | null, latest: LatestSignature | null): ConsentState {
  if (currentVersion === null) return 'unpublished';
  if (!latest) return 'not_signed';
  if (latest.version < currentVersion) return 'outdated';
  return latest.granted ? 'signed' : 'declined';
}

export interface TreatmentConsentStanding {
  /** Why treatment may not go ahead yet, or null. */
  blocks: IneligibilityCode | null;
  /** Treatment goes ahead, but the client signs the version in force at their next visit. */
  askAtNextVisit: boolean;
}

/**
 * Treatment consent on the version in force is required before session 1: until a
 * client has been treated, anything less blocks treatment. A client already treated
 * who signed an older version (or, treated before consents were kept, none) is not
 * turned away mid-plan: they are asked to sign the new version at their next visit.
 */
export function treatmentConsentStanding(state: ConsentState, treatedBefore: boolean): TreatmentConsentStanding {
  if (state === 'signed') return { blocks: null, askAtNextVisit: false };
  if (treatedBefore) return { blocks: null, askAtNextVisit: state !== 'unpublished' };
  const blocks: Record<Exclude<ConsentState, 'signed'>, IneligibilityCode> = {
    unpublished: 'treatment_consent_unpublished',
    outdated: 'treatment_consent_outdated',
    not_signed: 'treatment_consent_missing',
    // Treatment consent cannot be declined (the database refuses it); a decline would be no consent.
    declined: 'treatment_consent_missing',
  };
  return { blocks: blocks[state], askAtNextVisit: false };
}
