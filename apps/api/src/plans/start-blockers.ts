import { styleNeedsApprovedDesign, type PlanStartBlocker, type Plan, type TreatmentStyle } from '@smp/contracts';
import { DESIGN_MISSING } from '../designs/design-versions.js';

export const ASSESSMENT_MISSING = 'Record the assessment of the previous work';
export const CLEARANCE_MISSING = 'No doctor’s clearance on the client’s latest screening or on the plan';

/** What is known today about a draft plan's client and the plan itself. */
export interface PlanStartFacts {
  /** Whether the screening (or an owner's override of it) allows treatment today, and why not. */
  eligibility: { eligible: boolean; reasons: { message: string }[]; override: unknown };
  approvedDesign: boolean;
  /** A letter on the client's latest screening, a letter on the plan, or an owner's override of it. */
  clearanceOnFile: boolean;
  assessed: boolean;
}

/**
 * Why a plan cannot start today, in the order staff would deal with them; the same
 * rules `start` enforces. An owner's screening override also lets a hairline start
 * without an approved design.
 */
export function planStartBlockers(plan: { status: Plan['status']; style: TreatmentStyle }, facts: PlanStartFacts): PlanStartBlocker[] {
  if (plan.status !== 'draft') return [];
  const blockers: PlanStartBlocker[] = [];
  if (plan.style === 'correction' && !facts.assessed) blockers.push({ rule: 'assessment', message: ASSESSMENT_MISSING });
  if (!facts.eligibility.eligible) blockers.push({ rule: 'screening', message: facts.eligibility.reasons.map((reason) => reason.message).join(' ') });
  if (styleNeedsApprovedDesign(plan.style) && !facts.approvedDesign && !facts.eligibility.override) blockers.push({ rule: 'design', message: DESIGN_MISSING });
  if (plan.style === 'alopecia_medical' && !facts.clearanceOnFile) blockers.push({ rule: 'clearance', message: CLEARANCE_MISSING });
  return blockers;
}
