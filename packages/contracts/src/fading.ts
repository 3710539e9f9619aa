import { z } from 'zod';
import { addCalendarMonths, addCalendarYears } from './clinic-time.js';
import { optionalText } from './fields.js';
import { photoSchema, type SunExposure } from './consultations.js';
import { TREATED_AREAS } from './session-records.js';

/** 0 none, 1 slight, 2 noticeable, 3 strong, 4 gone. */
export const FADE_SCORES = [0, 1, 2, 3, 4] as const;
export const COLOUR_SHIFTS = ['none', 'bluish', 'greenish', 'other'] as const;
export type ColourShift = (typeof COLOUR_SHIFTS)[number];
/** A score from which the recall comes early: the fading shows. */
export const FADED_SCORE = 2;

/** Shifts a pigment's undertone causes: the lots used are the suspects of a recall. */
export function shiftPointsAtLots(shift: ColourShift): boolean {
  return shift === 'bluish' || shift === 'greenish';
}

export const fadeAssessmentInputSchema = z
  .strictObject({
    areas: z
      .array(
        z.strictObject({
          area: z.enum(TREATED_AREAS),
          score: z.number().int().min(0, 'From 0 (none) to 4 (gone)').max(4, 'From 0 (none) to 4 (gone)'),
        }),
      )
      .min(1, 'Score at least one area')
      .max(TREATED_AREAS.length),
    colourShift: z.enum(COLOUR_SHIFTS),
    colourShiftNote: optionalText(500),
    notes: optionalText(2000),
  })
  .superRefine((input, ctx) => {
    const seen = new Set<string>();
    input.areas.forEach((entry, index) => {
      if (seen.has(entry.area)) ctx.addIssue({ code: 'custom', path: ['areas', index, 'area'], message: 'Each area once' });
      seen.add(entry.area);
    });
    if (input.colourShift === 'other' && !input.colourShiftNote) ctx.addIssue({ code: 'custom', path: ['colourShiftNote'], message: 'Describe the colour shift' });
  })
  .meta({ id: 'FadeAssessmentInput' });
export type FadeAssessmentInput = z.input<typeof fadeAssessmentInputSchema>;

const staffRef = z.object({ id: z.uuid(), name: z.string() });

export const suspectLotSchema = z.object({
  lot: z.object({ id: z.uuid(), lotNumber: z.string() }),
  pigment: z.object({ id: z.uuid(), brand: z.string(), product: z.string(), shadeName: z.string(), tone: z.string(), undertones: z.array(z.string()) }),
  usedOn: z.array(z.string()).meta({ description: 'Days of this client’s sessions that used the lot, clinic calendar.' }),
});

export const fadeAssessmentSchema = z
  .object({
    id: z.uuid(),
    appointmentId: z.uuid(),
    clientId: z.uuid(),
    artist: staffRef,
    assessedOn: z.string(),
    areas: z.array(z.object({ area: z.enum(TREATED_AREAS), score: z.number().int() })),
    highestScore: z.number().int(),
    colourShift: z.enum(COLOUR_SHIFTS),
    colourShiftNote: z.string().nullable(),
    notes: z.string().nullable(),
    recordedAt: z.iso.datetime(),
    suspectLots: z.array(suspectLotSchema).meta({
      description: 'For a bluish or greenish shift: the pigment lots of this client’s sessions before the assessment, for a recall of the lot.',
    }),
    photos: z.array(photoSchema).meta({ description: 'Photos of the visit; empty for roles that may not see photos.' }),
  })
  .meta({ id: 'FadeAssessment' });
export type FadeAssessment = z.infer<typeof fadeAssessmentSchema>;

export const RECALL_REASONS = ['standard', 'high_sun', 'faded'] as const;
export type RecallReason = (typeof RECALL_REASONS)[number];

export const maintenanceRecallSchema = z
  .object({
    dueOn: z.string(),
    reason: z.enum(RECALL_REASONS),
    lastSessionOn: z.string(),
    sunExposure: z.enum(['low', 'moderate', 'high']).nullable(),
    fadeAssessedOn: z.string().nullable().meta({ description: 'The fade assessment that brought the recall forward.' }),
  })
  .meta({ id: 'MaintenanceRecall' });
export type MaintenanceRecall = z.infer<typeof maintenanceRecallSchema>;

export const clientFadingSchema = z
  .object({
    recall: maintenanceRecallSchema.nullable().meta({ description: 'Null until the client has had a session.' }),
    assessments: z.array(fadeAssessmentSchema).meta({ description: 'Newest first.' }),
  })
  .meta({ id: 'ClientFading' });
export type ClientFading = z.infer<typeof clientFadingSchema>;

export interface RecallSettings {
  maintenanceRecallYears: number;
  highSunRecallYears: number;
  fadedRecallMonths: number;
}

export interface RecallFacts {
  /** The client's last treatment session, clinic calendar. */
  lastSessionOn: string;
  sunExposure: SunExposure | null;
  lastFadeAssessment: { assessedOn: string; highestScore: number } | null;
}

/**
 * When a client is due for a maintenance touch-up: the clinic's standard years after
 * the last session, fewer for a client in the sun, and within a few months of a fade
 * assessment that found the work fading (only one made since that last session:
 * a touch-up since has put the pigment back). The earliest of these wins.
 */
export function maintenanceRecall(facts: RecallFacts, settings: RecallSettings): MaintenanceRecall {
  const highSun = facts.sunExposure === 'high' && settings.highSunRecallYears < settings.maintenanceRecallYears;
  let recall: MaintenanceRecall = {
    dueOn: addCalendarYears(facts.lastSessionOn, highSun ? settings.highSunRecallYears : settings.maintenanceRecallYears),
    reason: highSun ? 'high_sun' : 'standard',
    lastSessionOn: facts.lastSessionOn,
    sunExposure: facts.sunExposure,
    fadeAssessedOn: null,
  };
  const fade = facts.lastFadeAssessment;
  if (fade && fade.assessedOn >= facts.lastSessionOn && fade.highestScore >= FADED_SCORE) {
    const fadedDue = addCalendarMonths(fade.assessedOn, settings.fadedRecallMonths);
    if (fadedDue < recall.dueOn) recall = { ...recall, dueOn: fadedDue, reason: 'faded', fadeAssessedOn: fade.assessedOn };
  }
  return recall;
}
