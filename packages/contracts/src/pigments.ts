import { z } from 'zod';
import { isoDate, optionalText, text, uuidParam } from './fields.js';

export const PIGMENT_TONES = ['neutral', 'warm', 'cool'] as const;
/** Undertones in a pigment's base. Blue, green and purple turn the scalp blue-green over the weeks after. */
export const PIGMENT_UNDERTONES = ['blue', 'green', 'purple', 'red', 'orange', 'yellow', 'brown', 'neutral'] as const;
export type PigmentUndertone = (typeof PIGMENT_UNDERTONES)[number];
const DISCOLOURING: readonly PigmentUndertone[] = ['blue', 'green', 'purple'];

/** The warning an artist sees when choosing a pigment, or null. */
export function pigmentWarning(undertones: readonly PigmentUndertone[]): string | null {
  const risky = undertones.filter((undertone) => DISCOLOURING.includes(undertone));
  return risky.length ? `The base has ${risky.join(' and ')} undertones: it may turn the scalp blue-green over the following weeks` : null;
}

/** A lot may be recorded on its expiry day, not after. */
export function lotExpired(expiresOn: string, onDate: string): boolean {
  return expiresOn < onDate;
}

export const pigmentInputSchema = z
  .strictObject({
    brand: text().trim().min(1, 'Required').max(100),
    product: text().trim().min(1, 'Required').max(100),
    shadeName: text().trim().min(1, 'Required').max(100),
    tone: z.enum(PIGMENT_TONES),
    undertones: z.array(z.enum(PIGMENT_UNDERTONES)).max(PIGMENT_UNDERTONES.length).default([]),
    baseNotes: optionalText(500),
  })
  .meta({ id: 'PigmentInput' });

export const lotInputSchema = z
  .strictObject({
    lotNumber: text().trim().min(1, 'Required').max(60),
    expiresOn: isoDate,
    receivedOn: isoDate,
    quantity: z.number().int().min(0).max(100_000),
  })
  .refine((lot) => lot.receivedOn <= lot.expiresOn, { path: ['expiresOn'], error: 'Must not be before it was received' })
  .meta({ id: 'LotInput' });

export const lotSchema = z
  .object({ id: z.uuid(), lotNumber: z.string(), expiresOn: z.string(), receivedOn: z.string(), quantity: z.number().int(), expired: z.boolean() })
  .meta({ id: 'Lot' });
export type Lot = z.infer<typeof lotSchema>;

export const pigmentSchema = z
  .object({
    id: z.uuid(),
    brand: z.string(),
    product: z.string(),
    shadeName: z.string(),
    tone: z.enum(PIGMENT_TONES),
    undertones: z.array(z.enum(PIGMENT_UNDERTONES)),
    baseNotes: z.string().nullable(),
    warning: z.string().nullable().meta({ description: 'Shown when the pigment is chosen: blue, green or purple undertones.' }),
    lots: z.array(lotSchema),
  })
  .meta({ id: 'Pigment' });
export type Pigment = z.infer<typeof pigmentSchema>;

/** A catalogue pigment as plans, session records and patch tests name it. */
export const pigmentRefSchema = z.object({ id: z.uuid(), brand: z.string(), product: z.string(), shadeName: z.string(), tone: z.enum(PIGMENT_TONES) }).meta({ id: 'PigmentRef' });
export type PigmentRef = z.infer<typeof pigmentRefSchema>;

/** "Perma Blend SMP Pro — Dark Grey": brand and product, then the shade artists ask for. */
export function pigmentName(pigment: Pick<PigmentRef, 'brand' | 'product' | 'shadeName'>): string {
  return `${pigment.brand} ${pigment.product} — ${pigment.shadeName}`;
}

/** The lot of a pigment used at a session, with the pigment and its tone. */
export const usedPigmentSchema = z.object({ pigment: pigmentRefSchema, lot: z.object({ id: z.uuid(), lotNumber: z.string() }) });

export const needleInputSchema = z
  .strictObject({
    configuration: text().trim().min(1, 'Required').max(60).meta({ example: '1-point' }),
    gauge: text().trim().min(1, 'Required').max(30).meta({ example: '0.25 mm' }),
    brand: optionalText(100),
  })
  .meta({ id: 'NeedleInput' });

export const needleSchema = z.object({ id: z.uuid(), configuration: z.string(), gauge: z.string(), brand: z.string().nullable(), lots: z.array(lotSchema) }).meta({ id: 'Needle' });
export type Needle = z.infer<typeof needleSchema>;

export const pigmentListSchema = z.object({ items: z.array(pigmentSchema) }).meta({ id: 'PigmentList' });
export const needleListSchema = z.object({ items: z.array(needleSchema) }).meta({ id: 'NeedleList' });

export const lotRecallSchema = z
  .object({
    lot: z.object({ id: z.uuid(), lotNumber: z.string(), product: z.string() }),
    clients: z.array(
      z.object({
        client: z.object({ id: z.uuid(), name: z.string(), phone: z.string().nullable(), email: z.string().nullable() }),
        sessions: z.array(z.object({ sessionRecordId: z.uuid(), appointmentId: z.uuid(), completedAt: z.iso.datetime(), artist: z.object({ id: z.uuid(), name: z.string() }) })),
      }),
    ),
  })
  .meta({ id: 'LotRecall' });
export type LotRecall = z.infer<typeof lotRecallSchema>;

export const STOCK_MOVEMENT_KINDS = ['opening_balance', 'received', 'used', 'adjusted'] as const;
export type StockMovementKind = (typeof STOCK_MOVEMENT_KINDS)[number];
/** Each kind of movement in words, as the ledger shows it. */
export const stockMovementKindLabels: Record<StockMovementKind, string> = {
  opening_balance: 'Opening balance: what the lot held when the ledger began',
  received: 'Received',
  used: 'Used at a session',
  adjusted: 'Adjusted by an owner',
};

export const stockAdjustmentInputSchema = z
  .strictObject({
    change: z
      .number()
      .int()
      .min(-100_000)
      .max(100_000)
      .refine((change) => change !== 0, 'Enter how many units to add or take away')
      .meta({ description: 'Units added (positive) or taken away (negative).', example: -2 }),
    reason: text().trim().min(3, 'Say why the stock changes (at least 3 characters)').max(500, 'At most 500 characters'),
  })
  .meta({ id: 'StockAdjustmentInput' });
export type StockAdjustmentInput = z.input<typeof stockAdjustmentInputSchema>;

export const stockMovementSchema = z
  .object({
    id: z.uuid(),
    kind: z.enum(STOCK_MOVEMENT_KINDS).meta({ description: STOCK_MOVEMENT_KINDS.map((kind) => `${kind}: ${stockMovementKindLabels[kind]}`).join('; ') }),
    change: z.number().int(),
    reason: z.string().nullable(),
    sessionRecordId: z.uuid().nullable(),
    staff: z.object({ id: z.uuid(), name: z.string() }).nullable().meta({ description: 'Null for an opening balance.' }),
    occurredAt: z.iso.datetime(),
  })
  .meta({ id: 'StockMovement' });
export type StockMovement = z.infer<typeof stockMovementSchema>;

export const stockMovementListSchema = z
  .object({ lot: z.object({ id: z.uuid(), lotNumber: z.string(), quantity: z.number().int() }), items: z.array(stockMovementSchema) })
  .meta({ id: 'StockMovementList', description: 'Oldest first; the changes add up to the lot’s quantity.' });
export type StockMovementList = z.infer<typeof stockMovementListSchema>;

export const pigmentParamsSchema = uuidParam('Not a pigment id');
export const needleParamsSchema = uuidParam('Not a needle id');
export const lotParamsSchema = uuidParam('Not a lot id');
