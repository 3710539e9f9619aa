import type { PaymentMethod } from '@smp/contracts';

/**
 * The demo clinic's billing: SMP is usually untaxed in the US, so it has no tax rate
 * and lines are charged without tax; a deposit of a fifth of the plan a week before
 * session 1; fees for a late cancellation and a no-show (in cents). A fictional EIN.
 */
export const demoBilling = {
  taxId: '84-2719365',
  depositKind: 'percent',
  depositPercent: 20,
  depositDueDaysBefore: 7,
  lateCancellationFeeMinor: 5_000,
  noShowFeeMinor: 10_000,
} as const;

/** A payment of a plan's invoice, made when a recorded session ended: an amount, or what was still owed when none is given. */
export interface DemoPayment {
  afterSession: number;
  method: Exclude<PaymentMethod, 'gift_voucher'>;
  amountMinor?: number;
  reference?: string;
}

/**
 * A plan's money: the quote the client signed when the plan started, the deposit
 * paid by card then (the terminal's receipt reference), and, once sessions are
 * recorded, the plan's invoice issued when session 1 ended and the payments on it.
 */
export interface DemoPlanMoney {
  depositReference: string;
  payments: DemoPayment[];
}
