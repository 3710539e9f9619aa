import { z } from 'zod';
import { optionalText, text, uuidParam } from './fields.js';
import { photoSchema } from './consultations.js';
import { TREATED_AREAS } from './session-records.js';
import { APPOINTMENT_STATUSES } from './appointment-rules.js';

// ——— The assessment a correction plan starts from ———

/** What is wrong with the previous work. */
export const CORRECTION_ISSUES = ['hairline_placement', 'unnatural_hairline', 'blurred_dots', 'too_dark', 'colour_shift', 'patchy', 'asymmetric', 'other'] as const;
export type CorrectionIssue = (typeof CORRECTION_ISSUES)[number];

const staffRef = z.object({ id: z.uuid(), name: z.string() });

export const correctionAssessmentInputSchema = z
  .strictObject({
    areas: z.array(z.enum(TREATED_AREAS)).min(1, 'Choose where the previous work is').max(TREATED_AREAS.length),
    issues: z.array(z.enum(CORRECTION_ISSUES)).min(1, 'Choose what is wrong').max(CORRECTION_ISSUES.length),
    previousArtist: optionalText(120).meta({ description: 'Who did the previous work, if known.' }),
    description: text().trim().min(1, 'Describe the previous work').max(2000, 'At most 2000 characters'),
    photoIds: z.array(z.uuid('Not a photo id')).max(12, 'At most 12 photos').default([]).meta({ description: 'The client’s photos the assessment was made on.' }),
  })
  .meta({ id: 'CorrectionAssessmentInput' });
export type CorrectionAssessmentInput = z.input<typeof correctionAssessmentInputSchema>;

export const correctionAssessmentSchema = z
  .object({
    id: z.uuid(),
    planId: z.uuid(),
    areas: z.array(z.enum(TREATED_AREAS)),
    issues: z.array(z.enum(CORRECTION_ISSUES)),
    previousArtist: z.string().nullable(),
    description: z.string(),
    photos: z.array(photoSchema),
    recordedBy: staffRef,
    recordedAt: z.iso.datetime(),
  })
  .meta({ id: 'CorrectionAssessment' });
export type CorrectionAssessment = z.infer<typeof correctionAssessmentSchema>;

// ——— Laser removal sessions ———

export const laserRecordInputSchema = z
  .strictObject({
    device: text().trim().min(1, 'Name the laser').max(120, 'At most 120 characters'),
    wavelengthNm: z.number({ error: 'Enter the wavelength' }).int('Whole nanometres').min(300, 'At least 300 nm').max(2000, 'At most 2000 nm'),
    fluenceJPerCm2: z.number({ error: 'Enter the fluence' }).positive('More than 0').max(50, 'At most 50 J/cm²'),
    spotSizeMm: z.number({ error: 'Enter the spot size' }).positive('More than 0').max(20, 'At most 20 mm'),
    settingsNotes: optionalText(500).meta({ description: 'Other settings: pulse width, passes, repetition rate.' }),
    reaction: text().trim().min(1, 'Describe how the skin reacted').max(1000, 'At most 1000 characters'),
  })
  .meta({ id: 'LaserRecordInput' });
export type LaserRecordInput = z.input<typeof laserRecordInputSchema>;

export const laserRecordSchema = z
  .object({
    id: z.uuid(),
    appointmentId: z.uuid(),
    artist: staffRef,
    device: z.string(),
    wavelengthNm: z.number().int(),
    fluenceJPerCm2: z.number(),
    spotSizeMm: z.number(),
    settingsNotes: z.string().nullable(),
    reaction: z.string(),
    recordedBy: staffRef,
    recordedAt: z.iso.datetime(),
  })
  .meta({ id: 'LaserRecord' });
export type LaserRecord = z.infer<typeof laserRecordSchema>;

export const laserPlanSchema = z
  .object({
    sessions: z.array(
      z.object({
        number: z.number().int().min(1),
        appointment: z.object({ id: z.uuid(), startsAt: z.iso.datetime(), endsAt: z.iso.datetime(), status: z.enum(APPOINTMENT_STATUSES), artist: staffRef }),
        recorded: z.boolean(),
      }),
    ),
    assessmentRecorded: z.boolean(),
    earliestSmp: z.object({ on: z.iso.date(), reason: z.string() }).nullable().meta({ description: 'The first day an SMP session of the plan may be booked; null without laser sessions.' }),
    nextLaserFrom: z.iso
      .date()
      .nullable()
      .meta({ description: 'The first day a further laser session keeps its spacing from the last; null without laser sessions, or at the limit of 10.' }),
  })
  .meta({ id: 'LaserPlan' });
export type LaserPlan = z.infer<typeof laserPlanSchema>;

export const correctionPlanParamsSchema = uuidParam('Not a plan id');
