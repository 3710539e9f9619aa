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
