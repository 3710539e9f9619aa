import { z } from 'zod';
import { addressSchema, CONTACT_CHANNELS, dateOfBirth, phoneNumber } from './clients.js';
import { CONSULTATION_MODES, HAIR_LOSS_CAUSES, NATURAL_HAIR_COLOURS, PHOTO_VIEWS, photoSchema, SUN_EXPOSURES, TRANSPLANT_HISTORIES } from './consultations.js';
import { optionalText, text, uuidParam } from './fields.js';
import { pageSchema } from './pagination.js';
import { SCREENING_OUTCOMES } from './screening-questionnaire.js';
import { answerSchema, signedQuestionnaireSchema } from './screening.js';

/** How the client can be reached and who they are, as they give it themselves. Their email was verified when they booked. */
export const intakeContactSchema = z.strictObject({
  phone: phoneNumber,
  preferredContact: z.enum(CONTACT_CHANNELS, 'Choose how we should contact you'),
  dateOfBirth: dateOfBirth,
  address: addressSchema.nullable().optional(),
});
export type IntakeContact = z.output<typeof intakeContactSchema>;

/** The parts of the consultation's record a client can answer at home; the artist confirms them at the consultation. */
export const intakeHistorySchema = z.strictObject({
  hairLossCauses: z.array(z.enum(HAIR_LOSS_CAUSES)).max(HAIR_LOSS_CAUSES.length).meta({ description: 'What the client believes causes their hair loss; empty when they are not sure.' }),
  hairLossStartedYear: z
    .number('Enter a year')
    .int('Enter a year')
    .min(1920, 'Enter a year from 1920')
    .refine((year) => year <= new Date().getUTCFullYear(), 'Cannot be in the future')
    .nullable()
    .optional(),
  naturalHairColour: z.enum(NATURAL_HAIR_COLOURS, 'Choose your natural hair colour').nullable().optional(),
  usesMinoxidil: z.boolean('Answer yes or no'),
  usesFinasteride: z.boolean('Answer yes or no'),
  transplantHistory: z.enum(TRANSPLANT_HISTORIES, 'Choose one'),
  sunExposure: z.enum(SUN_EXPOSURES).nullable().optional(),
  desiredResult: optionalText(1000),
});
export type IntakeHistory = z.output<typeof intakeHistorySchema>;

export const intakeSubmissionInputSchema = z
  .strictObject({
    contact: intakeContactSchema,
    history: intakeHistorySchema,
    screening: signedQuestionnaireSchema('Type your full name'),
  })
  .meta({ id: 'IntakeSubmissionInput' });
export type IntakeSubmissionInput = z.input<typeof intakeSubmissionInputSchema>;

const staffRef = z.object({ id: z.uuid(), name: z.string() });
const givenAnswer = z.object({ answer: z.boolean(), date: z.string().nullable() });

export const intakeCorrectionSchema = z.object({
  questionId: z.string(),
  clientAnswer: givenAnswer,
  correctedAnswer: givenAnswer,
  note: z.string(),
  correctedBy: staffRef,
  correctedAt: z.iso.datetime(),
});

export const intakeSchema = z
  .object({
    id: z.uuid(),
    clientId: z.uuid(),
    consultationId: z.uuid(),
    submittedAt: z.iso.datetime(),
    contact: z.object({
      phone: z.string(),
      preferredContact: z.enum(CONTACT_CHANNELS),
      dateOfBirth: z.string().meta({ format: 'date' }),
      address: addressSchema.nullable(),
    }),
    history: intakeHistorySchema.nullable().meta({ description: 'Null for roles that may not read medical answers.' }),
    questionnaireVersion: z.string(),
    answeredOutcome: z.enum(SCREENING_OUTCOMES).nullable().meta({ description: 'Null for roles that may not read medical answers.' }),
    answers: z.record(z.string(), givenAnswer).nullable().meta({ description: 'The client’s own answers; null for roles that may not read medical answers.' }),
    signedName: z.string(),
    signature: z.string().nullable().meta({ description: 'PNG data URL; null for roles that may not read medical answers.' }),
    photos: z.array(photoSchema),
    review: z
      .object({
        screeningId: z.uuid(),
        countersignedBy: staffRef,
        countersignedAt: z.iso.datetime(),
        corrections: z.array(intakeCorrectionSchema).nullable(),
      })
      .nullable()
      .meta({ description: 'Null until an artist countersigns the intake, which makes it the client’s screening.' }),
  })
  .meta({ id: 'Intake' });
export type Intake = z.infer<typeof intakeSchema>;
export const intakePageSchema = pageSchema(intakeSchema).meta({ id: 'IntakePage' });

export const intakeParamsSchema = uuidParam('Not an intake id');

/** The artist's countersignature: the answers they changed with the client, each with why. */
export const intakeCountersignInputSchema = z
  .strictObject({
    corrections: z
      .array(
        z.strictObject({
          questionId: text().min(1, 'Choose the question'),
          answer: answerSchema,
          note: text().trim().min(1, 'Say why the answer changed').max(500, 'At most 500 characters'),
        }),
      )
      .max(50, 'At most 50 corrections')
      .default([]),
  })
  .superRefine((input, ctx) => {
    const seen = new Set<string>();
    input.corrections.forEach((correction, index) => {
      if (seen.has(correction.questionId)) ctx.addIssue({ code: 'custom', path: ['corrections', index, 'questionId'], message: 'This question is corrected once already' });
      seen.add(correction.questionId);
    });
  })
  .meta({ id: 'IntakeCountersignInput' });
export type IntakeCountersignInput = z.input<typeof intakeCountersignInputSchema>;

/** The secret of an intake link, as it arrives in the address. */
export const intakeTokenParamsSchema = z.object({ token: z.string().max(100) });

/** What the client's intake page needs to greet them, and what they have sent so far. Nothing clinical. */
export const publicIntakeSchema = z
  .object({
    clinicName: z.string(),
    firstName: z.string(),
    consultation: z.object({ startsAt: z.iso.datetime(), mode: z.enum(CONSULTATION_MODES), artistName: z.string(), timeZone: z.string() }),
    questionnaireVersion: z.string().meta({ description: 'The questionnaire to answer: the one in force.' }),
    submitted: z.boolean().meta({ description: 'True once the client has sent their answers: the link then only says so.' }),
    photos: z.array(z.object({ id: z.uuid(), view: z.enum(PHOTO_VIEWS) })),
  })
  .meta({ id: 'PublicIntake' });
export type PublicIntake = z.infer<typeof publicIntakeSchema>;

export const INTAKE_MAX_PHOTOS = 12;
export const intakePhotoSchema = z.object({ id: z.uuid(), view: z.enum(PHOTO_VIEWS) }).meta({ id: 'IntakePhoto' });

export const intakeLinkParamsSchema = z.object({ id: z.uuid('Not a client id'), consultationId: z.uuid('Not a consultation id') });

/** A new intake link for a booked consultation: emailed to the client when they have an email, and shown to copy into a text message. */
export const intakeLinkSchema = z
  .object({
    url: z.string(),
    expiresAt: z.iso.datetime(),
    emailedTo: z.string().nullable().meta({ description: 'The address the link went to; null when the client has no email.' }),
  })
  .meta({ id: 'IntakeLink' });
export type IntakeLink = z.infer<typeof intakeLinkSchema>;
