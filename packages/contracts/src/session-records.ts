import { z } from 'zod';
import { reportFreshnessFields } from './report-freshness.js';
import { addCalendarDays } from './clinic-time.js';
import { isoDate, optionalText, text, uuidParam } from './fields.js';
import { photoSchema, TREATMENT_STYLES } from './consultations.js';
import { pageViewQuerySchema } from './audit.js';
import { pigmentRefSchema, usedPigmentSchema } from './pigments.js';

export const TREATED_AREAS = ['hairline', 'temples', 'front', 'mid_scalp', 'crown', 'sides', 'back', 'donor_scar', 'scar', 'whole_scalp'] as const;
export const DENSITIES = ['low', 'medium', 'high'] as const;
export const DOT_SIZES = ['micro', 'small', 'medium'] as const;
export const PIGMENT_ROLES = ['foundation', 'depth', 'blending'] as const;

export const sessionRecordInputSchema = z
  .strictObject({
    areasTreated: z.array(z.enum(TREATED_AREAS)).min(1, 'Choose the areas treated').max(TREATED_AREAS.length),
    density: z.enum(DENSITIES),
    dotSize: z.enum(DOT_SIZES),
    depthNotes: optionalText(1000),
    pigments: z
      .array(z.strictObject({ lotId: z.uuid('Choose a lot'), role: z.enum(PIGMENT_ROLES) }))
      .min(1, 'Record the pigments used')
      .max(6),
    needleLotId: z.uuid('Record the needle: a new sterile one each session'),
    durationMinutes: z.number().int().min(15).max(480),
    painLevel: z.number().int().min(0, '0 is no pain').max(10, '10 is the worst pain'),
    reactions: optionalText(1000),
    notes: optionalText(5000),
  })
  .meta({ id: 'SessionRecordInput' });
export type SessionRecordInput = z.input<typeof sessionRecordInputSchema>;

export const addendumInputSchema = z.strictObject({ text: text().trim().min(1, 'Required').max(5000), reason: text().trim().min(3, 'Say why').max(500) }).meta({ id: 'AddendumInput' });

// ——— Aftercare (domain.md, "Aftercare timeline") ———

export interface AftercareStep {
  from: string;
  to: string | null;
  title: string;
  instructions: string[];
}

/** The aftercare schedule with real dates, counted from the day the session ended (day 0). */
export function aftercareSchedule(sessionDay: string): AftercareStep[] {
  const day = (offset: number) => addCalendarDays(sessionDay, offset);
  return [
    {
      from: day(0),
      to: day(4),
      title: 'Days 0–4: keep the scalp dry and untouched',
      instructions: ['No sweating or exercise', 'No shower, shampoo or washing the head', 'No touching or scratching', 'No shaving', 'No moisturiser'],
    },
    { from: day(1), to: day(2), title: 'Days 1–2: redness is normal', instructions: ['Most clients return to work the next day'] },
    { from: day(5), to: day(9), title: 'From day 5: gentle shaving', instructions: ['A foil shaver is allowed', 'Avoid scabs that have not fallen off'] },
    { from: day(10), to: null, title: 'From day 10: back to routine', instructions: ['Regular shaving and moisturising'] },
    {
      from: day(14),
      to: day(28),
      title: 'Weeks 3–4: protect from sun and heat',
      instructions: ['No sun or extreme heat', 'No chlorinated pools', 'No saunas or steam rooms'],
    },
  ];
}

const staffRef = z.object({ id: z.uuid(), name: z.string() });

export const aftercareStepSchema = z.object({ from: z.string(), to: z.string().nullable(), title: z.string(), instructions: z.array(z.string()) });

export const sessionRecordSchema = z
  .object({
    id: z.uuid(),
    appointmentId: z.uuid(),
    clientId: z.uuid(),
    plan: z.object({ id: z.uuid(), style: z.string(), sessionNumber: z.number().int() }).nullable(),
    artist: staffRef,
    areasTreated: z.array(z.enum(TREATED_AREAS)),
    density: z.enum(DENSITIES),
    dotSize: z.enum(DOT_SIZES),
    depthNotes: z.string().nullable(),
    pigments: z.array(
      z.object({
        role: z.enum(PIGMENT_ROLES),
        lot: z.object({ id: z.uuid(), lotNumber: z.string(), expiresOn: z.string() }),
        pigment: pigmentRefSchema,
      }),
    ),
    plannedPigments: z.array(pigmentRefSchema).nullable().meta({ description: 'The catalogue pigments its plan session planned; null outside a plan.' }),
    differsFromPlan: z.boolean().meta({ description: 'The pigments used are not the ones planned.' }),
    needle: z.object({ lotId: z.uuid(), lotNumber: z.string(), configuration: z.string(), gauge: z.string() }),
    durationMinutes: z.number().int(),
    painLevel: z.number().int(),
    reactions: z.string().nullable(),
    notes: z.string().nullable(),
    completedAt: z.iso.datetime(),
    aftercare: z.array(aftercareStepSchema),
    addenda: z.array(z.object({ id: z.uuid(), text: z.string(), reason: z.string(), author: staffRef, createdAt: z.iso.datetime() })),
    photos: z.array(photoSchema),
  })
  .meta({ id: 'SessionRecord' });
export type SessionRecord = z.infer<typeof sessionRecordSchema>;

export const sessionRecordParamsSchema = uuidParam('Not a session record id');

// ——— Shade progression ———

export const progressionQuerySchema = z.object({ planId: z.uuid('Not a plan id').optional().meta({ description: 'Only the sessions of this plan.' }) });

export const progressionSchema = z
  .object({
    sessions: z.array(
      z.object({
        sessionRecordId: z.uuid(),
        completedAt: z.iso.datetime(),
        plan: z.object({ id: z.uuid(), sessionNumber: z.number().int() }).nullable(),
        pigments: z.array(usedPigmentSchema.extend({ role: z.enum(PIGMENT_ROLES) })),
        photos: z.array(photoSchema).meta({ description: 'Its before and after photos of each view.' }),
      }),
    ),
  })
  .meta({ id: 'ShadeProgression' });
export type Progression = z.infer<typeof progressionSchema>;

// ——— Treatment history ———

export const HISTORY_ENTRY_TYPES = ['consultation', 'screening', 'plan', 'session', 'appointment', 'photo', 'addendum', 'record_change'] as const;

export const historyEntrySchema = z
  .object({
    type: z.enum(HISTORY_ENTRY_TYPES),
    at: z.iso.datetime(),
    id: z.string(),
    title: z.string(),
    detail: z.string().nullable(),
    staff: staffRef.nullable(),
    link: z.object({ type: z.string(), id: z.uuid() }).nullable(),
  })
  .meta({ id: 'HistoryEntry' });
export type HistoryEntry = z.infer<typeof historyEntrySchema>;

export const historyQuerySchema = z.object({
  types: text()
    .max(200)
    .transform((value) => value.split(',').filter(Boolean))
    .pipe(z.array(z.enum(HISTORY_ENTRY_TYPES)))
    .optional()
    .meta({ description: 'Comma-separated types to include; all when absent.' }),
  limit: z.coerce.number().int().min(1).max(200).default(100),
  cursor: text().min(1).max(512).optional().meta({ description: 'Opaque cursor from the previous page’s `nextCursor`.' }),
  ...pageViewQuerySchema.shape,
});

export const historyPageSchema = z.object({ items: z.array(historyEntrySchema), nextCursor: z.string().nullable() }).meta({ id: 'HistoryPage' });

export const treatmentReportQuerySchema = z
  .object({
    artistId: z.uuid().optional(),
    // Checked as text first, so that a stray control character is named as such.
    style: text().pipe(z.enum(TREATMENT_STYLES)).optional(),
    from: isoDate.optional(),
    to: isoDate.optional(),
    planStatus: z.enum(['active', 'completed', 'cancelled']).optional(),
    format: z.enum(['json', 'csv']).default('json'),
  })
  // A reversed range or an unknown style would only give an empty report, which reads as "nothing done".
  .refine((query) => !query.from || !query.to || query.from <= query.to, { path: ['to'], error: 'Must not be before from' });
export type TreatmentReportQuery = z.input<typeof treatmentReportQuerySchema>;

export const treatmentReportRowSchema = z.object({
  sessionRecordId: z.uuid(),
  completedAt: z.iso.datetime(),
  client: z.object({ id: z.uuid(), name: z.string() }),
  artist: staffRef,
  style: z.string().nullable(),
  planStatus: z.string().nullable(),
  sessionNumber: z.number().int().nullable(),
  pigmentLots: z.array(z.string()),
  needleLot: z.string(),
});

export const treatmentReportSchema = z
  .object({
    rows: z.array(treatmentReportRowSchema),
    countsByArtist: z.array(z.object({ artist: staffRef, sessions: z.number().int() })),
    countsByStyle: z.array(z.object({ style: z.string(), sessions: z.number().int() })),
    truncated: z.boolean().meta({ description: 'More sessions match than a report shows: narrow the filters. Counts are of the rows shown.' }),
    generatedAt: z.iso.datetime(),
    ...reportFreshnessFields,
  })
  .meta({ id: 'TreatmentReport' });
export type TreatmentReport = z.infer<typeof treatmentReportSchema>;
