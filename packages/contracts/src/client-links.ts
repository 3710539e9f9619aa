import { z } from 'zod';
import { APPOINTMENT_KINDS, APPOINTMENT_STATUSES } from './appointment-rules.js';
import { optionalText } from './fields.js';

/**
 * What a client reaches through the links in the clinic's messages, without
 * signing in: their appointment (confirm it or ask for another time) and the
 * withdrawal of their marketing consent. Nothing clinical.
 */

/** A link's token (an id and its signature); one that is not ours is answered 404, whatever its shape. */
export const linkTokenParamsSchema = z.object({ token: z.string().max(100) });

/** Whether the link may still be used: once, and only before the appointment. */
export const VISIT_LINK_STATES = ['usable', 'used', 'expired'] as const;
export type VisitLinkState = (typeof VISIT_LINK_STATES)[number];

export const visitSchema = z
  .object({
    clinic: z.object({ name: z.string(), phone: z.string().nullable() }),
    kind: z.enum(APPOINTMENT_KINDS),
    status: z.enum(APPOINTMENT_STATUSES),
    date: z.iso.date().meta({ description: 'The appointment’s day, in the clinic’s time zone.' }),
    time: z.string().meta({ description: 'Its start, HH:mm in the clinic’s time zone.' }),
    artistFirstName: z.string(),
    link: z.enum(VISIT_LINK_STATES),
    usedFor: z.enum(['confirm', 'reschedule']).nullable(),
  })
  .meta({ id: 'Visit', description: 'A client’s appointment as their reminder’s link shows it.' });
export type Visit = z.infer<typeof visitSchema>;

export const rescheduleRequestSchema = z.strictObject({ note: optionalText(500) }).meta({ id: 'RescheduleRequest' });
export type RescheduleRequest = z.input<typeof rescheduleRequestSchema>;

/**
 * The web page sends `{}`; a mail client's one-click unsubscribe (RFC 8058) sends
 * this form field, URL-encoded or (as it should) as multipart/form-data, whose
 * fields the API does not read: absent then. The link's token is what counts.
 */
export const unsubscribeSchema = z
  .strictObject({ 'List-Unsubscribe': z.literal('One-Click').optional() })
  .optional()
  .meta({ id: 'Unsubscribe' });

export const unsubscribedSchema = z.object({ unsubscribed: z.literal(true) }).meta({ id: 'Unsubscribed' });
