import type { ContactChannel, ReferralSource, Sex } from '@smp/contracts';

export const sexLabels: Record<Sex, string> = {
  female: 'Female',
  male: 'Male',
  intersex: 'Intersex',
  undisclosed: 'Prefers not to say',
};

export const contactChannelLabels: Record<ContactChannel, string> = {
  phone: 'Phone call',
  sms: 'SMS',
  whatsapp: 'WhatsApp',
  email: 'Email',
};

export const referralSourceLabels: Record<ReferralSource, string> = {
  search_engine: 'Search engine',
  social_media: 'Social media',
  client_referral: 'Another client',
  doctor_referral: 'Doctor or dermatologist',
  hair_transplant_clinic: 'Hair transplant clinic',
  advertisement: 'Advertisement',
  walk_in: 'Walked in',
  other: 'Other',
};
