import { z } from 'zod';
import { phoneNumber } from './clients.js';
import { emailAddress, text } from './fields.js';
import { isPhoneRegion } from './phone.js';

export function isTimeZone(value: string): boolean {
  try {
    new Intl.DateTimeFormat('en', { timeZone: value });
    return true;
  } catch {
    return false;
  }
}

const currencies = new Set(Intl.supportedValuesOf('currency'));
export function isCurrency(value: string): boolean {
  return currencies.has(value);
}

/** ISO weekday: 1 is Monday, 7 is Sunday. */
export const WEEKDAYS = [1, 2, 3, 4, 5, 6, 7] as const;

const timeOfDay = text().regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'Enter a time as HH:MM (24-hour)');

export const openingIntervalSchema = z
  .strictObject({
    weekday: z.number().int().min(1).max(7).meta({ description: 'ISO weekday: 1 is Monday, 7 is Sunday.' }),
    opens: timeOfDay,
    closes: timeOfDay,
  })
  .refine((interval) => interval.opens < interval.closes, { path: ['closes'], error: 'Must be after the opening time' })
  .meta({ id: 'OpeningInterval' });
export type OpeningInterval = z.infer<typeof openingIntervalSchema>;

/** Indexes of intervals that overlap an earlier interval on the same weekday, for field-level messages. */
export function overlappingIntervals(intervals: OpeningInterval[]): number[] {
  const overlapping = new Set<number>();
  intervals.forEach((a, i) =>
    intervals.forEach((b, j) => {
      if (i < j && a.weekday === b.weekday && a.opens < b.closes && b.opens < a.closes) overlapping.add(j);
    }),
  );
  return [...overlapping].sort((x, y) => x - y);
}

/** Marks each opening interval that overlaps an earlier one of its day, beside its field. */
export function refuseOverlappingHours(openingHours: OpeningInterval[], ctx: z.RefinementCtx): void {
  for (const index of overlappingIntervals(openingHours)) {
    ctx.addIssue({ code: 'custom', path: ['openingHours', index], message: 'Overlaps another interval on the same day' });
  }
}

export const clinicSettingsInputSchema = z
  .strictObject({
    name: text().trim().min(1, 'Required').max(120, 'At most 120 characters'),
    country: text()
      .trim()
      .toUpperCase()
      .refine(isPhoneRegion, 'Enter a two-letter country code, such as US or GB')
      .meta({ description: 'ISO 3166 country; phone numbers without a country code are read as this country’s.' }),
    timeZone: text().refine(isTimeZone, 'Enter an IANA time zone, such as America/New_York'),
    currency: text().trim().toUpperCase().refine(isCurrency, 'Enter an ISO 4217 currency code, such as USD'),
    openingHours: z.array(openingIntervalSchema).max(28),
    sessionIdleMinutes: z.number().int().min(5, 'At least 5 minutes').max(240, 'At most 240 minutes').meta({ description: 'A signed-in session ends after this long without activity.' }),
    sessionMaxHours: z.number().int().min(1, 'At least 1 hour').max(24, 'At most 24 hours').meta({ description: 'A signed-in session ends this long after sign-in, however active.' }),
    screeningValidityDays: z.number().int().min(7, 'At least 7 days').max(365, 'At most 365 days').meta({ description: 'How long a signed screening allows treatment.' }),
    injectablesDeferDays: z.number().int().min(0, 'At least 0 days').max(180, 'At most 180 days').meta({ description: 'Days after Botox or fillers before treatment may go ahead.' }),
    sessionSpacingMinDays: z.number().int().min(1, 'At least 1 day').max(60, 'At most 60 days').meta({
      description: 'Session n+1 starts at least this many days after session n ends.',
    }),
    sessionSpacingMaxDays: z.number().int().min(1, 'At least 1 day').max(120, 'At most 120 days').meta({
      description: 'Session n+1 starts at most this many days after session n ends.',
    }),
    maintenanceRecallYears: z.number().int().min(1, 'At least 1 year').max(10, 'At most 10 years'),
    consultationMinutes: z.number().int().min(15).max(120),
    sessionMinutes: z.number().int().min(60).max(360),
    touchUpMinutes: z.number().int().min(30).max(360),
    maintenanceMinutes: z.number().int().min(30).max(360),
    slotStepMinutes: z.union([z.literal(5), z.literal(10), z.literal(15), z.literal(20), z.literal(30), z.literal(60)]),
    fadeCheckMinutes: z.number().int().min(15, 'At least 15 minutes').max(120, 'At most 120 minutes'),
    highSunRecallYears: z.number().int().min(1, 'At least 1 year').max(10, 'At most 10 years').meta({
      description: 'Maintenance recall after the last session for a client with high sun exposure.',
    }),
    fadedRecallMonths: z.number().int().min(0, 'At least 0 months').max(24, 'At most 24 months').meta({
      description: 'Maintenance recall this long after a fade assessment scoring 2 or more in any area.',
    }),
    laserSpacingDays: z.number().int().min(7, 'At least 7 days').max(180, 'At most 180 days').meta({ description: 'Days between two laser removal sessions of a correction plan.' }),
    laserHealingDays: z.number().int().min(7, 'At least 7 days').max(180, 'At most 180 days').meta({ description: 'Days after the last laser session before SMP may start.' }),
    laserMinutes: z.number().int().min(15).max(120),
    address: text().trim().max(300, 'At most 300 characters').nullable().meta({ description: 'Where clients come; messages and calendar invitations give it.' }),
    phone: phoneNumber.nullable().meta({ description: 'The number messages tell clients to call.' }),
    email: emailAddress.nullable().meta({ description: 'Where clients’ replies to messages go (Reply-To), and the organiser of their calendar invitations.' }),
    reminderHours: z
      .array(z.number().int().min(1, 'At least 1 hour').max(336, 'At most 336 hours (two weeks)'))
      .max(3, 'At most 3 reminders')
      .refine((hours) => new Set(hours).size === hours.length, 'Each reminder needs its own time')
      .meta({ description: 'Hours before an appointment at which a reminder goes out; none when empty.' }),
    quietHours: z
      .strictObject({ start: timeOfDay, end: timeOfDay })
      .refine((quiet) => quiet.start !== quiet.end, { path: ['end'], error: 'Must differ from the start' })
      .nullable()
      .meta({ description: 'Local times between which no scheduled message goes out (it goes before they begin); null for none.' }),
    preparationDaysBefore: z.number().int().min(1, 'At least 1 day').max(7, 'At most 7 days').meta({ description: 'Days before a treatment session its preparation message goes out.' }),
  })
  .superRefine((settings, ctx) => {
    if (settings.sessionSpacingMinDays > settings.sessionSpacingMaxDays) {
      ctx.addIssue({ code: 'custom', path: ['sessionSpacingMaxDays'], message: 'Must not be less than the minimum' });
    }
    refuseOverlappingHours(settings.openingHours, ctx);
  })
  .meta({ id: 'ClinicSettingsInput' });
export type ClinicSettingsInput = z.input<typeof clinicSettingsInputSchema>;

export const clinicSettingsSchema = z
  .object({
    name: z.string(),
    country: z.string().length(2),
    timeZone: z.string(),
    currency: z.string().length(3),
    openingHours: z.array(openingIntervalSchema).meta({ description: 'Sorted by weekday, then opening time.' }),
    sessionIdleMinutes: z.number().int(),
    sessionMaxHours: z.number().int(),
    screeningValidityDays: z.number().int(),
    injectablesDeferDays: z.number().int(),
    sessionSpacingMinDays: z.number().int(),
    sessionSpacingMaxDays: z.number().int(),
    maintenanceRecallYears: z.number().int(),
    consultationMinutes: z.number().int(),
    sessionMinutes: z.number().int(),
    touchUpMinutes: z.number().int(),
    maintenanceMinutes: z.number().int(),
    slotStepMinutes: z.number().int(),
    fadeCheckMinutes: z.number().int(),
    highSunRecallYears: z.number().int(),
    fadedRecallMonths: z.number().int(),
    laserSpacingDays: z.number().int(),
    laserHealingDays: z.number().int(),
    laserMinutes: z.number().int(),
    address: z.string().nullable(),
    phone: z.string().nullable().meta({ description: 'E.164' }),
    email: z.string().nullable(),
    reminderHours: z.array(z.number().int()).meta({ description: 'Longest first.' }),
    quietHours: z.object({ start: z.string(), end: z.string() }).nullable(),
    preparationDaysBefore: z.number().int(),
    updatedAt: z.iso.datetime(),
  })
  .meta({ id: 'ClinicSettings' });
export type ClinicSettings = z.infer<typeof clinicSettingsSchema>;
