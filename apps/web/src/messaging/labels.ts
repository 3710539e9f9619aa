import type { ConsentMethod, MessagePurpose } from '@smp/contracts';

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
