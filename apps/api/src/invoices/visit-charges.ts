import type { VisitInvoiceDraft } from '@smp/contracts';

type VisitLine = VisitInvoiceDraft['lines'][number];

export interface VisitFacts {
  status: string;
  lateCancellation: boolean | null;
  /** The plan session the visit is, if any, with its price on top of the plan's, and whether the plan's invoice bills it already. */
  planSession: { number: number; priceMinor: number; billedWithPlan: boolean } | null;
}

export interface FeePolicy {
  lateCancellationFeeMinor: number;
  noShowFeeMinor: number;
}

/**
 * What a visit owes by the clinic's rules: a charged plan session (the third on) when
 * it went ahead or is still to and its plan's invoice does not bill it already, the late-cancellation fee when it was cancelled late,
 * the no-show fee when the client did not come. A fee of zero charges nothing.
 */
export function visitCharges(visit: VisitFacts, policy: FeePolicy): VisitLine[] {
  if (visit.status === 'cancelled') {
    return visit.lateCancellation && policy.lateCancellationFeeMinor > 0
      ? [{ kind: 'late_cancellation_fee', description: 'Late cancellation fee', quantity: 1, unitPriceMinor: policy.lateCancellationFeeMinor }]
      : [];
  }
  if (visit.status === 'no_show') {
    return policy.noShowFeeMinor > 0 ? [{ kind: 'no_show_fee', description: 'No-show fee', quantity: 1, unitPriceMinor: policy.noShowFeeMinor }] : [];
  }
  if (visit.planSession && visit.planSession.priceMinor > 0 && !visit.planSession.billedWithPlan) {
    return [{ kind: 'session', description: `Session ${visit.planSession.number}`, quantity: 1, unitPriceMinor: visit.planSession.priceMinor }];
  }
  return [];
}
