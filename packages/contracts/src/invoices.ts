import { z } from 'zod';
import { isoDate, text, uuidParam } from './fields.js';
import { amountMinor, moneyStaffRefSchema } from './billing.js';
import { pageQuerySchema, pageSchema } from './pagination.js';
import { chargeLineInputSchema, chargeLineSchema } from './quotes.js';

/** What a visit's invoice can charge: a charged session, extras, discounts and the cancellation policy's fees. */
export const VISIT_LINE_KINDS = ['session', 'extra', 'discount', 'late_cancellation_fee', 'no_show_fee'] as const;
export const INVOICE_LINE_KINDS = ['plan', ...VISIT_LINE_KINDS, 'credit'] as const;
export type InvoiceLineKind = (typeof INVOICE_LINE_KINDS)[number];

export const visitLineInputSchema = chargeLineInputSchema(VISIT_LINE_KINDS).meta({ id: 'VisitLineInput' });
export type VisitLineInput = z.input<typeof visitLineInputSchema>;

export const visitInvoiceInputSchema = z.strictObject({ lines: z.array(visitLineInputSchema).min(1, 'Add at least one line').max(50, 'At most 50 lines') }).meta({ id: 'VisitInvoiceInput' });

export const visitInvoiceDraftSchema = z
  .object({
    lines: z.array(visitLineInputSchema).meta({ description: 'A charged session at the price list’s price, or the fee a late cancellation or no-show owes; empty when nothing is due.' }),
    pricesIncludeTax: z.boolean(),
    currency: z.string(),
    invoiced: z.array(z.object({ id: z.uuid(), number: z.string() })).meta({ description: 'Invoices already issued for this visit.' }),
  })
  .meta({ id: 'VisitInvoiceDraft' });
export type VisitInvoiceDraft = z.infer<typeof visitInvoiceDraftSchema>;

export const creditNoteInputSchema = z
  .strictObject({
    reason: text().trim().min(3, 'Say why, in at least 3 characters').max(500, 'At most 500 characters'),
    lines: z
      .array(
        z.strictObject({
          lineNumber: z.number().int().min(1).meta({ description: 'The invoice line taken back.' }),
          totalMinor: amountMinor.meta({ description: 'How much of that line’s total (tax included) is taken back.' }),
        }),
      )
      .min(1, 'Credit at least one line')
      .max(50),
  })
  .meta({ id: 'CreditNoteInput' });
export type CreditNoteInput = z.input<typeof creditNoteInputSchema>;

export const INVOICE_KINDS = ['invoice', 'credit_note'] as const;
export const INVOICE_PAYMENT_STATES = ['unpaid', 'part_paid', 'paid', 'credited'] as const;

export const invoiceSummarySchema = z
  .object({
    id: z.uuid(),
    kind: z.enum(INVOICE_KINDS),
    number: z.string().meta({ description: 'INV-2026-0001, CN-2026-0001: gapless per kind and year.' }),
    client: z.object({ id: z.uuid(), name: z.string() }),
    planId: z.uuid().nullable(),
    appointmentId: z.uuid().nullable(),
    creditedInvoice: z.object({ id: z.uuid(), number: z.string() }).nullable(),
    issuedAt: z.iso.datetime(),
    issuedOn: z.string().meta({ description: 'Clinic calendar date.' }),
    currency: z.string(),
    netMinor: z.number().int(),
    taxMinor: z.number().int(),
    totalMinor: z.number().int(),
    creditedMinor: z.number().int().meta({ description: 'Taken back by credit notes (invoices only; 0 on a credit note).' }),
    paidMinor: z.number().int().meta({ description: 'Settled by payments, derived from the ledger (invoices only).' }),
    dueMinor: z.number().int().meta({ description: 'Total less credited less paid (invoices only).' }),
    state: z.enum(INVOICE_PAYMENT_STATES),
  })
  .meta({ id: 'InvoiceSummary' });
export type InvoiceSummary = z.infer<typeof invoiceSummarySchema>;

export const invoiceSchema = invoiceSummarySchema
  .extend({
    reason: z.string().nullable(),
    pricesIncludeTax: z.boolean(),
    seller: z.object({ name: z.string(), address: z.string().nullable(), taxId: z.string().nullable(), phone: z.string().nullable(), email: z.string().nullable() }),
    buyer: z.object({ name: z.string(), address: z.string().nullable(), email: z.string().nullable() }),
    lines: z.array(chargeLineSchema.extend({ creditedLineNumber: z.number().int().nullable() })),
    creditNotes: z.array(z.object({ id: z.uuid(), number: z.string(), totalMinor: z.number().int(), issuedAt: z.iso.datetime() })),
    issuedBy: moneyStaffRefSchema,
  })
  .meta({ id: 'Invoice' });
export type Invoice = z.infer<typeof invoiceSchema>;

export const invoiceParamsSchema = uuidParam('Not an invoice id');

export const invoiceListQuerySchema = pageQuerySchema
  .extend({
    clientId: z.uuid('Not a client id').optional(),
    planId: z.uuid('Not a plan id').optional(),
    kind: z.enum(INVOICE_KINDS).optional(),
    from: isoDate.optional().meta({ description: 'Issued on or after, clinic calendar.' }),
    to: isoDate.optional().meta({ description: 'Issued on or before, clinic calendar.' }),
  })
  .refine((query) => !query.from || !query.to || query.from <= query.to, { path: ['to'], error: 'Must not be before the start' });

export const invoicePageSchema = pageSchema(invoiceSummarySchema).meta({ id: 'InvoicePage' });
