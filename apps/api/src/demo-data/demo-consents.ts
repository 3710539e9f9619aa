import type { ConsentKind } from '@smp/contracts';

/**
 * The clinic's consent forms as a new clinic might word them. The treatment consent
 * was reworded two months ago (version 2 names the touch-ups and fading), so a client
 * treated on version 1 shows as asked to sign again at the next visit.
 */
export const demoConsentForms: { kind: ConsentKind; version: number; publishedDaysAgo: number; title: string; body: string }[] = [
  {
    kind: 'treatment',
    version: 1,
    publishedDaysAgo: 900,
    title: 'Consent to scalp micropigmentation',
    body: `I agree to scalp micropigmentation (SMP) by the clinic's artists: pigment placed in the upper layer of the scalp's skin with a fine needle, to look like hair follicles.

I have answered the health questions truthfully and will tell the clinic of any change before each session.

I understand that results vary from person to person, that the scalp may be red and tender for a few days, and that I must follow the aftercare I am given.`,
  },
  {
    kind: 'treatment',
    version: 2,
    publishedDaysAgo: 60,
    title: 'Consent to scalp micropigmentation',
    body: `I agree to scalp micropigmentation (SMP) by the clinic's artists: pigment placed in the upper layer of the scalp's skin with a fine needle, to look like hair follicles.

I have answered the health questions truthfully and will tell the clinic of any change before each session.

I understand that treatment takes two or three sessions some days apart, that the pigment fades over the years and a touch-up is then needed, and that removal, if ever wanted, takes several laser sessions.

I understand that results vary from person to person, that the scalp may be red and tender for a few days, and that I must follow the aftercare I am given.`,
  },
  {
    kind: 'privacy_notice',
    version: 1,
    publishedDaysAgo: 900,
    title: 'How we keep your record',
    body: `The clinic keeps your contact details, your health answers, the photos of your scalp and the record of each session, for as long as the law asks us to keep health records.

Only the staff who need them see them, and every look at your record is logged. We never sell your details. You may ask for a copy of your record at any time.`,
  },
  {
    kind: 'photo_record',
    version: 1,
    publishedDaysAgo: 900,
    title: 'Photos for your record',
    body: `The artist photographs your scalp and hairline before and after each session, to plan the work and follow how it heals and fades.

These photos stay in your record and are never shown outside the clinic without your separate consent.`,
  },
  {
    kind: 'marketing_use',
    version: 1,
    publishedDaysAgo: 900,
    title: 'Photos in our marketing',
    body: `You may let the clinic show your before-and-after photos on its website and social media, without your name. Saying no changes nothing about your treatment.

You may withdraw this consent at any time; photos already published are then taken down.`,
  },
];

/** Consents the demo clients signed, on the version in force at the time. */
export const demoConsents: { clientEmail: string; kind: ConsentKind; version: number; granted: boolean; daysAgo: number }[] = [
  // Treated on version 1: asked to sign version 2 at the next visit.
  { clientEmail: 'oliver.schmidt@example.com', kind: 'treatment', version: 1, granted: true, daysAgo: 770 },
  { clientEmail: 'oliver.schmidt@example.com', kind: 'privacy_notice', version: 1, granted: true, daysAgo: 770 },
  { clientEmail: 'oliver.schmidt@example.com', kind: 'photo_record', version: 1, granted: true, daysAgo: 770 },
  { clientEmail: 'oliver.schmidt@example.com', kind: 'marketing_use', version: 1, granted: false, daysAgo: 770 },
  { clientEmail: 'marcus.bennett@example.com', kind: 'treatment', version: 2, granted: true, daysAgo: 42 },
  { clientEmail: 'marcus.bennett@example.com', kind: 'privacy_notice', version: 1, granted: true, daysAgo: 42 },
  { clientEmail: 'marcus.bennett@example.com', kind: 'photo_record', version: 1, granted: true, daysAgo: 42 },
  { clientEmail: 'marcus.bennett@example.com', kind: 'marketing_use', version: 1, granted: true, daysAgo: 42 },
  // Session 1 is booked: the treatment consent was signed with the screening.
  { clientEmail: 'hannah.weiss@example.com', kind: 'treatment', version: 2, granted: true, daysAgo: 4 },
  { clientEmail: 'hannah.weiss@example.com', kind: 'privacy_notice', version: 1, granted: true, daysAgo: 4 },
  { clientEmail: 'hannah.weiss@example.com', kind: 'photo_record', version: 1, granted: true, daysAgo: 4 },
  { clientEmail: 'hannah.weiss@example.com', kind: 'marketing_use', version: 1, granted: false, daysAgo: 4 },
  { clientEmail: 'dan.kowalski@example.com', kind: 'treatment', version: 2, granted: true, daysAgo: 5 },
  { clientEmail: 'dan.kowalski@example.com', kind: 'privacy_notice', version: 1, granted: true, daysAgo: 5 },
];
