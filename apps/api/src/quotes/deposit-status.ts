import { depositDueAt, type DepositStatus } from '@smp/contracts';

/** What a plan's deposit depends on, read from its accepted quote, session 1's booking and its payments. */
export interface DepositFacts {
  /** The deposit the plan's accepted quote asks for; null when the plan has no accepted quote. */
  requiredMinor: number | null;
  /** Session 1's holding appointment: when it starts and when it was booked; null while unbooked. */
  sessionOne: { startsAt: Date; bookedAt: Date } | null;
  /** Payments on the plan, whatever their purpose, less refunds on it. */
  paidMinor: number;
}

export interface DepositPolicyTiming {
  depositDueDaysBefore: number;
  timeZone: string;
}

/**
 * Where a plan's deposit stands at `now`. Paid as soon as the plan's payments cover
 * it, booked or not; otherwise its deadline runs from session 1's booking.
 */
export function depositStatus(facts: DepositFacts, policy: DepositPolicyTiming, now: Date): DepositStatus {
  const requiredMinor = facts.requiredMinor ?? 0;
  const paidMinor = facts.paidMinor;
  const dueAt = facts.sessionOne
    ? depositDueAt({ sessionStartsAt: facts.sessionOne.startsAt, bookedAt: facts.sessionOne.bookedAt, daysBefore: policy.depositDueDaysBefore, timeZone: policy.timeZone })
    : null;
  const status = (state: DepositStatus['state']): DepositStatus => ({ state, requiredMinor, paidMinor, dueAt: dueAt?.toISOString() ?? null });
  if (requiredMinor === 0) return status('not_asked');
  if (paidMinor >= requiredMinor) return status('paid');
  if (!dueAt) return status('awaiting_booking');
  return status(now.getTime() > dueAt.getTime() ? 'overdue' : 'due');
}
