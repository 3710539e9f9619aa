import { z } from 'zod';
import { text, uuidParam } from './fields.js';
import { DEPOSIT_KINDS } from './money-rules.js';

/** An amount of money in minor units (cents) of the clinic's currency, more than zero. */
/** The most one amount, line or document may come to (1,000,000.00): well inside the database's integers, with tax on top. */
export const MAX_AMOUNT_MINOR = 100_000_000;

export const amountMinor = z.number('Enter an amount').int('Whole minor units (cents)').min(1, 'Must be more than zero').max(MAX_AMOUNT_MINOR, 'At most 1,000,000.00');

/** A price in minor units, zero allowed (a free line). */
export const priceMinor = z.number('Enter a price').int('Whole minor units (cents)').min(0, 'Must not be negative').max(MAX_AMOUNT_MINOR, 'At most 1,000,000.00');

export const currencyCode = text()
  .trim()
  .toUpperCase()
  .regex(/^[A-Z]{3}$/, 'Enter an ISO 4217 currency code, such as USD');

const staffRef = z.object({ id: z.uuid(), name: z.string() });
export { staffRef as moneyStaffRefSchema };

export const billingSettingsInputSchema = z
  .strictObject({
    taxId: text().trim().max(50, 'At most 50 characters').nullable().meta({ description: 'The clinic’s tax or VAT number, printed on invoices.' }),
    pricesIncludeTax: z.boolean().meta({ description: 'Whether prices already include tax (most of Europe) or have it added (the US).' }),
    deposit: z
      .discriminatedUnion('kind', [
        z.strictObject({ kind: z.literal('none') }),
        z.strictObject({ kind: z.literal('amount'), amountMinor }),
        z.strictObject({ kind: z.literal('percent'), percent: z.number('Enter a percentage').int('A whole percentage').min(1, 'At least 1%').max(100, 'At most 100%') }),
      ])
      .meta({ description: 'What a plan’s quote asks for as a deposit before session 1.' }),
    depositDueDaysBefore: z
      .number()
      .int()
      .min(0, 'At least 0 days')
      .max(60, 'At most 60 days')
      .meta({ description: 'Days before session 1 the deposit is due; a later booking has a day to pay.' }),
    lateCancellationFeeMinor: priceMinor.meta({ description: 'Charged for a cancellation flagged late; 0 for none.' }),
    noShowFeeMinor: priceMinor.meta({ description: 'Charged for a no-show; 0 for none.' }),
  })
  .meta({ id: 'BillingSettingsInput' });
export type BillingSettingsInput = z.input<typeof billingSettingsInputSchema>;

export const billingSettingsSchema = z
  .object({
    currency: z.string().length(3).meta({ description: 'The clinic’s currency (clinic settings).' }),
    taxId: z.string().nullable(),
    pricesIncludeTax: z.boolean(),
    deposit: z.object({ kind: z.enum(DEPOSIT_KINDS), amountMinor: z.number().int().nullable(), percent: z.number().int().nullable() }),
    depositDueDaysBefore: z.number().int(),
    lateCancellationFeeMinor: z.number().int(),
    noShowFeeMinor: z.number().int(),
  })
  .meta({ id: 'BillingSettings' });
export type BillingSettings = z.infer<typeof billingSettingsSchema>;

export const taxRateInputSchema = z
  .strictObject({
    name: text().trim().min(1, 'Required').max(40, 'At most 40 characters'),
    basisPoints: z
      .number('Enter a rate')
      .int('Whole hundredths of a percent')
      .min(0, 'Must not be negative')
      .max(10_000, 'At most 100%')
      .meta({ description: 'Hundredths of a percent: 2000 is 20%.' }),
    isDefault: z.boolean().default(false).meta({ description: 'The rate new lines get unless another is chosen.' }),
  })
  .meta({ id: 'TaxRateInput' });

export const taxRateSchema = z
  .object({ id: z.uuid(), name: z.string(), basisPoints: z.number().int(), isDefault: z.boolean(), archivedAt: z.iso.datetime().nullable() })
  .meta({ id: 'TaxRate' });
export type TaxRate = z.infer<typeof taxRateSchema>;

export const taxRateParamsSchema = uuidParam('Not a tax rate id');
export const taxRateListQuerySchema = z.object({
  archived: z
    .enum(['true', 'false'])
    .transform((value) => value === 'true')
    .optional()
    .meta({ description: 'true to include archived rates.' }),
});
