import type { Account } from '@smp/contracts';
import type { PaymentTarget } from '../payments/PaymentDialog';
import type { RefundTarget } from '../payments/RefundDialog';
import { formatMoney } from '../shared/money';

/** The invoices still owing something, oldest first, as things a payment may settle. */
export function invoicePaymentTargets(account: Account): PaymentTarget[] {
  return account.invoices
    .filter((invoice) => invoice.kind === 'invoice' && invoice.dueMinor > 0)
    .toReversed()
    .map((invoice) => ({
      purpose: 'invoice',
      label: `${invoice.number} (due ${formatMoney(invoice.dueMinor, invoice.currency)})`,
      invoiceId: invoice.id,
      planId: invoice.planId,
      owedMinor: invoice.dueMinor,
    }));
}

/**
 * What an owner may pay back while the clinic holds credit for the client: a credit
 * note not yet paid back in full, or the credit itself. Never more than is held.
 */
export function refundTargets(account: Account, planId: string | null = null): RefundTarget[] {
  const heldMinor = -account.balanceMinor;
  if (heldMinor <= 0) return [];
  const refundedFor = (creditNoteId: string) =>
    account.payments.filter((payment) => payment.kind === 'refund' && payment.invoice?.id === creditNoteId).reduce((sum, payment) => sum + payment.amountMinor, 0);
  const creditNotes = account.invoices
    .filter((document) => document.kind === 'credit_note')
    .map((note) => ({ label: note.number, creditNoteId: note.id, planId: note.planId, refundableMinor: Math.min(note.totalMinor - refundedFor(note.id), heldMinor) }))
    .filter((target) => target.refundableMinor > 0);
  return [...creditNotes, { label: 'credit held on the account', planId, refundableMinor: heldMinor }];
}
