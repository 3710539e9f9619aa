import { z } from 'zod';
import { instant, isoDate, optionalText, text, uuidParam } from './fields.js';
import { APPOINTMENT_KINDS, APPOINTMENT_STATUSES, MAX_APPOINTMENT_MINUTES } from './appointment-rules.js';
import { appointmentSchema, overrideSchema } from './appointments.js';
import { FOLLOW_UP_URGENCIES } from './session-windows.js';
import { CONSULTATION_MODES, TREATMENT_STYLES } from './consultations.js';
import { screeningStatusSchema } from './screening.js';
import { pigmentRefSchema, usedPigmentSchema } from './pigments.js';

// ——— Resources and hours ———

const timeOfDay = text().regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'Enter a time as HH:MM (24-hour)');
const appointmentMinutes = z.number().int().min(15).max(MAX_APPOINTMENT_MINUTES);
const staffRef = z.object({ id: z.uuid(), name: z.string() });

export const workingIntervalSchema = z
  .strictObject({
    weekday: z.number().int().min(1).max(7),
    starts: timeOfDay,
    ends: timeOfDay,
    locationId: z.uuid('Choose a location').optional().meta({ description: 'Where the artist works then; the main location when absent.' }),
  })
  .refine((interval) => interval.starts < interval.ends, { path: ['ends'], error: 'Must be after the start' })
  .meta({ id: 'WorkingInterval' });
export type WorkingInterval = z.infer<typeof workingIntervalSchema>;

export const artistHoursInputSchema = z
  .strictObject({
    weekly: z.array(workingIntervalSchema).max(28).meta({ description: 'Working intervals per ISO weekday; a break is the gap between two.' }),
  })
  .superRefine((input, ctx) => {
    input.weekly.forEach((a, i) =>
      input.weekly.forEach((b, j) => {
        if (i < j && a.weekday === b.weekday && a.starts < b.ends && b.starts < a.ends) {
          ctx.addIssue({ code: 'custom', path: ['weekly', j], message: 'Overlaps another interval on the same day' });
        }
      }),
    );
  })
  .meta({ id: 'ArtistHoursInput' });

export const TIME_OFF_REASONS = ['day_off', 'holiday', 'sick', 'training', 'other'] as const;

export const timeOffInputSchema = z
  .strictObject({ startsOn: isoDate, endsOn: isoDate, reason: z.enum(TIME_OFF_REASONS), note: optionalText(500) })
  .refine((input) => input.startsOn <= input.endsOn, { path: ['endsOn'], error: 'Must not be before the first day' })
  .meta({ id: 'TimeOffInput' });

export const timeOffSchema = z.object({ id: z.uuid(), startsOn: z.string(), endsOn: z.string(), reason: z.enum(TIME_OFF_REASONS), note: z.string().nullable() }).meta({ id: 'TimeOff' });

export const artistScheduleSchema = z.object({ artist: staffRef, weekly: z.array(workingIntervalSchema), timeOff: z.array(timeOffSchema) }).meta({ id: 'ArtistSchedule' });
export type ArtistSchedule = z.infer<typeof artistScheduleSchema>;

export const closureInputSchema = z
  .strictObject({
    startsOn: isoDate,
    endsOn: isoDate,
    reason: text().trim().min(1, 'Say why').max(200),
    locationId: z.uuid('Choose a location').nullable().optional().meta({ description: 'The location closed; every location when null or absent.' }),
  })
  .refine((input) => input.startsOn <= input.endsOn, { path: ['endsOn'], error: 'Must not be before the first day' })
  .meta({ id: 'ClosureInput' });
export const closureSchema = z
  .object({ id: z.uuid(), startsOn: z.string(), endsOn: z.string(), reason: z.string(), locationId: z.uuid().nullable().meta({ description: 'Null: every location.' }) })
  .meta({ id: 'Closure' });

export const roomInputSchema = z
  .strictObject({
    name: text().trim().min(1, 'Required').max(60, 'At most 60 characters'),
    locationId: z.uuid('Choose a location').optional().meta({ description: 'Where the room is; the main location when absent.' }),
  })
  .meta({ id: 'RoomInput' });
export const roomSchema = z.object({ id: z.uuid(), name: z.string(), archived: z.boolean(), locationId: z.uuid() }).meta({ id: 'Room' });
export type Room = z.infer<typeof roomSchema>;
export const roomListSchema = z.object({ items: z.array(roomSchema) }).meta({ id: 'RoomList' });
export const roomParamsSchema = uuidParam('Not a room id');
export const closureListSchema = z.object({ items: z.array(closureSchema) }).meta({ id: 'ClosureList' });
export const closureParamsSchema = uuidParam('Not a closure id');
export type Closure = z.infer<typeof closureSchema>;
export const timeOffParamsSchema = z.object({ id: z.uuid('Not a staff id'), timeOffId: z.uuid('Not a time-off id') });
export type TimeOff = z.infer<typeof timeOffSchema>;

const minorUnits = z.number().int('Whole minor units (cents)').min(0).max(100_000_000);

export const priceSchema = z
  .object({ style: z.enum(TREATMENT_STYLES), planPriceMinor: z.number().int(), extraSessionPriceMinor: z.number().int(), currency: z.string() })
  .meta({ id: 'Price' });
export const priceListInputSchema = z
  .strictObject({
    prices: z.array(z.strictObject({ style: z.enum(TREATMENT_STYLES), planPriceMinor: minorUnits, extraSessionPriceMinor: minorUnits })).min(1),
  })
  .meta({ id: 'PriceListInput' });
export const priceListSchema = z.object({ items: z.array(priceSchema) }).meta({ id: 'PriceList' });
export type Price = z.infer<typeof priceSchema>;

// ——— Treatment plans ———

export const PLAN_STATUSES = ['draft', 'active', 'completed', 'cancelled'] as const;
export const PLAN_SESSION_KINDS = ['included', 'extra'] as const;
const plannedPigmentIds = z
  .array(z.uuid('Choose a pigment'))
  .min(1, 'Choose the pigments')
  .max(6, 'At most 6 pigments')
  .refine((ids) => new Set(ids.map((id) => id.toLowerCase())).size === ids.length, 'Choose each pigment once')
  .meta({ description: 'Catalogue pigments planned for the session (not archived ones).' });

export const planInputSchema = z
  .strictObject({
    clientId: z.uuid('Choose a client'),
    style: z.enum(TREATMENT_STYLES),
    artistId: z.uuid('Choose an artist'),
    sessions: z
      .array(z.strictObject({ pigmentIds: plannedPigmentIds }))
      .min(2, 'A plan has 2 or 3 sessions')
      .max(3, 'A plan has 2 or 3 sessions')
      .meta({
        description: 'The pigments of each planned session, in order.',
      }),
    quotedPriceMinor: minorUnits.optional().meta({ description: 'Owners only; otherwise the price list’s.' }),
    notes: optionalText(2000),
  })
  .meta({ id: 'PlanInput' });
export type PlanInput = z.input<typeof planInputSchema>;

export const addSessionSchema = z
  .strictObject({ kind: z.enum(PLAN_SESSION_KINDS).meta({ description: 'included: the optional 3rd session; extra: a paid touch-up.' }), pigmentIds: plannedPigmentIds })
  .meta({ id: 'AddSession' });

export const sessionInclusionSchema = z.strictObject({ reason: text().trim().min(3, 'Say why, in a few words').max(500) }).meta({ id: 'SessionInclusion' });
export const planSessionParamsSchema = z.object({ id: z.uuid('Not a plan id'), sessionId: z.uuid('Not a plan session id') });

export const planCancellationSchema = z.strictObject({ reason: text().trim().min(1, 'Say why').max(500) }).meta({ id: 'PlanCancellation' });

const appointmentSummary = z.object({ id: z.uuid(), startsAt: z.iso.datetime(), endsAt: z.iso.datetime(), status: z.enum(APPOINTMENT_STATUSES) });

export const planSessionSchema = z
  .object({
    id: z.uuid(),
    number: z.number().int(),
    kind: z.enum(PLAN_SESSION_KINDS),
    pigments: z.array(pigmentRefSchema).meta({ description: 'The catalogue pigments planned; empty for a session planned before the catalogue was named.' }),
    shadeNote: z.string().nullable().meta({ description: 'The shade typed for a session planned before sessions named catalogue pigments.' }),
    shadeWarning: z.string().nullable().meta({ description: 'When it plans the very pigments of the session before (a warning, not a block).' }),
    recorded: z
      .object({ sessionRecordId: z.uuid(), pigments: z.array(usedPigmentSchema), differsFromPlan: z.boolean() })
      .nullable()
      .meta({ description: 'What its session record used, once recorded.' }),
    priceMinor: z.number().int(),
    includedReason: z.string().nullable().meta({ description: 'Why an owner included a session that would be charged (the third), free of charge.' }),
    appointment: appointmentSummary.nullable().meta({ description: 'Its live appointment, if booked.' }),
    window: z.object({ opensOn: z.string(), closesOn: z.string() }).nullable().meta({
      description: 'When it may start, from the end of the session before; null for session 1, or while that one is not booked.',
    }),
  })
  .meta({ id: 'PlanSession' });

export const PLAN_START_RULES = ['screening', 'design', 'clearance', 'assessment'] as const;
export type PlanStartRule = (typeof PLAN_START_RULES)[number];

export const planStartBlockerSchema = z
  .object({
    rule: z.enum(PLAN_START_RULES).meta({
      description:
        'screening: it does not allow treatment today; design: no client-approved hairline design; clearance: no doctor’s clearance; assessment: a correction without its assessment.',
    }),
    message: z.string(),
  })
  .meta({ id: 'PlanStartBlocker' });
export type PlanStartBlocker = z.infer<typeof planStartBlockerSchema>;

export const planClearanceSchema = z
  .object({
    id: z.uuid(),
    kind: z.enum(['letter', 'override']).meta({ description: 'A doctor’s letter attached to the plan, or an owner’s override of a missing one.' }),
    note: z.string().nullable(),
    documentName: z.string().nullable().meta({ description: 'The letter’s file name; null for an override.' }),
    documentUrl: z.string().nullable(),
    reason: z.string().nullable().meta({ description: 'Why the owner let the plan start without a letter; null for a letter.' }),
    recordedBy: staffRef,
    recordedAt: z.iso.datetime(),
  })
  .meta({ id: 'PlanClearance' });
export type PlanClearance = z.infer<typeof planClearanceSchema>;

export const planClearanceFieldsSchema = z.strictObject({ note: text().trim().max(1000, 'At most 1000 characters').optional() });
export const clearanceOverrideSchema = z.strictObject({ reason: text().trim().min(3, 'Say why, in a few words').max(500, 'At most 500 characters') }).meta({ id: 'ClearanceOverride' });
export const planClearanceParamsSchema = uuidParam('Not a plan clearance id');

export const planListItemSchema = z
  .object({
    id: z.uuid(),
    client: z.object({ id: z.uuid(), name: z.string(), screening: screeningStatusSchema }),
    style: z.enum(TREATMENT_STYLES),
    artist: staffRef,
    status: z.enum(PLAN_STATUSES),
    quotedPriceMinor: z.number().int(),
    currency: z.string(),
    notes: z.string().nullable(),
    cancellationReason: z.string().nullable(),
    sessions: z.array(planSessionSchema),
    clearances: z.array(planClearanceSchema).meta({ description: 'Doctor’s letters attached to the plan and owners’ overrides of a missing one, oldest first.' }),
    createdAt: z.iso.datetime(),
    startedAt: z.iso.datetime().nullable(),
    completedAt: z.iso.datetime().nullable(),
  })
  .meta({ id: 'PlanListItem', description: 'A plan as a list shows it: the start checks come with a single plan only.' });
export type PlanListItem = z.infer<typeof planListItemSchema>;

export const planSchema = planListItemSchema
  .extend({
    startBlockers: z.array(planStartBlockerSchema).meta({ description: 'Why a draft plan cannot start today, each with the rule it misses; empty once it can, and for a plan past draft.' }),
  })
  .meta({ id: 'Plan' });
export type Plan = z.infer<typeof planSchema>;

export const planListQuerySchema = z.object({ clientId: z.uuid('Not a client id') });
export const planListSchema = z.object({ items: z.array(planListItemSchema) }).meta({ id: 'PlanList' });
export const planParamsSchema = uuidParam('Not a plan id');

// ——— Appointments ———

export const appointmentInputSchema = z
  .strictObject({
    kind: z.enum(APPOINTMENT_KINDS),
    clientId: z.uuid('Choose a client'),
    artistId: z.uuid('Choose an artist'),
    roomId: z.uuid('Choose a room').nullable().optional(),
    locationId: z.uuid('Choose a location').optional().meta({
      description: 'Where it takes place. A treatment is at its room’s location; a consultation without one, where the artist works then, else the main location.',
    }),
    startsAt: instant('Enter a date and time'),
    durationMinutes: appointmentMinutes.optional().meta({ description: 'The clinic’s default for the kind when absent.' }),
    planSessionId: z.uuid().optional().meta({ description: 'For kind plan_session: which session of which plan.' }),
    correctionPlanId: z.uuid().optional().meta({ description: 'For kind laser: the correction plan the laser session belongs to.' }),
    consultationMode: z.enum(CONSULTATION_MODES).optional().meta({ description: 'For kind consultation: in person (the default), by phone or by video call.' }),
    notes: optionalText(2000),
    override: overrideSchema.optional(),
  })
  .refine((input) => (input.kind === 'plan_session') === (input.planSessionId !== undefined), {
    path: ['planSessionId'],
    error: 'A plan session names its session, and only a plan session does',
  })
  .refine((input) => (input.kind === 'laser') === (input.correctionPlanId !== undefined), {
    path: ['correctionPlanId'],
    error: 'A laser session names its correction plan, and only a laser session does',
  })
  .refine((input) => input.kind === 'consultation' || input.consultationMode === undefined, {
    path: ['consultationMode'],
    error: 'Only a consultation is held in person, by phone or by video',
  })
  .meta({ id: 'AppointmentInput' });
export type AppointmentInput = z.input<typeof appointmentInputSchema>;

export const appointmentMoveSchema = z
  .strictObject({
    startsAt: instant('Enter a date and time').optional(),
    artistId: z.uuid().optional(),
    roomId: z.uuid().nullable().optional(),
    durationMinutes: appointmentMinutes.optional(),
    reason: text().trim().max(500).optional(),
    override: overrideSchema.optional(),
  })
  .refine((move) => move.startsAt || move.artistId || move.roomId !== undefined || move.durationMinutes, {
    error: 'Send what changes: startsAt, artistId, roomId or durationMinutes',
  })
  .meta({ id: 'AppointmentMove' });
export type AppointmentMove = z.input<typeof appointmentMoveSchema>;

export const appointmentStatusChangeSchema = z
  .strictObject({ status: z.enum(APPOINTMENT_STATUSES), reason: text().trim().min(1).max(500).optional() })
  .refine((change) => change.status !== 'cancelled' || change.reason, { path: ['reason'], error: 'Say why it is cancelled' })
  .meta({ id: 'AppointmentStatusChange' });

export const calendarQuerySchema = z
  .object({
    from: isoDate.meta({ description: 'First day, clinic calendar.' }),
    to: isoDate.meta({ description: 'Last day, inclusive.' }),
    artistId: z.uuid().optional(),
    locationId: z.uuid('Not a location id').optional().meta({ description: 'Only the appointments at this location.' }),
  })
  .refine((query) => query.from <= query.to, { path: ['to'], error: 'Must not be before from' })
  .refine((query) => Date.parse(query.to) - Date.parse(query.from) <= 41 * 86_400_000, { path: ['to'], error: 'At most 42 days at once' });
export const appointmentListSchema = z.object({ items: z.array(appointmentSchema) }).meta({ id: 'AppointmentList' });

export const appointmentEventSchema = z
  .object({
    occurredAt: z.iso.datetime(),
    staff: staffRef.nullable().meta({ description: 'Null when the client acted, through their reminder’s link.' }),
    change: z.enum(['booked', 'moved', 'status', 'reschedule_requested']),
    fromStatus: z.string().nullable(),
    toStatus: z.string().nullable(),
    fromStartsAt: z.iso.datetime().nullable(),
    toStartsAt: z.iso.datetime().nullable(),
    reason: z.string().nullable(),
  })
  .meta({ id: 'AppointmentEvent' });
export const appointmentDetailSchema = appointmentSchema.extend({ history: z.array(appointmentEventSchema) }).meta({ id: 'AppointmentDetail' });
export type AppointmentDetail = z.infer<typeof appointmentDetailSchema>;

// ——— Availability ———

export const availabilityQuerySchema = z
  .object({
    artistId: z.uuid().optional().meta({ description: 'Any active artist when absent.' }),
    from: isoDate,
    to: isoDate.meta({ description: 'Inclusive, clinic calendar.' }),
    durationMinutes: z.coerce.number().int().min(15).max(MAX_APPOINTMENT_MINUTES),
    kind: z.enum(APPOINTMENT_KINDS).default('plan_session').meta({ description: 'Consultations need no room; treatment does.' }),
    locationId: z.uuid('Not a location id').optional().meta({ description: 'Only times at this location; every location the asker may book at when absent.' }),
  })
  .refine((query) => query.from <= query.to, { path: ['to'], error: 'Must not be before from' })
  .refine((query) => Date.parse(query.to) - Date.parse(query.from) <= 61 * 86_400_000, { path: ['to'], error: 'At most 62 days at once' });

export const slotSchema = z.object({ startsAt: z.iso.datetime(), endsAt: z.iso.datetime(), artistId: z.uuid(), roomId: z.uuid().nullable(), locationId: z.uuid() }).meta({ id: 'Slot' });
export type Slot = z.infer<typeof slotSchema>;
export const availabilitySchema = z.object({ slots: z.array(slotSchema), window: z.object({ opensOn: z.string(), closesOn: z.string() }).nullable() }).meta({ id: 'Availability' });
export type Availability = z.infer<typeof availabilitySchema>;
export const nextSessionSlotsQuerySchema = z.object({
  artistId: z.uuid().optional().meta({ description: 'The plan’s artist when absent.' }),
});

// ——— Follow-ups ———

export const CONTACT_CHANNELS_FOLLOW_UP = ['phone', 'sms', 'whatsapp', 'email', 'in_person'] as const;
export const CONTACT_OUTCOMES = ['booked', 'no_answer', 'left_message', 'call_back', 'declined'] as const;

export const contactSchema = z
  .object({
    id: z.uuid(),
    channel: z.enum(CONTACT_CHANNELS_FOLLOW_UP),
    outcome: z.enum(CONTACT_OUTCOMES),
    note: z.string().nullable(),
    staff: staffRef,
    contactedAt: z.iso.datetime(),
  })
  .meta({ id: 'FollowUpContact' });

export const contactInputSchema = z
  .strictObject({
    clientId: z.uuid(),
    planId: z.uuid().optional(),
    channel: z.enum(CONTACT_CHANNELS_FOLLOW_UP),
    outcome: z.enum(CONTACT_OUTCOMES),
    note: optionalText(1000),
  })
  .meta({ id: 'FollowUpContactInput' });

export const followUpSchema = z
  .object({
    kind: z.enum(['reschedule_request', 'deposit_overdue', 'next_session', 'maintenance']),
    urgency: z.enum(FOLLOW_UP_URGENCIES),
    client: z.object({ id: z.uuid(), name: z.string(), phone: z.string().nullable(), email: z.string().nullable(), screening: screeningStatusSchema }),
    plan: z
      .object({ id: z.uuid(), style: z.enum(TREATMENT_STYLES), artistId: z.uuid() })
      .nullable()
      .meta({ description: 'Null for a reschedule request of an appointment outside a plan (a consultation).' }),
    appointment: z.object({ id: z.uuid(), startsAt: z.iso.datetime(), requestedAt: z.iso.datetime(), note: z.string().nullable() }).nullable().meta({
      description:
        'A reschedule request: the appointment the client asked to move, through their reminder’s link. An overdue deposit: session 1’s appointment (requestedAt is when the deposit fell due).',
    }),
    session: z.object({ id: z.uuid(), number: z.number().int() }).nullable().meta({ description: 'The session to book; null for maintenance.' }),
    window: z.object({ opensOn: z.string(), closesOn: z.string() }).nullable(),
    dueSince: z.string().nullable().meta({ description: 'Maintenance: when the recall became due.' }),
    deposit: z
      .object({ requiredMinor: z.number().int(), paidMinor: z.number().int(), dueAt: z.iso.datetime(), currency: z.string() })
      .nullable()
      .meta({ description: 'An overdue deposit: what the accepted quote asks for and what is paid.' }),
    lastContact: contactSchema.nullable(),
    locationId: z.uuid().meta({
      description: 'Where it is followed up: the appointment’s location, else where the client was last booked (the main location for a client never booked).',
    }),
  })
  .meta({ id: 'FollowUp' });
export type FollowUp = z.infer<typeof followUpSchema>;
export const followUpListSchema = z.object({ items: z.array(followUpSchema) }).meta({ id: 'FollowUpList' });
export const followUpQuerySchema = z.object({
  locationId: z.uuid('Not a location id').optional().meta({ description: 'Only what is followed up at this location; every location the asker works at when absent.' }),
});
