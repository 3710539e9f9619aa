import type { Database } from '../database/database.js';
import type { EmailAttachment } from './channels.js';

/** A transaction of the app's Prisma client. */
export type MessagingTransaction = Parameters<Parameters<Database['$transaction']>[0]>[0];

/** A message's words for each channel, rendered from the clinic's template with the client's data. */
export interface ComposedMessage {
  subject: string;
  text: string;
  html: string;
  /** The SMS wording (shorter; no attachment). */
  sms: string;
  /** The booking's calendar invitation (`.ics`) for confirmations, updates and cancellations. */
  attachments: EmailAttachment[];
  /** `List-Unsubscribe` and its one-click partner, for messages that are not about care. */
  headers: Record<string, string>;
  /** The clinic's own address, when it has one, for the client's answers. */
  replyTo?: string;
}

/** Renders a `client_messages` row as it goes out. */
export interface MessageComposer {
  compose: (messageId: string, transaction: MessagingTransaction) => Promise<ComposedMessage>;
}
export const MESSAGE_COMPOSER = Symbol('MessageComposer');

/** The links a message carries; the links' own feature makes and honours them. */
export interface MessageLinks {
  /** A signed, single-use link to confirm the appointment or ask for another time, valid until it starts. */
  appointmentLink: (transaction: MessagingTransaction, link: { messageId: string; appointmentId: string; expiresAt: Date }) => Promise<string>;
  /** A signed link that withdraws the client's marketing consent. */
  unsubscribeLink: (clientId: string) => Promise<string>;
  /** `List-Unsubscribe` and `List-Unsubscribe-Post` (RFC 8058): a mail app's one-click unsubscribe, posted to the API. */
  unsubscribeHeaders: (clientId: string) => Promise<Record<string, string>>;
}
export const MESSAGE_LINKS = Symbol('MessageLinks');
