import { z } from 'zod';
import { STAFF_ROLES } from './access.js';
import { TREATMENT_STYLES } from './consultations.js';
import { emailAddress, isoDate, optionalText, personName, text, uuidParam } from './fields.js';
import { pageQuerySchema, pageSchema } from './pagination.js';

export const STAFF_STATUSES = ['active', 'deactivated'] as const;
export type StaffStatus = (typeof STAFF_STATUSES)[number];

export const PASSWORD_MIN_LENGTH = 12;

/** Length is what makes a password strong; no composition rules (NIST SP 800-63B). */
export const newPassword = text()
  .min(PASSWORD_MIN_LENGTH, `Use at least ${PASSWORD_MIN_LENGTH} characters`)
  .max(200, 'At most 200 characters')
  .refine((value) => value.trim().length === value.length, 'Cannot start or end with a space');

export const certificationInputSchema = z
  .strictObject({
    name: text().trim().min(1, 'Required').max(200, 'At most 200 characters'),
    issuer: optionalText(200),
    issuedOn: isoDate.nullable().optional(),
    expiresOn: isoDate,
    requiredForTreatment: z
      .boolean()
      .default(false)
      .meta({ description: 'When it has expired (and is not renewed or overridden), the artist is neither booked for treatment nor records a session.' }),
    covers: z
      .array(z.enum(TREATMENT_STYLES))
      .max(TREATMENT_STYLES.length)
      .default([])
      .refine((styles) => new Set(styles).size === styles.length, 'Name each style once')
      .meta({ description: 'Styles it certifies the artist for; edge-up is booked only with an artist whose certification covers it.' }),
  })
  .refine((certification) => !certification.issuedOn || certification.issuedOn < certification.expiresOn, {
    path: ['expiresOn'],
    error: 'Must be after the date it was issued',
  })
  .meta({ id: 'CertificationInput' });
export type CertificationInput = z.input<typeof certificationInputSchema>;

export const certificationSchema = z
  .object({
    id: z.uuid(),
    name: z.string(),
    issuer: z.string().nullable(),
    issuedOn: z.string().nullable().meta({ format: 'date' }),
    expiresOn: z.string().meta({ format: 'date' }),
    requiredForTreatment: z.boolean(),
    covers: z.array(z.enum(TREATMENT_STYLES)),
    overriddenUntil: z.string().nullable().meta({ format: 'date', description: 'The last day an owner lets the artist work on past its expiry.' }),
  })
  .meta({ id: 'Certification' });

export const certificationOverrideInputSchema = z
  .strictObject({
    reason: text().trim().min(3, 'Say why, in a few words').max(500, 'At most 500 characters'),
    validUntil: isoDate.meta({ description: 'The last day the artist may work on past the expiry.' }),
  })
  .meta({ id: 'CertificationOverrideInput' });
export type CertificationOverrideInput = z.input<typeof certificationOverrideInputSchema>;
export type Certification = z.infer<typeof certificationSchema>;

export const staffInputSchema = z
  .strictObject({
    name: personName,
    email: emailAddress,
    role: z.enum(STAFF_ROLES),
    password: newPassword.meta({ description: 'The first password; the staff member should change it after signing in.' }),
  })
  .meta({ id: 'StaffInput' });
export type StaffInput = z.input<typeof staffInputSchema>;

export const staffPatchSchema = z
  .strictObject({ name: personName, email: emailAddress, role: z.enum(STAFF_ROLES) })
  .partial()
  .refine((patch) => Object.keys(patch).length > 0, { error: 'Send at least one field to change' })
  .meta({ id: 'StaffPatch' });
export type StaffPatch = z.input<typeof staffPatchSchema>;

export const passwordResetSchema = z.strictObject({ newPassword }).meta({ id: 'PasswordReset' });

export const staffSchema = z
  .object({
    id: z.uuid(),
    name: z.string(),
    email: z.string(),
    role: z.enum(STAFF_ROLES),
    status: z.enum(STAFF_STATUSES),
    certifications: z.array(certificationSchema).meta({ description: 'Current certifications (artists), soonest expiry first.' }),
    deactivatedAt: z.iso.datetime().nullable(),
    createdAt: z.iso.datetime(),
    updatedAt: z.iso.datetime(),
  })
  .meta({ id: 'Staff' });
export type Staff = z.infer<typeof staffSchema>;

export const staffPageSchema = pageSchema(staffSchema).meta({ id: 'StaffPage' });

export const staffListQuerySchema = pageQuerySchema.extend({
  status: z.enum([...STAFF_STATUSES, 'all']).default('active'),
  role: z.enum(STAFF_ROLES).optional(),
});
export type StaffListQuery = z.input<typeof staffListQuerySchema>;

export const staffIdParamsSchema = uuidParam('Not a staff id');

export const certificationParamsSchema = z.object({
  id: z.uuid('Not a staff id'),
  certificationId: z.uuid('Not a certification id'),
});

/** An artist as booking forms list them. */
export const artistSchema = z.object({ id: z.uuid(), name: z.string() }).meta({ id: 'Artist' });
export type Artist = z.infer<typeof artistSchema>;
export const artistListSchema = z.object({ items: z.array(artistSchema) }).meta({ id: 'ArtistList' });
