/**
 * The two ways a message reaches a client. Delivery depends on these interfaces
 * only; which server or provider stands behind them is configuration.
 */

export interface EmailAttachment {
  filename: string;
  content: string | Buffer;
  /** With parameters where they matter, e.g. `text/calendar; method=REQUEST`. */
  contentType: string;
}

export interface OutgoingEmail {
  to: string;
  subject: string;
  text: string;
  html?: string;
  /**
   * The message's idempotency key as its Message-ID (`<id@host>`): a repeat after a
   * crash mid-send carries the same one, so mail systems see one message.
   */
  messageId: string;
  /** Where answers go, when not to the sender. */
  replyTo?: string;
  /** `List-Unsubscribe` and the like. */
  headers?: Record<string, string>;
  attachments?: EmailAttachment[];
}

export interface EmailTransport {
  /** Resolves once the server accepted the message; rejects with the server's reason. */
  send: (email: OutgoingEmail) => Promise<{ providerId: string }>;
  close: () => Promise<void>;
}

export interface OutgoingTextMessage {
  /** E.164, as client phones are stored. */
  to: string;
  body: string;
  /** The message's idempotency key, passed on where the provider accepts one. */
  idempotencyKey: string;
}

export interface TextMessageProvider {
  /** The provider's name, shown to owners ("Twilio"). */
  readonly name: string;
  /** Resolves with the provider's id once it accepted the message; rejects with its reason. */
  send: (message: OutgoingTextMessage) => Promise<{ providerId: string }>;
}

export const EMAIL_TRANSPORT = Symbol('EmailTransport');
/** Null when no provider is configured: SMS is off. */
export const TEXT_MESSAGE_PROVIDER = Symbol('TextMessageProvider');
