import { z } from 'zod';
import { normalisePhone } from './phone.js';
import { pageQuerySchema, pageSchema } from './pagination.js';
import { emailAddress, isoDate, optionalText, personName, text, uuidParam } from './fields.js';
import { screeningStatusSchema } from './screening.js';

export const SEXES = ['female', 'male', 'intersex', 'undisclosed'] as const;
export type Sex = (typeof SEXES)[number];

export const CONTACT_CHANNELS = ['phone', 'sms', 'whatsapp', 'email'] as const;
export type ContactChannel = (typeof CONTACT_CHANNELS)[number];

export const REFERRAL_SOURCES = ['search_engine', 'social_media', 'client_referral', 'doctor_referral', 'hair_transplant_clinic', 'advertisement', 'walk_in', 'other'] as const;
export type ReferralSource = (typeof REFERRAL_SOURCES)[number];

export const phoneNumber = text()
  .max(40, 'At most 40 characters')
  .transform((value, ctx) => {
    const e164 = normalisePhone(value);
    if (e164 === null) {
      ctx.addIssue({
        code: 'custom',
        message: 'Enter a valid phone number (with the country code if it is not local)',
      });
      return z.NEVER;
    }
    return e164;
  })
  .meta({
    description: 'Any common format; stored in E.164. Local numbers are read in the clinic’s country.',
    example: '+14155552671',
  });

export const dateOfBirth = isoDate.refine((value) => value <= new Date().toISOString().slice(0, 10), {
  error: 'Date of birth cannot be in the future',
});

export const addressSchema = z.strictObject({
  line1: optionalText(200),
  line2: optionalText(200),
  city: optionalText(100),
  region: optionalText(100),
  postalCode: optionalText(20),
  country: optionalText(100),
});
export type Address = z.infer<typeof addressSchema>;

const clientFields = {
  firstName: personName,
  lastName: personName,
  dateOfBirth: dateOfBirth.nullable().optional(),
  sex: z.enum(SEXES).nullable().optional(),
  phone: phoneNumber.nullable().optional(),
  email: emailAddress.nullable().optional(),
  preferredContact: z.enum(CONTACT_CHANNELS).nullable().optional(),
  address: addressSchema.nullable().optional(),
  notes: optionalText(5000),
  referralSource: z.enum(REFERRAL_SOURCES).nullable().optional(),
  referralDetail: optionalText(200),
};

interface ContactDetails {
  phone?: string | null | undefined;
  email?: string | null | undefined;
  preferredContact?: ContactChannel | null | undefined;
}

/**
 * A client must be reachable, and by the channel they prefer. Kept as a plain
 * function so the API can apply it to the merged record of a partial update.
 */
export function contactDetailsProblems(client: ContactDetails): { field: string; message: string }[] {
  const problems: { field: string; message: string }[] = [];
  if (!client.phone && !client.email) {
    problems.push({ field: 'phone', message: 'Give a phone number or an email address' });
  }
  if (client.preferredContact === 'email' && !client.email) {
    problems.push({ field: 'email', message: 'Email is the preferred contact, so an email address is needed' });
  }
  if (client.preferredContact && client.preferredContact !== 'email' && !client.phone) {
    problems.push({
      field: 'phone',
      message: `${client.preferredContact === 'sms' ? 'SMS' : client.preferredContact === 'whatsapp' ? 'WhatsApp' : 'Phone'} is the preferred contact, so a phone number is needed`,
    });
  }
  return problems;
}

export const clientInputSchema = z
  .strictObject(clientFields)
  .superRefine((client, ctx) => {
    for (const problem of contactDetailsProblems(client)) {
      ctx.addIssue({ code: 'custom', path: [problem.field], message: problem.message });
    }
  })
  .meta({ id: 'ClientInput' });
export type ClientInput = z.input<typeof clientInputSchema>;
export type ClientInputParsed = z.output<typeof clientInputSchema>;

/** A partial update: only the fields present change; `null` clears an optional field. */
export const clientPatchSchema = z
  .strictObject(clientFields)
  .partial()
  .refine((patch) => Object.keys(patch).length > 0, { error: 'Send at least one field to change' })
  .meta({ id: 'ClientPatch' });
export type ClientPatch = z.input<typeof clientPatchSchema>;

export const clientSchema = z
  .object({
    id: z.uuid(),
    firstName: z.string(),
    lastName: z.string(),
    dateOfBirth: z.string().nullable().meta({ format: 'date' }),
    sex: z.enum(SEXES).nullable(),
    phone: z.string().nullable(),
    email: z.string().nullable(),
    preferredContact: z.enum(CONTACT_CHANNELS).nullable(),
    address: z.object({
      line1: z.string().nullable(),
      line2: z.string().nullable(),
      city: z.string().nullable(),
      region: z.string().nullable(),
      postalCode: z.string().nullable(),
      country: z.string().nullable(),
    }),
    notes: z.string().nullable(),
    referralSource: z.enum(REFERRAL_SOURCES).nullable(),
    referralDetail: z.string().nullable(),
    screening: screeningStatusSchema,
    archivedAt: z.iso.datetime().nullable(),
    createdAt: z.iso.datetime(),
    updatedAt: z.iso.datetime(),
  })
  .meta({ id: 'Client' });
export type Client = z.infer<typeof clientSchema>;

export const clientSummarySchema = clientSchema
  .pick({
    id: true,
    firstName: true,
    lastName: true,
    dateOfBirth: true,
    phone: true,
    email: true,
    screening: true,
    archivedAt: true,
  })
  .meta({ id: 'ClientSummary' });
export type ClientSummary = z.infer<typeof clientSummarySchema>;

export const clientPageSchema = pageSchema(clientSummarySchema).meta({ id: 'ClientPage' });

export const CLIENT_STATUSES = ['active', 'archived', 'all'] as const;
export type ClientStatusFilter = (typeof CLIENT_STATUSES)[number];

export const clientListQuerySchema = pageQuerySchema.extend({
  q: text().trim().max(100).optional().meta({
    description: 'Matches any part of the name, phone or email; ignores case and accents. Several words must all match.',
  }),
  status: z.enum(CLIENT_STATUSES).default('active'),
});
export type ClientListQuery = z.input<typeof clientListQuerySchema>;

export const clientIdParamsSchema = uuidParam('Not a client id');

export const duplicateOverrideQuerySchema = z.object({
  confirmDuplicate: z
    .enum(['true', 'false'])
    .default('false')
    .transform((value) => value === 'true')
    .meta({
      description: 'Save even though another client has the same phone or email (after the 409 possible-duplicate warning).',
    }),
});

export const DUPLICATE_MATCH_FIELDS = ['email', 'phone'] as const;

export const possibleDuplicateSchema = z.object({
  id: z.uuid(),
  firstName: z.string(),
  lastName: z.string(),
  matchedOn: z.array(z.enum(DUPLICATE_MATCH_FIELDS)),
  archived: z.boolean(),
});
export type PossibleDuplicate = z.infer<typeof possibleDuplicateSchema>;
