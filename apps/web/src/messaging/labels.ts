import type { ConsentMethod, MessageChannel, MessageKind, MessagePurpose, MessageStatus } from '@smp/contracts';

export const consentMethodLabels: Record<ConsentMethod, string> = {
  in_person: 'In person',
  phone: 'By phone',
  email: 'By email',
  paper_form: 'On a paper form',
  online_form: 'On the online form',
  unsubscribe_link: 'Through a message’s unsubscribe link',
};

export const purposeLabels: Record<MessagePurpose, string> = {
  care: 'Care messages',
  marketing: 'Marketing',
};

export const messageKindLabels: Record<MessageKind, string> = {
  booking_confirmation: 'Booking confirmation',
  booking_update: 'Booking moved',
  booking_cancellation: 'Booking cancelled',
  reminder: 'Reminder',
  preparation: 'Preparation before a session',
  aftercare: 'Aftercare after a session',
  next_session_window: 'Time to book the next session',
  maintenance_recall: 'Maintenance recall (marketing)',
};

export const messageStatusLabels: Record<MessageStatus, string> = {
  scheduled: 'Scheduled',
  sending: 'Sending',
  sent: 'Sent',
  failed: 'Failed',
  withdrawn: 'Withdrawn',
};

export const messageChannelLabels: Record<MessageChannel, string> = {
  email: 'Email',
  sms: 'Text message',
};
