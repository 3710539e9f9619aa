import { z } from 'zod';
import { text } from './fields.js';
import { STAFF_ROLES } from './access.js';
import { newPassword } from './staff.js';

export const credentialsSchema = z
  .strictObject({
    email: text().trim().toLowerCase().min(1, 'Required').max(254, 'At most 254 characters'),
    password: text().min(1, 'Required').max(200, 'At most 200 characters'),
  })
  .meta({ id: 'Credentials' });
export type Credentials = z.input<typeof credentialsSchema>;

export const tokenRequestSchema = credentialsSchema
  .extend({
    label: text().trim().min(1).max(100).optional().meta({ description: 'What the token is for, shown in the audit trail.' }),
  })
  .meta({ id: 'TokenRequest' });

export const signedInStaffSchema = z
  .object({
    id: z.uuid(),
    name: z.string(),
    email: z.string(),
    role: z.enum(STAFF_ROLES),
  })
  .meta({ id: 'SignedInStaff' });
export type SignedInStaff = z.infer<typeof signedInStaffSchema>;

/** The web app's sign-in session: it sends `csrfToken` back in the X-CSRF-Token header of every change. */
export const signInSessionSchema = z
  .object({
    staff: signedInStaffSchema,
    csrfToken: z.string().nullable().meta({ description: 'Null when signed in with a bearer token, which needs none.' }),
    expiresAt: z.iso.datetime().meta({ description: 'When the session ends however active it is.' }),
    idleMinutes: z.number().int().meta({ description: 'The session ends after this long without a request.' }),
  })
  .meta({ id: 'SignInSession' });
export type SignInSession = z.infer<typeof signInSessionSchema>;

export const accessTokenSchema = z
  .object({
    token: z.string().meta({ description: 'Send as `Authorization: Bearer <token>`.' }),
    expiresAt: z.iso.datetime(),
  })
  .meta({ id: 'AccessToken' });
export type AccessToken = z.infer<typeof accessTokenSchema>;

export const passwordChangeSchema = z
  .strictObject({ currentPassword: text().min(1, 'Required').max(200), newPassword })
  .refine((change) => change.currentPassword !== change.newPassword, {
    path: ['newPassword'],
    error: 'Choose a password different from the current one',
  })
  .meta({ id: 'PasswordChange' });
export type PasswordChange = z.input<typeof passwordChangeSchema>;
