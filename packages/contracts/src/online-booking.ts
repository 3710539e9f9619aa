import { z } from 'zod';
import { CONSULTATION_MODES } from './consultations.js';
import { phoneNumber } from './clients.js';
import { emailAddress, instant, isoDate, personName } from './fields.js';

/**
 * Online booking of consultations: what the clinic offers (owners set it), and the
 * public steps a client takes without signing in — see the slots, give their
 * details, prove their email with a code, hold the slot, confirm — and the link
 * that lets them move or cancel it afterwards.
 */

export type ConsultationMode = (typeof CONSULTATION_MODES)[number];

export const onlineBookingSettingsSchema = z
  .object({
    enabled: z.boolean(),
    artistIds: z.array(z.uuid()).max(100).meta({ description: 'The artists a client may choose, or get when they choose any.' }),
    modes: z.array(z.enum(CONSULTATION_MODES)).max(3).meta({ description: 'The kinds of consultation offered: at the clinic, by phone, by video.' }),
    minNoticeHours: z.number().int().min(0).max(336).meta({ description: 'The earliest a client may book (or move a booking to), in hours from now.' }),
    horizonDays: z.number().int().min(1).max(365).meta({ description: 'How far ahead a client may book, in days from today.' }),
  })
  .meta({ id: 'OnlineBookingSettings' });
export type OnlineBookingSettings = z.infer<typeof onlineBookingSettingsSchema>;

export const onlineBookingSettingsInputSchema = z
  .strictObject({
    enabled: z.boolean(),
    artistIds: z.array(z.uuid()).max(100),
    modes: z.array(z.enum(CONSULTATION_MODES)).max(3),
    minNoticeHours: z.number().int().min(0, 'At least 0').max(336, 'At most 336 hours (two weeks)'),
    horizonDays: z.number().int().min(1, 'At least 1 day').max(365, 'At most 365 days'),
  })
  .refine((settings) => !settings.enabled || settings.modes.length > 0, { path: ['modes'], error: 'Offer at least one kind of consultation' })
  .refine((settings) => !settings.enabled || settings.artistIds.length > 0, { path: ['artistIds'], error: 'Offer at least one artist' })
  .meta({ id: 'OnlineBookingSettingsInput' });
export type OnlineBookingSettingsInput = z.input<typeof onlineBookingSettingsInputSchema>;

export const bookingOptionsSchema = z
  .object({
    clinic: z.object({ name: z.string(), timeZone: z.string() }),
    modes: z.array(z.enum(CONSULTATION_MODES)),
    artists: z.array(z.object({ id: z.uuid(), name: z.string() })),
    durationMinutes: z.number().int(),
    minNoticeHours: z.number().int(),
    horizonDays: z.number().int(),
    lastDay: z.iso.date().meta({ description: 'The last day a client may book, in the clinic’s time zone.' }),
  })
  .meta({ id: 'BookingOptions', description: 'What a client may choose on the booking page.' });
export type BookingOptions = z.infer<typeof bookingOptionsSchema>;

/** Days of the clinic's calendar, at most a fortnight at once. */
const days = { from: isoDate, to: isoDate.meta({ description: 'Inclusive, clinic calendar.' }) };
type Days = { from: string; to: string };
const fromBeforeTo = (query: Days) => query.from <= query.to;
const atMostFortnight = (query: Days) => Date.parse(query.to) - Date.parse(query.from) <= 13 * 86_400_000;

export const bookingSlotsQuerySchema = z
  .object({ ...days, artistId: z.uuid().optional().meta({ description: 'Any offered artist when absent.' }) })
  .refine(fromBeforeTo, { path: ['to'], error: 'Must not be before from' })
  .refine(atMostFortnight, { path: ['to'], error: 'At most 14 days at once' });
/** The slots a booking may move to: its own artist's. */
export const manageSlotsQuerySchema = z
  .object(days)
  .refine(fromBeforeTo, { path: ['to'], error: 'Must not be before from' })
  .refine(atMostFortnight, { path: ['to'], error: 'At most 14 days at once' });

export const bookingSlotSchema = z
  .object({ startsAt: z.iso.datetime(), endsAt: z.iso.datetime(), artistId: z.uuid().nullable().meta({ description: 'Null when asked for any artist.' }) })
  .meta({ id: 'BookingSlot' });
export type BookingSlot = z.infer<typeof bookingSlotSchema>;
export const bookingSlotsSchema = z.object({ slots: z.array(bookingSlotSchema) }).meta({ id: 'BookingSlots' });

export const bookingStartSchema = z
  .strictObject({
    mode: z.enum(CONSULTATION_MODES),
    artistId: z.uuid().nullable().meta({ description: 'Null: any offered artist.' }),
    startsAt: instant(),
    firstName: personName,
    lastName: personName,
    email: emailAddress,
    phone: phoneNumber.nullable().optional(),
  })
  .meta({ id: 'BookingStart' });
export type BookingStart = z.input<typeof bookingStartSchema>;

/** The same for every email, known to the clinic or not. */
export const bookingStartedSchema = z
  .object({
    requestId: z.string().meta({ description: 'The request’s secret handle: keep it for the next steps.' }),
    expiresAt: z.iso.datetime().meta({ description: 'Until when the emailed code works.' }),
  })
  .meta({ id: 'BookingStarted' });
export type BookingStarted = z.infer<typeof bookingStartedSchema>;

const requestId = z.string().min(1, 'Required').max(100);

export const bookingVerifySchema = z
  .strictObject({
    requestId,
    code: z.string().regex(/^\d{6}$/, 'Enter the 6 digits from the email'),
    startsAt: instant().optional().meta({ description: 'Another free time, when the one asked for was taken meanwhile (409): the same code holds it.' }),
  })
  .meta({ id: 'BookingVerify' });
export type BookingVerify = z.input<typeof bookingVerifySchema>;

export const bookingHeldSchema = z
  .object({ startsAt: z.iso.datetime(), endsAt: z.iso.datetime(), artistName: z.string(), heldUntil: z.iso.datetime() })
  .meta({ id: 'BookingHeld', description: 'The slot, held while the client confirms.' });
export type BookingHeld = z.infer<typeof bookingHeldSchema>;

export const bookingConfirmSchema = z.strictObject({ requestId }).meta({ id: 'BookingConfirm' });

export const ONLINE_BOOKING_STATUSES = ['booked', 'cancelled', 'past'] as const;

export const managedBookingSchema = z
  .object({
    clinic: z.object({ name: z.string(), timeZone: z.string() }),
    mode: z.enum(CONSULTATION_MODES),
    artistId: z.uuid(),
    artistName: z.string(),
    startsAt: z.iso.datetime(),
    endsAt: z.iso.datetime(),
    status: z.enum(ONLINE_BOOKING_STATUSES),
    lateCancellation: z.boolean().nullable(),
    minNoticeHours: z.number().int(),
    cancellationPolicy: z
      .object({
        lateWithinHours: z.number().int().meta({ description: 'A cancellation closer than this to the start is late.' }),
        lateFeeMinor: z.number().int().meta({ description: 'What a late cancellation costs, in minor units of the currency; 0 when nothing.' }),
        currency: z.string(),
      })
      .meta({ description: 'The clinic’s rule, said before the client cancels.' }),
  })
  .meta({ id: 'ManagedBooking', description: 'A booking as its manage link shows it; nothing clinical.' });
export type ManagedBooking = z.infer<typeof managedBookingSchema>;

export const bookingConfirmedSchema = z
  .object({
    booking: managedBookingSchema,
    manageToken: z.string().meta({ description: 'Also emailed: the manage link’s secret.' }),
    intakeToken: z.string().meta({ description: 'Also emailed: the secret of the link to the intake from home (contact, hair-loss history, photos, questionnaire).' }),
  })
  .meta({ id: 'BookingConfirmed' });
export type BookingConfirmed = z.infer<typeof bookingConfirmedSchema>;

export const manageTokenParamsSchema = z.object({ token: z.string().max(100) });
export const bookingRescheduleSchema = z.strictObject({ startsAt: instant() }).meta({ id: 'BookingReschedule' });
export const bookingCancelSchema = z.strictObject({}).optional().meta({ id: 'BookingCancel' });

export const onlineClientSchema = z
  .object({
    id: z.uuid(),
    firstName: z.string(),
    lastName: z.string(),
    email: z.string().nullable(),
    phone: z.string().nullable(),
    onlineSince: z.iso.datetime(),
  })
  .meta({ id: 'OnlineClient', description: 'A client an online booking created, awaiting reception’s confirmation.' });
export type OnlineClient = z.infer<typeof onlineClientSchema>;
export const onlineClientsSchema = z.object({ items: z.array(onlineClientSchema) }).meta({ id: 'OnlineClients' });
