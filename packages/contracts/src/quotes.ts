import { z } from 'zod';
import { text, uuidParam } from './fields.js';
import { priceMinor, moneyStaffRefSchema } from './billing.js';
import { signatureImage } from './screening.js';

export const QUOTE_LINE_KINDS = ['plan', 'session', 'extra', 'discount'] as const;
export type QuoteLineKind = (typeof QUOTE_LINE_KINDS)[number];

/** A line as staff enter it: a discount's price is the amount taken off, entered as a positive number. */
export const chargeLineInputSchema = <Kinds extends readonly [string, ...string[]]>(kinds: Kinds) =>
  z
    .strictObject({
      kind: z.enum(kinds),
      description: text().trim().min(1, 'Required').max(200, 'At most 200 characters'),
      quantity: z.number().int('A whole number').min(1, 'At least 1').max(99, 'At most 99').default(1),
      unitPriceMinor: priceMinor,
      taxRateId: z.uuid('Not a tax rate id').nullable().optional().meta({ description: 'The clinic’s default rate when not given; null for no tax.' }),
      discountReason: text().trim().min(3, 'Say why, in at least 3 characters').max(300, 'At most 300 characters').nullable().optional(),
    })
    .superRefine((line, ctx) => {
      if (line.kind === 'discount' && !line.discountReason) ctx.addIssue({ code: 'custom', path: ['discountReason'], message: 'Say why the discount is given' });
      if (line.kind !== 'discount' && line.discountReason) ctx.addIssue({ code: 'custom', path: ['discountReason'], message: 'Only a discount has a reason' });
      if (line.kind === 'discount' && line.unitPriceMinor === 0) ctx.addIssue({ code: 'custom', path: ['unitPriceMinor'], message: 'Must be more than zero' });
    });

export const quoteLineInputSchema = chargeLineInputSchema(QUOTE_LINE_KINDS).meta({ id: 'QuoteLineInput' });
export type QuoteLineInput = z.input<typeof quoteLineInputSchema>;

export const quoteInputSchema = z
  .strictObject({
    lines: z.array(quoteLineInputSchema).min(1, 'Add at least one line').max(50, 'At most 50 lines'),
    notes: text().trim().max(1000, 'At most 1000 characters').nullable().optional(),
  })
  .meta({ id: 'QuoteInput' });
export type QuoteInput = z.input<typeof quoteInputSchema>;

/** A line as written on a quote or invoice: its price signed (a discount's negative) and its tax worked out. */
export const chargeLineSchema = z
  .object({
    lineNumber: z.number().int(),
    kind: z.string(),
    description: z.string(),
    quantity: z.number().int(),
    unitPriceMinor: z.number().int().meta({ description: 'Negative for a discount.' }),
    discountReason: z.string().nullable(),
    taxName: z.string(),
    taxBasisPoints: z.number().int(),
    netMinor: z.number().int(),
    taxMinor: z.number().int(),
    totalMinor: z.number().int(),
  })
  .meta({ id: 'ChargeLine' });
export type ChargeLine = z.infer<typeof chargeLineSchema>;

export const QUOTE_STATUSES = ['presented', 'accepted', 'superseded'] as const;

export const quoteSchema = z
  .object({
    id: z.uuid(),
    planId: z.uuid(),
    clientId: z.uuid(),
    version: z.number().int(),
    status: z.enum(QUOTE_STATUSES).meta({ description: 'The plan’s latest quote is presented until the client signs it; every earlier one is superseded.' }),
    currency: z.string(),
    pricesIncludeTax: z.boolean(),
    lines: z.array(chargeLineSchema),
    netMinor: z.number().int(),
    taxMinor: z.number().int(),
    totalMinor: z.number().int(),
    depositMinor: z.number().int().meta({ description: 'What the deposit policy asked for when the quote was made.' }),
    notes: z.string().nullable(),
    createdBy: moneyStaffRefSchema,
    createdAt: z.iso.datetime(),
    acceptance: z
      .object({ signedName: z.string(), witnessedBy: moneyStaffRefSchema, acceptedAt: z.iso.datetime() })
      .nullable()
      .meta({ description: 'The client’s signature is at GET /api/quotes/:id/signature.' }),
  })
  .meta({ id: 'Quote' });
export type Quote = z.infer<typeof quoteSchema>;

export const quoteDraftSchema = z
  .object({
    lines: z.array(quoteLineInputSchema),
    pricesIncludeTax: z.boolean(),
    currency: z.string(),
  })
  .meta({ id: 'QuoteDraft', description: 'Lines from the price list for the plan’s style and sessions, to edit before presenting.' });
export type QuoteDraft = z.infer<typeof quoteDraftSchema>;

export const quoteAcceptanceInputSchema = z
  .strictObject({
    signedName: text().trim().min(2, 'Type the client’s full name').max(200, 'At most 200 characters'),
    signature: signatureImage,
  })
  .meta({ id: 'QuoteAcceptanceInput' });

export const quoteParamsSchema = uuidParam('Not a quote id');
