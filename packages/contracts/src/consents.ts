import { z } from 'zod';
import { text, uuidParam } from './fields.js';
import { signatureImage } from './screening.js';

/** The clinic's consent forms, in the order a client reads and signs them. */
export const CONSENT_KINDS = ['treatment', 'privacy_notice', 'photo_record', 'marketing_use'] as const;
export type ConsentKind = (typeof CONSENT_KINDS)[number];

/** Forms a client may decline (and the decline is kept); the others are signed to go ahead. */
export const DECLINABLE_CONSENT_KINDS: readonly ConsentKind[] = ['photo_record', 'marketing_use'];

export const CONSENT_KIND_NAMES: Record<ConsentKind, string> = {
  treatment: 'Treatment consent',
  privacy_notice: 'Privacy notice',
  photo_record: 'Photos for the record',
  marketing_use: 'Photos for marketing',
};

/**
 * Where a client stands with one form: signed (or declined) the version in force,
 * signed an older version only, never signed, or the clinic has published none.
 */
export const CONSENT_STATES = ['signed', 'declined', 'outdated', 'not_signed', 'unpublished'] as const;
export type ConsentState = (typeof CONSENT_STATES)[number];

const staffRef = z.object({ id: z.uuid(), name: z.string() });

export const consentTemplateInputSchema = z
  .strictObject({
    kind: z.enum(CONSENT_KINDS, 'Choose the kind of form'),
    title: text().trim().min(3, 'Give the form a title').max(200, 'At most 200 characters'),
    body: text().trim().min(20, 'Write the form’s text').max(20_000, 'At most 20,000 characters'),
  })
  .meta({ id: 'ConsentTemplateInput', description: 'Published as the kind’s next version; earlier versions stay as they were signed.' });
export type ConsentTemplateInput = z.input<typeof consentTemplateInputSchema>;

export const consentTemplateSchema = z
  .object({
    id: z.uuid(),
    kind: z.enum(CONSENT_KINDS),
    version: z.number().int(),
    title: z.string(),
    body: z.string(),
    publishedBy: staffRef,
    publishedAt: z.iso.datetime(),
  })
  .meta({ id: 'ConsentTemplate' });
export type ConsentTemplate = z.infer<typeof consentTemplateSchema>;

export const consentTemplateListSchema = z
  .object({ items: z.array(consentTemplateSchema).meta({ description: 'Every version of every form, newest version of each kind first.' }) })
  .meta({ id: 'ConsentTemplateList' });

export const consentSignatureInputSchema = z
  .strictObject({
    templateId: z.uuid('Choose the form the client signs'),
    granted: z.boolean('Agree or decline').meta({ description: 'False records a decline; only photo and marketing consent may be declined.' }),
    signedName: text().trim().min(2, 'Type the client’s full name').max(200, 'At most 200 characters'),
    signature: signatureImage,
  })
  .meta({ id: 'ConsentSignatureInput' });
export type ConsentSignatureInput = z.input<typeof consentSignatureInputSchema>;

export const clientConsentSchema = z
  .object({
    id: z.uuid(),
    templateId: z.uuid(),
    version: z.number().int(),
    granted: z.boolean(),
    signedName: z.string(),
    signedAt: z.iso.datetime(),
    witnessedBy: staffRef.nullable().meta({ description: 'Null when the client signed online.' }),
  })
  .meta({ id: 'ClientConsent' });
export type ClientConsent = z.infer<typeof clientConsentSchema>;

export const clientConsentsSchema = z
  .object({
    clientId: z.uuid(),
    forms: z.array(
      z.object({
        kind: z.enum(CONSENT_KINDS),
        state: z.enum(CONSENT_STATES),
        current: consentTemplateSchema.nullable().meta({ description: 'The version in force, to sign; null when none is published.' }),
        latest: clientConsentSchema.nullable().meta({ description: 'The client’s latest signature on any version of the form.' }),
      }),
    ),
    askAtNextVisit: z
      .boolean()
      .meta({ description: 'A client already treated whose treatment consent is outdated or missing: not blocking, but the new version is signed at the next visit.' }),
  })
  .meta({ id: 'ClientConsents' });
export type ClientConsents = z.infer<typeof clientConsentsSchema>;

export const clientConsentParamsSchema = uuidParam('Not a consent id');
