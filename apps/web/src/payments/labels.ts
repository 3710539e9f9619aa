import type { Payment, PaymentMethod } from '@smp/contracts';

export const paymentMethodLabels: Record<PaymentMethod, string> = {
  cash: 'Cash',
  card: 'Card',
  bank_transfer: 'Bank transfer',
  gift_voucher: 'Gift voucher',
};

/** What the reference of each method is called; cash has none. */
export const referenceLabels: Record<PaymentMethod, string | null> = {
  cash: null,
  card: 'Terminal receipt ref',
  bank_transfer: 'Transfer reference',
  gift_voucher: 'Voucher code',
};

/** Methods whose reference must be given: the card terminal's receipt, the voucher's code. */
export const referenceRequired: Record<PaymentMethod, boolean> = {
  cash: false,
  card: true,
  bank_transfer: false,
  gift_voucher: true,
};

export const paymentPurposeLabels: Record<Payment['purpose'], string> = {
  invoice: 'Invoice',
  deposit: 'Deposit',
  credit: 'Credit on account',
  refund: 'Refund',
};
