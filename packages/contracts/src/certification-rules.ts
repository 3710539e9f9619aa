import type { TreatmentStyle } from './consultations.js';

/** High-risk styles an artist may be booked for only with a current certification covering the style. */
export const STYLES_NEEDING_CERTIFICATION: readonly TreatmentStyle[] = ['edge_up'];

/** What the rules need to know of one of an artist's current certifications. */
export interface CertificationFacts {
  name: string;
  /** The last day it is valid, clinic calendar. */
  expiresOn: string;
  requiredForTreatment: boolean;
  covers: readonly string[];
  /** The last day an owner's override lets the artist work on past its expiry, if any. */
  overriddenUntil: string | null;
}

const sameName = (one: CertificationFacts, other: CertificationFacts) => one.name.trim().toLowerCase() === other.name.trim().toLowerCase();
const validOn = (certification: CertificationFacts, day: string) => certification.expiresOn >= day;

/**
 * The certifications an owner marked as required for treatment that have run out
 * on `day`: expired, not renewed (no certification of the same name valid that
 * day), and no owner's override in force. Any of them keeps the artist from
 * treatment work on that day.
 */
export function lapsedRequiredCertifications<Certification extends CertificationFacts>(certifications: readonly Certification[], day: string): Certification[] {
  return certifications.filter(
    (certification) =>
      certification.requiredForTreatment &&
      !validOn(certification, day) &&
      !(certification.overriddenUntil !== null && certification.overriddenUntil >= day) &&
      !certifications.some((other) => other !== certification && sameName(other, certification) && validOn(other, day)),
  );
}

/** Whether an artist may be booked for `style` on `day`: either the style needs no certification, or one valid that day (or overridden) covers it. */
export function certifiedForStyle(certifications: readonly CertificationFacts[], style: TreatmentStyle, day: string): boolean {
  if (!STYLES_NEEDING_CERTIFICATION.includes(style)) return true;
  return certifications.some(
    (certification) => certification.covers.includes(style) && (validOn(certification, day) || (certification.overriddenUntil !== null && certification.overriddenUntil >= day)),
  );
}
