import { problemTypes, type Slot, type SessionWindow } from '@smp/contracts';
import { ApiProblem } from '../api/http';

/** The booking rules an owner may set aside with a written reason; a double booking is never allowed. */
const OVERRIDABLE = new Set<string>([
  problemTypes.outsideWorkingHours,
  problemTypes.outsideSessionWindow,
  problemTypes.notEligible,
  problemTypes.laserSpacing,
  problemTypes.beforeLaserHealing,
]);

export interface Refusal {
  /** What the rule says, in the API's words (they name the days and hours). */
  message: string;
  /** The spacing window that was missed, to search for allowed slots inside it. */
  window: SessionWindow | null;
  overridable: boolean;
}

/** A 409 that refused a booking or a move, in words for the front desk; null for any other failure. */
export function refusalOf(error: unknown): Refusal | null {
  if (!(error instanceof ApiProblem) || error.status !== 409) return null;
  const { problem } = error;
  const reasons = problem.type === problemTypes.notEligible && Array.isArray(problem.reasons) ? (problem.reasons as { message: string }[]) : [];
  const message = reasons.length > 0 ? `Treatment cannot go ahead: ${reasons.map((reason) => reason.message).join(' ')}` : error.message;
  const window = problem.type === problemTypes.outsideSessionWindow ? ((problem.window as SessionWindow | undefined) ?? null) : null;
  return { message, window, overridable: OVERRIDABLE.has(problem.type) };
}

/** The free slots closest in time to the one asked for, earliest first. */
export function nearestSlots(slots: Slot[], wanted: string, count = 3): Slot[] {
  const target = Date.parse(wanted);
  return [...slots]
    .sort((a, b) => Math.abs(Date.parse(a.startsAt) - target) - Math.abs(Date.parse(b.startsAt) - target))
    .slice(0, count)
    .sort((a, b) => a.startsAt.localeCompare(b.startsAt));
}
