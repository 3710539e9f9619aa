import type { CONTACT_CHANNELS_FOLLOW_UP, CONTACT_OUTCOMES, FollowUpUrgency } from '@smp/contracts';
import type { IconName } from '../screening/OutcomeIcon';

/** Each urgency has words and a shape as well as a colour, so it reads the same without colour. */
export const urgencyWords: Record<FollowUpUrgency, { word: string; icon: IconName }> = {
  overdue: { word: 'Overdue', icon: 'cross' },
  closing_soon: { word: 'Window closing', icon: 'exclamation' },
  open: { word: 'Window open', icon: 'check' },
  not_yet_open: { word: 'Not open yet', icon: 'hourglass' },
  first_session: { word: 'First session to book', icon: 'circle' },
  maintenance_due: { word: 'Maintenance due', icon: 'renew' },
};

export const channelLabels: Record<(typeof CONTACT_CHANNELS_FOLLOW_UP)[number], string> = {
  phone: 'Phone',
  sms: 'Text message',
  whatsapp: 'WhatsApp',
  email: 'Email',
  in_person: 'In person',
};

export const outcomeLabels: Record<(typeof CONTACT_OUTCOMES)[number], string> = {
  booked: 'Booked',
  no_answer: 'No answer',
  left_message: 'Left a message',
  call_back: 'Will call back',
  declined: 'Declined',
};
