import { z } from 'zod';
import { CONSENT_METHODS, MESSAGE_PURPOSES } from './client-messages.js';
import { CONTACT_CHANNELS } from './clients.js';
import { optionalText } from './fields.js';

/** Methods staff record; an unsubscribe link or the online form is the client's own act. */
export const STAFF_CONSENT_METHODS = ['in_person', 'phone', 'email', 'paper_form'] as const satisfies readonly (typeof CONSENT_METHODS)[number][];

export const messageConsentInputSchema = z
  .strictObject({
    purpose: z.enum(MESSAGE_PURPOSES, 'Choose care or marketing'),
    granted: z.boolean('Say whether the client agrees'),
    method: z.enum(STAFF_CONSENT_METHODS, 'Say how the client told you'),
    note: optionalText(500),
  })
  .meta({ id: 'MessageConsentInput' });
export type MessageConsentInput = z.input<typeof messageConsentInputSchema>;

export const messageConsentSchema = z
  .object({
    id: z.uuid(),
    purpose: z.enum(MESSAGE_PURPOSES),
    granted: z.boolean(),
    method: z.enum(CONSENT_METHODS),
    note: z.string().nullable(),
    recordedBy: z.object({ id: z.uuid(), name: z.string() }).nullable().meta({ description: 'Null when the client acted through a link.' }),
    recordedAt: z.iso.datetime(),
  })
  .meta({ id: 'MessageConsent' });
export type MessageConsent = z.infer<typeof messageConsentSchema>;

const currentConsent = (rule: string) =>
  z
    .object({
      allowed: z.boolean(),
      latest: messageConsentSchema.nullable().meta({ description: 'The answer that decides; null when the client was never asked.' }),
    })
    .meta({ description: rule });

export const messagePreferencesSchema = z
  .object({
    preferredContact: z.enum(CONTACT_CHANNELS).nullable(),
    care: currentConsent('Care messages go unless the client said no.'),
    marketing: currentConsent('Marketing goes only once the client said yes.'),
    history: z.array(messageConsentSchema).meta({ description: 'Newest first.' }),
  })
  .meta({ id: 'MessagePreferences' });
export type MessagePreferences = z.infer<typeof messagePreferencesSchema>;

/** Care is allowed unless the latest answer is no; marketing only when the latest answer is yes. */
export function consentAllows(purpose: (typeof MESSAGE_PURPOSES)[number], latest: { granted: boolean } | null): boolean {
  return latest ? latest.granted : purpose === 'care';
}
