import { z } from 'zod';
import { text, uuidParam } from './fields.js';
import { screeningStatusSchema } from './screening.js';

export const APPOINTMENT_KINDS = ['consultation', 'plan_session', 'touch_up', 'maintenance'] as const;
export type AppointmentKind = (typeof APPOINTMENT_KINDS)[number];

export const APPOINTMENT_STATUSES = ['booked', 'confirmed', 'arrived', 'in_progress', 'completed', 'no_show', 'cancelled'] as const;
export type AppointmentStatus = (typeof APPOINTMENT_STATUSES)[number];

/** The only moves an appointment's status may make; completed, no-show and cancelled are final. */
export const APPOINTMENT_TRANSITIONS: Record<AppointmentStatus, readonly AppointmentStatus[]> = {
  booked: ['confirmed', 'arrived', 'no_show', 'cancelled'],
  confirmed: ['arrived', 'no_show', 'cancelled'],
  arrived: ['in_progress', 'cancelled'],
  in_progress: ['completed'],
  completed: [],
  no_show: [],
  cancelled: [],
};

/**
 * The longest an appointment may last. The database's CHECK on appointments holds
 * the same bound, and the calendar's query relies on it: whatever overlaps a day
 * started at most this long before the day began.
 */
export const MAX_APPOINTMENT_MINUTES = 8 * 60;

export function mayMoveTo(from: AppointmentStatus, to: AppointmentStatus): boolean {
  return APPOINTMENT_TRANSITIONS[from].includes(to);
}

/** Statuses in which an appointment still holds its artist, room and time (the exclusion constraints agree). */
export const HOLDING_STATUSES = ['booked', 'confirmed', 'arrived', 'in_progress', 'completed'] as const satisfies readonly AppointmentStatus[];
export type HoldingStatus = (typeof HOLDING_STATUSES)[number];

export const overrideSchema = z
  .strictObject({ reason: text().trim().min(10, 'Write the reason in a sentence').max(1000, 'At most 1000 characters') })
  .meta({ id: 'Override', description: 'An owner’s written reason to book outside the rules (hours, spacing window, screening). Audited.' });

const staffRef = z.object({ id: z.uuid(), name: z.string() });

export const appointmentSchema = z
  .object({
    id: z.uuid(),
    kind: z.enum(APPOINTMENT_KINDS),
    status: z.enum(APPOINTMENT_STATUSES),
    client: z.object({ id: z.uuid(), name: z.string(), screening: screeningStatusSchema }),
    artist: staffRef,
    room: z.object({ id: z.uuid(), name: z.string() }).nullable(),
    startsAt: z.iso.datetime(),
    endsAt: z.iso.datetime(),
    durationMinutes: z.number().int(),
    planSession: z.object({ id: z.uuid(), planId: z.uuid(), number: z.number().int() }).nullable(),
    consultationId: z.uuid().nullable(),
    notes: z.string().nullable(),
    cancellation: z.object({ reason: z.string(), late: z.boolean(), at: z.iso.datetime() }).nullable(),
    overrideReason: z.string().nullable(),
    createdAt: z.iso.datetime(),
    updatedAt: z.iso.datetime(),
  })
  .meta({ id: 'Appointment' });
export type Appointment = z.infer<typeof appointmentSchema>;

export const appointmentIdParamsSchema = uuidParam('Not an appointment id');
