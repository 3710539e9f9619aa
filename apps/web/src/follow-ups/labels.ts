import type { CONTACT_CHANNELS_FOLLOW_UP, CONTACT_OUTCOMES, FollowUp, FollowUpUrgency } from '@smp/contracts';
import type { IconName } from '../screening/OutcomeIcon';

/** Each urgency has words and a shape as well as a colour, so it reads the same without colour. */
export const urgencyWords: Record<FollowUpUrgency, { word: string; icon: IconName }> = {
  reschedule_requested: { word: 'Asked to reschedule', icon: 'pause' },
  deposit_overdue: { word: 'Deposit overdue', icon: 'exclamation' },
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

/** One row per appointment, plan session or plan, as the queue lists them. */
export const followUpKey = (followUp: FollowUp) => `${followUp.appointment?.id ?? followUp.plan?.id ?? ''}|${followUp.session?.id ?? followUp.kind}`;

/** What reception is to book: the session, the maintenance visit, or another time for the client who asked. */
export function followUpSubject(followUp: FollowUp): string {
  if (followUp.appointment) return 'Another time for their appointment';
  return followUp.session ? `Session ${followUp.session.number}` : 'Maintenance touch-up';
}
