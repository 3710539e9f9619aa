import { z } from 'zod';
import { pageViewQuerySchema } from './audit.js';
import { uuidParam } from './fields.js';
import { pageQuerySchema, pageSchema } from './pagination.js';

/**
 * Messages the clinic sends a client. The kinds, what each is for (care or
 * marketing, which decides the consent it needs and whether it carries an
 * unsubscribe link) and the states of one message on its way.
 */
export const MESSAGE_KINDS = ['booking_confirmation', 'booking_update', 'booking_cancellation', 'reminder', 'preparation', 'aftercare', 'next_session_window', 'maintenance_recall'] as const;
export type MessageKind = (typeof MESSAGE_KINDS)[number];

export const MESSAGE_PURPOSES = ['care', 'marketing'] as const;
export type MessagePurpose = (typeof MESSAGE_PURPOSES)[number];

/**
 * Everything about a booking or a treatment is care. A maintenance recall invites
 * the client to buy a new visit years later, so it needs their marketing consent.
 */
export const PURPOSE_OF_KIND: Record<MessageKind, MessagePurpose> = {
  booking_confirmation: 'care',
  booking_update: 'care',
  booking_cancellation: 'care',
  reminder: 'care',
  preparation: 'care',
  aftercare: 'care',
  next_session_window: 'care',
  maintenance_recall: 'marketing',
};

export const MESSAGE_STATUSES = ['scheduled', 'sending', 'sent', 'failed', 'withdrawn'] as const;
export type MessageStatus = (typeof MESSAGE_STATUSES)[number];

export const MESSAGE_CHANNELS = ['email', 'sms'] as const;
export type MessageChannel = (typeof MESSAGE_CHANNELS)[number];

/** How a client gave or withdrew consent to messages. */
export const CONSENT_METHODS = ['in_person', 'phone', 'email', 'paper_form', 'online_form', 'unsubscribe_link'] as const;
export type ConsentMethod = (typeof CONSENT_METHODS)[number];

/** One message to a client, as owners and the client's page see it. */
export const clientMessageSchema = z
  .object({
    id: z.uuid(),
    client: z.object({ id: z.uuid(), name: z.string() }),
    appointmentId: z.uuid().nullable(),
    kind: z.enum(MESSAGE_KINDS),
    purpose: z.enum(MESSAGE_PURPOSES),
    status: z.enum(MESSAGE_STATUSES),
    channel: z.enum(MESSAGE_CHANNELS).nullable().meta({ description: 'Chosen when it is sent, from the client’s preference; null before.' }),
    recipient: z.string().nullable().meta({ description: 'The email address or phone number it went to; null before it is sent.' }),
    subject: z.string().nullable(),
    sendAt: z.iso.datetime(),
    sentAt: z.iso.datetime().nullable(),
    attempts: z.number().int(),
    lastError: z.string().nullable().meta({ description: 'Why the last try failed, as the mail server or SMS provider said.' }),
    withdrawnReason: z.string().nullable(),
  })
  .meta({ id: 'ClientMessage' });
export type ClientMessage = z.infer<typeof clientMessageSchema>;
export const clientMessagePageSchema = pageSchema(clientMessageSchema).meta({ id: 'ClientMessagePage' });

export const messageListQuerySchema = pageQuerySchema.extend({
  status: z.enum(MESSAGE_STATUSES, 'Not a message status').optional(),
  kind: z.enum(MESSAGE_KINDS, 'Not a kind of message').optional(),
  clientId: z.uuid('Not a client id').optional(),
});
export const clientMessagesQuerySchema = pageQuerySchema.extend(pageViewQuerySchema.shape);
export const messageIdParamsSchema = uuidParam('Not a message id');

/** How messages leave this installation. */
export const messageDeliverySchema = z
  .object({
    email: z.object({
      via: z.enum(['smtp', 'mail_catcher']).meta({ description: '`mail_catcher`: no SMTP_URL is set; an embedded server on loopback keeps every email and nothing reaches a client.' }),
      catcherPort: z.number().int().nullable(),
    }),
    sms: z.object({ provider: z.string().nullable().meta({ description: 'The SMS provider’s name; null when SMS is off and messages go by email.' }) }),
  })
  .meta({ id: 'MessageDelivery' });
export type MessageDeliveryInfo = z.infer<typeof messageDeliverySchema>;

export const caughtEmailSummarySchema = z
  .object({ id: z.uuid(), receivedAt: z.iso.datetime(), from: z.string().nullable(), to: z.array(z.string()), subject: z.string().nullable(), messageId: z.string().nullable() })
  .meta({ id: 'CaughtEmailSummary' });
export type CaughtEmailSummary = z.infer<typeof caughtEmailSummarySchema>;
export const caughtEmailPageSchema = pageSchema(caughtEmailSummarySchema).meta({ id: 'CaughtEmailPage' });
export const caughtEmailIdParamsSchema = uuidParam('Not a caught email id');

/** An email the mail catcher received, read as a mail program would. */
export const caughtEmailSchema = caughtEmailSummarySchema
  .extend({
    date: z.iso.datetime().nullable(),
    text: z.string().nullable(),
    html: z.string().nullable(),
    attachments: z.array(
      z.object({
        filename: z.string().nullable(),
        contentType: z.string(),
        size: z.number().int(),
        text: z.string().nullable().meta({ description: 'The content of a calendar (.ics) attachment; null for others.' }),
      }),
    ),
  })
  .meta({ id: 'CaughtEmail' });
export type CaughtEmail = z.infer<typeof caughtEmailSchema>;
