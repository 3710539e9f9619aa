import { z } from 'zod';
import { isoDate, optionalText, text, uuidParam } from './fields.js';
import { pageQuerySchema, pageSchema } from './pagination.js';
import { CURRENT_SCREENING_QUESTIONNAIRE, SCREENING_OUTCOMES, SCREENING_QUESTIONNAIRES, type ScreeningQuestionnaire } from './screening-questionnaire.js';

/** A drawn signature as a PNG data URL, as a canvas gives it. */
export const SIGNATURE_MAX_LENGTH = 300_000;
export const signatureImage = text()
  .max(SIGNATURE_MAX_LENGTH, 'The signature image is too large')
  .regex(/^data:image\/png;base64,[A-Za-z0-9+/]+=*$/, 'Draw the signature');

export const answerSchema = z.strictObject({
  answer: z.boolean('Answer yes or no'),
  date: isoDate.nullable().optional(),
});

/** What is wrong with a questionnaire's answers: a question unknown or unanswered, a date missing or not wanted. */
export function questionnaireAnswerIssues(questionnaire: ScreeningQuestionnaire, answers: Record<string, z.infer<typeof answerSchema>>): { path: string[]; message: string }[] {
  const issues: { path: string[]; message: string }[] = [];
  const known = new Set(questionnaire.questions.map((question) => question.id));
  for (const id of Object.keys(answers)) {
    if (!known.has(id)) issues.push({ path: ['answers', id], message: 'Not a question of this questionnaire' });
  }
  for (const question of questionnaire.questions) {
    const given = answers[question.id];
    if (!given) {
      issues.push({ path: ['answers', question.id], message: 'Answer yes or no' });
    } else if (given.answer && question.date?.kind === 'since' && !given.date) {
      issues.push({ path: ['answers', question.id, 'date'], message: `${question.date.label} is needed` });
    } else if (!given.answer && given.date) {
      issues.push({ path: ['answers', question.id, 'date'], message: 'Only with a yes' });
    }
  }
  return issues;
}

/** The questionnaire answered and signed; who signs is named in the message for a missing name (the client at home, or staff handing the tablet over). */
export function signedQuestionnaireSchema(missingNameMessage: string) {
  return z
    .strictObject({
      questionnaireVersion: text().refine((version) => Object.hasOwn(SCREENING_QUESTIONNAIRES, version), 'Not a questionnaire version'),
      answers: z.record(text(), answerSchema),
      signedName: text().trim().min(2, missingNameMessage).max(200, 'At most 200 characters'),
      signature: signatureImage,
    })
    .superRefine((input, ctx) => {
      if (!Object.hasOwn(SCREENING_QUESTIONNAIRES, input.questionnaireVersion)) return;
      const questionnaire = SCREENING_QUESTIONNAIRES[input.questionnaireVersion]!;
      if (questionnaire.version !== CURRENT_SCREENING_QUESTIONNAIRE.version) {
        ctx.addIssue({ code: 'custom', path: ['questionnaireVersion'], message: 'This questionnaire has been replaced; reload and answer the current one' });
      }
      for (const issue of questionnaireAnswerIssues(questionnaire, input.answers)) ctx.addIssue({ code: 'custom', ...issue });
    });
}

export const screeningInputSchema = signedQuestionnaireSchema('Type the client’s full name').meta({ id: 'ScreeningInput' });
export type ScreeningInput = z.input<typeof screeningInputSchema>;

const staffRef = z.object({ id: z.uuid(), name: z.string() });

export const clearanceSchema = z
  .object({
    id: z.uuid(),
    questionId: z.string(),
    note: z.string().nullable(),
    reviewedBy: staffRef,
    reviewedAt: z.iso.datetime(),
    documentName: z.string(),
    documentUrl: z.string(),
  })
  .meta({ id: 'Clearance' });
export type Clearance = z.infer<typeof clearanceSchema>;

export const screeningItemSchema = z
  .object({
    questionId: z.string(),
    question: z.string(),
    outcome: z.enum(SCREENING_OUTCOMES),
    status: z.enum(['open', 'cleared', 'ended']),
    deferUntil: z.string().nullable().meta({ format: 'date' }),
    reason: z.string(),
    clearedBy: z.enum(['clearance_document', 'patch_test']).nullable(),
    clearance: clearanceSchema.nullable(),
  })
  .meta({ id: 'ScreeningItem' });
export type ScreeningItemView = z.infer<typeof screeningItemSchema>;

/** A screening's standing as everyone may see it: receptionists see this, not the answers. */
export const screeningStatusSchema = z
  .object({
    state: z.enum(['none', 'expired', ...SCREENING_OUTCOMES]).meta({
      description: 'none: never screened; expired: the latest screening is past its validity; otherwise its outcome today.',
    }),
    eligible: z.boolean().meta({ description: 'Whether treatment may go ahead today.' }),
    validUntil: z.string().nullable().meta({ format: 'date' }),
    deferUntil: z.string().nullable().meta({ format: 'date' }),
    openItems: z.number().int().meta({ description: 'Items still blocking or needing attention.' }),
  })
  .meta({ id: 'ScreeningStatus' });
export type ScreeningStatus = z.infer<typeof screeningStatusSchema>;

export const screeningSchema = z
  .object({
    id: z.uuid(),
    clientId: z.uuid(),
    questionnaireVersion: z.string(),
    conductedBy: staffRef,
    signedName: z.string(),
    signedAt: z.iso.datetime(),
    validUntil: z.string().meta({ format: 'date' }),
    answeredOutcome: z.enum(SCREENING_OUTCOMES),
    status: screeningStatusSchema,
    items: z.array(screeningItemSchema).nullable().meta({ description: 'Null for roles that may not read medical answers.' }),
    answers: z
      .record(z.string(), z.object({ answer: z.boolean(), date: z.string().nullable() }))
      .nullable()
      .meta({ description: 'Null for roles that may not read medical answers.' }),
    signature: z.string().nullable().meta({ description: 'PNG data URL; null for roles that may not read medical answers.' }),
  })
  .meta({ id: 'Screening' });
export type Screening = z.infer<typeof screeningSchema>;

export const screeningPageSchema = pageSchema(screeningSchema).meta({ id: 'ScreeningPage' });
export const screeningListQuerySchema = pageQuerySchema;

export const CLEARANCE_MEDIA_TYPES = ['application/pdf', 'image/jpeg', 'image/png'] as const;
export const CLEARANCE_MAX_BYTES = 10 * 1024 * 1024;

export const clearanceFieldsSchema = z.strictObject({
  questionId: text().min(1, 'Choose the item the letter clears'),
  note: text().trim().max(1000, 'At most 1000 characters').optional(),
});

export const PATCH_TEST_RESULTS = ['passed', 'failed'] as const;

export const patchTestInputSchema = z
  .strictObject({
    pigmentId: z.uuid('Choose the pigment tested'),
    lotId: z.uuid('Choose a lot').nullish().meta({ description: 'The lot tested, a lot of that pigment.' }),
    appliedOn: isoDate,
    readOn: isoDate,
    result: z.enum(PATCH_TEST_RESULTS),
    notes: optionalText(1000),
  })
  .refine((test) => test.readOn >= test.appliedOn, { path: ['readOn'], error: 'Cannot be before it was applied' })
  .meta({ id: 'PatchTestInput' });
export type PatchTestInput = z.input<typeof patchTestInputSchema>;

export const patchTestSchema = z
  .object({
    id: z.uuid(),
    clientId: z.uuid(),
    pigment: z.string().meta({ description: 'The pigment tested as staff read it, or as typed before tests named catalogue pigments.' }),
    pigmentId: z.uuid().nullable(),
    lot: z.object({ id: z.uuid(), lotNumber: z.string() }).nullable(),
    appliedOn: z.string().meta({ format: 'date' }),
    readOn: z.string().meta({ format: 'date' }),
    result: z.enum(PATCH_TEST_RESULTS),
    notes: z.string().nullable(),
    recordedBy: staffRef,
    recordedAt: z.iso.datetime(),
  })
  .meta({ id: 'PatchTest' });
export type PatchTest = z.infer<typeof patchTestSchema>;
export const patchTestPageSchema = pageSchema(patchTestSchema).meta({ id: 'PatchTestPage' });

export const INELIGIBILITY_CODES = [
  'no_screening',
  'screening_expired',
  'deferred',
  'not_suitable',
  'clearance_missing',
  'treatment_consent_missing',
  'treatment_consent_outdated',
  'treatment_consent_unpublished',
] as const;

export const eligibilityReasonSchema = z.object({
  code: z.enum(INELIGIBILITY_CODES),
  message: z.string(),
  questionId: z.string().nullable().meta({ description: 'Null for roles that may not read medical answers.' }),
  until: z.string().nullable().meta({ format: 'date' }),
});

export const eligibilityOverrideInputSchema = z
  .strictObject({
    reason: text().trim().min(10, 'Write the reason in a sentence').max(1000, 'At most 1000 characters'),
    validUntil: isoDate.meta({ description: 'From today to the end of the screening’s validity, clinic calendar.' }),
  })
  .meta({ id: 'EligibilityOverrideInput' });

export const eligibilityOverrideSchema = z
  .object({
    id: z.uuid(),
    reason: z.string(),
    validUntil: z.string().meta({ format: 'date' }),
    grantedBy: staffRef,
    grantedAt: z.iso.datetime(),
  })
  .meta({ id: 'EligibilityOverride' });

export const eligibilitySchema = z
  .object({
    clientId: z.uuid(),
    on: z.string().meta({ format: 'date' }),
    eligible: z.boolean().meta({ description: 'True when the screening allows treatment, or an owner has overridden it.' }),
    reasons: z.array(eligibilityReasonSchema).meta({ description: 'Why the screening does not allow treatment (also when overridden).' }),
    override: eligibilityOverrideSchema.nullable(),
    status: screeningStatusSchema,
  })
  .meta({ id: 'Eligibility' });
export type Eligibility = z.infer<typeof eligibilitySchema>;

export const eligibilityQuerySchema = z.object({
  on: isoDate.optional().meta({ description: 'The day of the planned treatment, in the clinic’s calendar; today when absent.' }),
});

export const screeningParamsSchema = uuidParam('Not a screening id');
export const clearanceParamsSchema = uuidParam('Not a clearance id');
