import { z } from 'zod';
import type { AppointmentKind } from './appointment-rules.js';
import { isoWeekday } from './clinic-time.js';
import { MESSAGE_KINDS, PURPOSE_OF_KIND, type MessageKind } from './client-messages.js';
import { text } from './fields.js';

/**
 * What each kind of message says: the values a clinic may put in its wording
 * (`{{firstName}}`), the wording used until the clinic writes its own, and the
 * rendering of a wording with a client's values.
 */

export const PLACEHOLDER_DESCRIPTIONS = {
  firstName: 'The client’s first name',
  clinicName: 'The clinic’s name',
  clinicAddress: 'The clinic’s address',
  clinicPhone: 'The clinic’s phone number',
  appointmentDate: 'The appointment’s day, e.g. “Thursday 10 December 2026”',
  appointmentTime: 'The appointment’s start, 24-hour clinic time, e.g. “14:30”',
  appointmentKind: 'What the appointment is, e.g. “SMP session” or “consultation”',
  artistName: 'The artist’s name',
  whatToBring: 'What the client brings to this kind of appointment',
  confirmLink: 'The link to confirm the appointment or ask for another time',
  preparation: 'How to prepare for the session (depends on the treatment style)',
  aftercareSchedule: 'The aftercare schedule with real dates, as on the printed sheet',
  sessionNumber: 'The session just done (aftercare) or the one to book next (next session window)',
  windowOpens: 'The first day the next session may be',
  windowCloses: 'The last day the next session may be',
  recallDate: 'The day a maintenance visit is due',
  unsubscribeLink: 'The link to stop these messages',
} as const;
export type Placeholder = keyof typeof PLACEHOLDER_DESCRIPTIONS;
export type TemplateValues = Partial<Record<Placeholder, string>>;

const EVERY_MESSAGE: Placeholder[] = ['firstName', 'clinicName', 'clinicAddress', 'clinicPhone'];
const APPOINTMENT: Placeholder[] = ['appointmentDate', 'appointmentTime', 'appointmentKind', 'artistName'];

/** The values each kind offers, in the order an editor lists them. */
export const PLACEHOLDERS_OF_KIND: Record<MessageKind, readonly Placeholder[]> = {
  booking_confirmation: [...EVERY_MESSAGE, ...APPOINTMENT, 'whatToBring', 'confirmLink'],
  booking_update: [...EVERY_MESSAGE, ...APPOINTMENT, 'whatToBring', 'confirmLink'],
  booking_cancellation: [...EVERY_MESSAGE, ...APPOINTMENT],
  reminder: [...EVERY_MESSAGE, ...APPOINTMENT, 'whatToBring', 'confirmLink'],
  preparation: [...EVERY_MESSAGE, ...APPOINTMENT, 'whatToBring', 'preparation'],
  aftercare: [...EVERY_MESSAGE, 'artistName', 'sessionNumber', 'aftercareSchedule'],
  next_session_window: [...EVERY_MESSAGE, 'sessionNumber', 'windowOpens', 'windowCloses'],
  maintenance_recall: [...EVERY_MESSAGE, 'recallDate', 'unsubscribeLink'],
};

export interface MessageWording {
  subject: string;
  body: string;
  smsBody: string;
}

const signOff = 'See you soon,\n{{clinicName}}\n{{clinicAddress}} · {{clinicPhone}}';

/** The wording a kind has until the clinic writes its own. SMS stays within two text messages. */
export const DEFAULT_WORDING: Record<MessageKind, MessageWording> = {
  booking_confirmation: {
    subject: 'Your {{appointmentKind}} on {{appointmentDate}} at {{appointmentTime}}',
    body: `Hi {{firstName}},\n\nYou are booked in for your {{appointmentKind}} with {{artistName}} on {{appointmentDate}} at {{appointmentTime}}. The invitation attached puts it in your calendar.\n\nPlease bring: {{whatToBring}}\n\nPlease confirm you can come, or ask for another time, here: {{confirmLink}}\n\n${signOff}`,
    smsBody:
      '{{clinicName}}: hi {{firstName}}, you are booked for your {{appointmentKind}} with {{artistName}} on {{appointmentDate}} at {{appointmentTime}}. To change it call {{clinicPhone}}.',
  },
  booking_update: {
    subject: 'Your {{appointmentKind}} has moved to {{appointmentDate}} at {{appointmentTime}}',
    body: `Hi {{firstName}},\n\nYour {{appointmentKind}} is now on {{appointmentDate}} at {{appointmentTime}}, with {{artistName}}. The invitation attached updates your calendar.\n\nPlease bring: {{whatToBring}}\n\nPlease confirm the new time, or ask for another, here: {{confirmLink}}\n\n${signOff}`,
    smsBody: '{{clinicName}}: hi {{firstName}}, your {{appointmentKind}} is now on {{appointmentDate}} at {{appointmentTime}} with {{artistName}}. Questions? Call {{clinicPhone}}.',
  },
  booking_cancellation: {
    subject: 'Your {{appointmentKind}} on {{appointmentDate}} is cancelled',
    body: 'Hi {{firstName}},\n\nYour {{appointmentKind}} on {{appointmentDate}} at {{appointmentTime}} is cancelled, and the attached update takes it out of your calendar.\n\nWhen you would like a new time, call us on {{clinicPhone}}: we are glad to find one.\n\nKind regards,\n{{clinicName}}',
    smsBody: '{{clinicName}}: hi {{firstName}}, your {{appointmentKind}} on {{appointmentDate}} at {{appointmentTime}} is cancelled. To book a new time call {{clinicPhone}}.',
  },
  reminder: {
    subject: 'See you {{appointmentDate}} at {{appointmentTime}}',
    body: `Hi {{firstName}},\n\nA reminder of your {{appointmentKind}} with {{artistName}} on {{appointmentDate}} at {{appointmentTime}}.\n\nPlease bring: {{whatToBring}}\n\nConfirm you are coming, or ask for another time, here: {{confirmLink}}\n\n${signOff}`,
    smsBody: '{{clinicName}}: reminder of your {{appointmentKind}} on {{appointmentDate}} at {{appointmentTime}}. Confirm or ask for another time: {{confirmLink}}',
  },
  preparation: {
    subject: 'Getting ready for your session on {{appointmentDate}}',
    body: `Hi {{firstName}},\n\nYour {{appointmentKind}} with {{artistName}} is on {{appointmentDate}} at {{appointmentTime}}. A few things make it go well:\n\n{{preparation}}\n\nPlease bring: {{whatToBring}}\n\nAny questions, call us on {{clinicPhone}}.\n\n${signOff}`,
    smsBody:
      '{{clinicName}}: your session is on {{appointmentDate}} at {{appointmentTime}}. Please moisturise your scalp before it and follow the preparation we emailed. Questions? {{clinicPhone}}',
  },
  aftercare: {
    subject: 'Caring for your scalp in the weeks ahead',
    body: 'Hi {{firstName}},\n\nThank you for coming in today. The next few weeks decide how well the pigment settles, so here is your aftercare with the dates:\n\n{{aftercareSchedule}}\n\nRedness for a day or two is normal. If anything worries you, call us on {{clinicPhone}}.\n\nTake care,\n{{artistName}} and {{clinicName}}',
    smsBody:
      '{{clinicName}}: thank you for today, {{firstName}}. For 4 days keep your scalp dry: no sweating, washing, touching or shaving. Your full aftercare is in your email. Questions? {{clinicPhone}}',
  },
  next_session_window: {
    subject: 'Time to book session {{sessionNumber}}',
    body: 'Hi {{firstName}},\n\nYour scalp has had time to heal, and session {{sessionNumber}} is best between {{windowOpens}} and {{windowCloses}}, so the layers build up evenly.\n\nCall us on {{clinicPhone}} to choose a time that suits you.\n\nKind regards,\n{{clinicName}}',
    smsBody: '{{clinicName}}: hi {{firstName}}, session {{sessionNumber}} is best between {{windowOpens}} and {{windowCloses}}. Call {{clinicPhone}} to book a time.',
  },
  maintenance_recall: {
    subject: 'Keeping your SMP fresh',
    body: 'Hi {{firstName}},\n\nPigment softens a little over the years, and around {{recallDate}} a short maintenance visit brings back the crisp look you had after your sessions.\n\nCall us on {{clinicPhone}} if you would like a time.\n\nKind regards,\n{{clinicName}}\n\nNo longer want these reminders? {{unsubscribeLink}}',
    smsBody: '{{clinicName}}: hi {{firstName}}, your SMP is due a maintenance visit around {{recallDate}}. Call {{clinicPhone}} to book. Stop: {{unsubscribeLink}}',
  },
};

const PLACEHOLDER_PATTERN = /\{\{\s*([A-Za-z]+)\s*\}\}/g;

/** The placeholders a wording uses, each once, in order. */
export function placeholdersIn(wording: string): string[] {
  return [...new Set([...wording.matchAll(PLACEHOLDER_PATTERN)].map((match) => match[1]!))];
}

/** What is left of a line like "{{clinicAddress}} · {{clinicPhone}}" when the clinic has neither. */
const ONLY_SEPARATORS = /^[\s·•|,;:/–—-]*$/;

/**
 * A wording with each placeholder replaced by its value; one without a value becomes
 * empty, and a line that missing values leave with nothing but separators goes.
 */
export function renderTemplate(wording: string, values: TemplateValues): string {
  const lines: string[] = [];
  for (const line of wording.split('\n')) {
    const rendered = line.replace(PLACEHOLDER_PATTERN, (_match, name: string) => values[name as Placeholder] ?? '');
    const missingValue = placeholdersIn(line).some((name) => !values[name as Placeholder]);
    if (!(missingValue && ONLY_SEPARATORS.test(rendered))) lines.push(rendered);
  }
  return lines.join('\n');
}

const URL_PATTERN = /\bhttps?:\/\/[^\s<>"']*[^\s<>"'.,;:!?)]/g;

function escapeHtml(value: string): string {
  return value.replace(/[&<>"']/g, (character) => `&#${character.charCodeAt(0)};`);
}

/** A plain-text message as HTML: everything escaped, blank lines make paragraphs, line breaks stay, links are clickable. */
export function textToHtml(plain: string): string {
  const paragraphs = plain
    .replace(/\r\n?/g, '\n')
    .split(/\n{2,}/)
    .map((paragraph) => paragraph.trim())
    .filter((paragraph) => paragraph !== '');
  const linked = (line: string) => {
    let html = '';
    let last = 0;
    for (const match of line.matchAll(URL_PATTERN)) {
      html += escapeHtml(line.slice(last, match.index)) + `<a href="${escapeHtml(match[0])}">${escapeHtml(match[0])}</a>`;
      last = match.index + match[0].length;
    }
    return html + escapeHtml(line.slice(last));
  };
  return paragraphs.map((paragraph) => `<p>${paragraph.split('\n').map(linked).join('<br>\n')}</p>`).join('\n');
}

const WORDING_FIELDS = ['subject', 'body', 'smsBody'] as const;

/** The clinic's wording of a kind, as the route takes it (the kind is in the path). */
export const messageWordingInputSchema = z
  .strictObject({
    subject: text().trim().min(1, 'Required').max(200, 'At most 200 characters'),
    body: text().trim().min(1, 'Required').max(5000, 'At most 5000 characters'),
    smsBody: text().trim().min(1, 'Required').max(640, 'At most 640 characters'),
  })
  .meta({ id: 'MessageWordingInput', description: 'Uses only the placeholders of the kind in the path.' });
export type MessageWordingInput = z.input<typeof messageWordingInputSchema>;

/** A kind's wording, checked against the values that kind offers; marketing must let the client stop it. */
export const messageTemplateInputSchema = messageWordingInputSchema.extend({ kind: z.enum(MESSAGE_KINDS) }).superRefine((wording, ctx) => {
  const offered = PLACEHOLDERS_OF_KIND[wording.kind];
  for (const field of WORDING_FIELDS) {
    const unknown = placeholdersIn(wording[field]).find((name) => !offered.includes(name as Placeholder));
    if (unknown !== undefined) {
      ctx.addIssue({ code: 'custom', path: [field], message: `Unknown placeholder {{${unknown}}}: use one of ${offered.map((name) => `{{${name}}}`).join(', ')}` });
    }
  }
  if (PURPOSE_OF_KIND[wording.kind] === 'marketing') {
    for (const field of ['body', 'smsBody'] as const) {
      if (!placeholdersIn(wording[field]).includes('unsubscribeLink')) {
        ctx.addIssue({ code: 'custom', path: [field], message: 'Must include {{unsubscribeLink}}: clients may always stop marketing messages' });
      }
    }
  }
});

export const messageTemplateSchema = z
  .object({
    kind: z.enum(MESSAGE_KINDS),
    subject: z.string(),
    body: z.string(),
    smsBody: z.string(),
    isDefault: z.boolean(),
    placeholders: z.array(z.object({ name: z.string(), description: z.string() })),
    updatedAt: z.iso.datetime().nullable(),
  })
  .meta({ id: 'MessageTemplate' });
export type MessageTemplate = z.infer<typeof messageTemplateSchema>;

export const messageTemplatePreviewInputSchema = z.strictObject({ ...messageWordingInputSchema.shape, clientId: z.uuid('Choose a client') }).meta({ id: 'MessageTemplatePreviewInput' });

export const messageTemplatePreviewSchema = z
  .object({
    subject: z.string(),
    text: z.string(),
    html: z.string(),
    sms: z.string(),
    exampleValues: z.array(z.string()).meta({ description: 'Placeholders filled with example values because the client has no data for them.' }),
  })
  .meta({ id: 'MessageTemplatePreview' });
export type MessageTemplatePreview = z.infer<typeof messageTemplatePreviewSchema>;

const LONG_WEEKDAYS = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'];
const LONG_MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** A calendar date as a message says it: "Thursday 10 December 2026", or "Thursday 10 December" where the year goes without saying. */
export function dateInWords(isoDate: string, { withYear = true } = {}): string {
  const [year, month, day] = isoDate.split('-').map(Number) as [number, number, number];
  const date = `${LONG_WEEKDAYS[isoWeekday(isoDate) - 1]!} ${day} ${LONG_MONTHS[month - 1]!}`;
  return withYear ? `${date} ${year}` : date;
}

/** What an appointment is, in a client's words. */
export const APPOINTMENT_KIND_WORDING: Record<AppointmentKind, string> = {
  consultation: 'consultation',
  plan_session: 'SMP session',
  touch_up: 'touch-up session',
  maintenance: 'maintenance session',
  fade_check: 'fade check',
  laser: 'laser removal session',
};

/** What the client brings: a consultation needs their history; a treatment, comfort for a long sitting. */
export const WHAT_TO_BRING: Record<AppointmentKind, string> = {
  consultation: 'a list of any medicines you take, and photos of hairlines you like if you have them.',
  plan_session: 'a loose top that opens at the front, something to listen to, and a snack: sessions take a few hours.',
  touch_up: 'a loose top that opens at the front, and something to listen to.',
  maintenance: 'a loose top that opens at the front, and something to listen to.',
  fade_check: 'nothing but yourself; come with your head shaved as you usually wear it.',
  laser: 'a cap or hat to shade your scalp on the way home.',
};
