import type { Eligibility } from '@smp/contracts';
import type { IconName } from './OutcomeIcon';

export interface EligibilityVerdict {
  /** `screening-needed` is the normal state of a new client (or a lapsed screening), not a finding: shown neutral, never red. */
  tone: 'eligible' | 'screening-needed' | 'not-eligible';
  icon: IconName;
  headline: string;
}

/** What the client page says about treatment today: red only for what the answers raised. */
export function eligibilityVerdict(eligibility: Eligibility): EligibilityVerdict {
  if (eligibility.eligible) return { tone: 'eligible', icon: 'check', headline: 'Eligible for treatment today' };
  switch (eligibility.status.state) {
    case 'none':
      return { tone: 'screening-needed', icon: 'circle', headline: 'Screening needed' };
    case 'expired':
      return { tone: 'screening-needed', icon: 'renew', headline: 'New screening needed' };
    default:
      // A missing signature on the treatment consent is a step still to take, like a screening, not a finding.
      return eligibility.reasons.length > 0 && eligibility.reasons.every((reason) => reason.code.startsWith('treatment_consent_'))
        ? { tone: 'screening-needed', icon: 'circle', headline: 'Treatment consent needed' }
        : { tone: 'not-eligible', icon: 'cross', headline: 'Not eligible for treatment today' };
  }
}
