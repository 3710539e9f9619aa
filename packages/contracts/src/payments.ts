import { z } from 'zod';
import { text } from './fields.js';
import { amountMinor, currencyCode, moneyStaffRefSchema } from './billing.js';
import { invoiceSummarySchema } from './invoices.js';
import { quoteSchema } from './quotes.js';

export const PAYMENT_METHODS = ['cash', 'card', 'bank_transfer', 'gift_voucher'] as const;
export type PaymentMethod = (typeof PAYMENT_METHODS)[number];
/** What a payment is for: settling an invoice, a plan's deposit, or credit on the client's account (more than is owed, or in advance). */
export const PAYMENT_PURPOSES = ['invoice', 'deposit', 'credit'] as const;

const reference = text().trim().min(1, 'Required').max(100, 'At most 100 characters');

const moneyMovementFields = {
  method: z.enum(PAYMENT_METHODS, 'Choose how the money was paid'),
  amountMinor,
  currency: currencyCode.meta({ description: 'Must be the invoice’s, plan’s or clinic’s currency.' }),
  reference: reference.nullable().optional().meta({ description: 'The card terminal’s receipt reference (required for card), the transfer’s reference, the voucher’s code (required).' }),
  note: text().trim().max(500, 'At most 500 characters').nullable().optional(),
};

function referenceWhereNeeded(input: { method: PaymentMethod; reference?: string | null | undefined }, ctx: z.RefinementCtx): void {
  if (input.method === 'card' && !input.reference) ctx.addIssue({ code: 'custom', path: ['reference'], message: 'Enter the card terminal’s receipt reference' });
  if (input.method === 'gift_voucher' && !input.reference) ctx.addIssue({ code: 'custom', path: ['reference'], message: 'Enter the voucher’s code' });
}

export const paymentInputSchema = z
  .strictObject({
    clientId: z.uuid('Not a client id'),
    purpose: z.enum(PAYMENT_PURPOSES),
    invoiceId: z.uuid('Not an invoice id').nullable().optional().meta({ description: 'Required to settle an invoice; the amount must not exceed what it still owes.' }),
    planId: z.uuid('Not a plan id').nullable().optional().meta({ description: 'Required for a deposit (the plan’s accepted quote sets it).' }),
    ...moneyMovementFields,
    restAsCredit: z.boolean().optional().meta({ description: 'What exceeds what is owed is recorded as credit on the client’s account, in the same transaction, rather than refused.' }),
  })
  .superRefine((input, ctx) => {
    if (input.purpose === 'invoice' && !input.invoiceId) ctx.addIssue({ code: 'custom', path: ['invoiceId'], message: 'Choose the invoice paid' });
    if (input.purpose !== 'invoice' && input.invoiceId) ctx.addIssue({ code: 'custom', path: ['invoiceId'], message: 'Only a payment of an invoice names one' });
    if (input.purpose === 'deposit' && !input.planId) ctx.addIssue({ code: 'custom', path: ['planId'], message: 'Choose the plan the deposit is for' });
    referenceWhereNeeded(input, ctx);
  })
  .meta({ id: 'PaymentInput' });
export type PaymentInput = z.input<typeof paymentInputSchema>;

export const refundInputSchema = z
  .strictObject({
    clientId: z.uuid('Not a client id'),
    creditNoteId: z.uuid('Not a credit note id').nullable().optional().meta({
      description: 'The credit note paid back; without one, credit the client holds (an unused deposit, an overpayment) is paid back.',
    }),
    planId: z.uuid('Not a plan id').nullable().optional().meta({ description: 'Without a credit note: the plan whose held deposit is paid back.' }),
    ...moneyMovementFields,
    note: text().trim().min(3, 'Say why, in at least 3 characters').max(500, 'At most 500 characters'),
  })
  .superRefine(referenceWhereNeeded)
  .meta({ id: 'RefundInput' });
export type RefundInput = z.input<typeof refundInputSchema>;

export const paymentSchema = z
  .object({
    id: z.uuid(),
    kind: z.enum(['payment', 'refund']),
    purpose: z.enum([...PAYMENT_PURPOSES, 'refund']),
    clientId: z.uuid(),
    planId: z.uuid().nullable(),
    invoice: z.object({ id: z.uuid(), number: z.string() }).nullable().meta({ description: 'The invoice paid, or the credit note a refund pays back.' }),
    method: z.enum(PAYMENT_METHODS),
    amountMinor: z.number().int(),
    currency: z.string(),
    reference: z.string().nullable(),
    note: z.string().nullable(),
    receivedAt: z.iso.datetime(),
    recordedBy: moneyStaffRefSchema,
  })
  .meta({ id: 'Payment' });
export type Payment = z.infer<typeof paymentSchema>;

export const DEPOSIT_STATES = ['not_asked', 'awaiting_booking', 'due', 'overdue', 'paid'] as const;

export const depositStatusSchema = z
  .object({
    state: z.enum(DEPOSIT_STATES).meta({
      description: 'not_asked: no accepted quote asks for one; awaiting_booking: asked, session 1 not booked; due/overdue: before/after its deadline; paid.',
    }),
    requiredMinor: z.number().int(),
    paidMinor: z
      .number()
      .int()
      .meta({ description: 'Money paid on the plan (its deposit, and payments of its invoices), less refunds: the deposit is paid once this reaches what it asks.' }),
    dueAt: z.iso.datetime().nullable().meta({ description: 'From session 1’s booking and the clinic’s policy; null until session 1 is booked.' }),
  })
  .meta({ id: 'DepositStatus' });
export type DepositStatus = z.infer<typeof depositStatusSchema>;

/** A client's or a plan's account: every figure derived from invoices, credit notes, payments and refunds. */
export const accountSchema = z
  .object({
    currency: z.string(),
    invoicedMinor: z.number().int(),
    creditedMinor: z.number().int(),
    paidMinor: z.number().int().meta({ description: 'Payments less refunds.' }),
    balanceMinor: z.number().int().meta({ description: 'What the client owes; negative when the clinic holds credit for them.' }),
    invoices: z.array(invoiceSummarySchema).meta({ description: 'Invoices and credit notes, newest first.' }),
    payments: z.array(paymentSchema).meta({ description: 'Payments and refunds, newest first.' }),
  })
  .meta({ id: 'Account' });
export type Account = z.infer<typeof accountSchema>;

export const planAccountSchema = accountSchema
  .extend({
    quote: quoteSchema.nullable().meta({ description: 'The plan’s latest quote.' }),
    acceptedQuote: quoteSchema.nullable().meta({ description: 'The quote the client signed, when it is the latest.' }),
    deposit: depositStatusSchema,
    canInvoicePlan: z.boolean().meta({ description: 'An accepted quote exists and no invoice of it stands (uncredited).' }),
  })
  .meta({ id: 'PlanAccount' });
export type PlanAccount = z.infer<typeof planAccountSchema>;
