import { z } from 'zod';
import { text, uuidParam } from './fields.js';
import { APPOINTMENT_KINDS, APPOINTMENT_STATUSES } from './appointment-rules.js';
import { screeningStatusSchema } from './screening.js';
import { TREATMENT_STYLES } from './consultations.js';

export const overrideSchema = z
  .strictObject({ reason: text().trim().min(10, 'Write the reason in a sentence').max(1000, 'At most 1000 characters') })
  .meta({ id: 'Override', description: 'An owner’s written reason to book outside the rules (hours, spacing window, screening, the artist’s certifications). Audited.' });

const staffRef = z.object({ id: z.uuid(), name: z.string() });

export const appointmentSchema = z
  .object({
    id: z.uuid(),
    kind: z.enum(APPOINTMENT_KINDS),
    status: z.enum(APPOINTMENT_STATUSES),
    client: z.object({ id: z.uuid(), name: z.string(), screening: screeningStatusSchema }),
    artist: staffRef,
    room: z.object({ id: z.uuid(), name: z.string() }).nullable(),
    location: z.object({ id: z.uuid(), name: z.string(), timeZone: z.string() }).meta({ description: 'Where it takes place; its times are in this zone.' }),
    startsAt: z.iso.datetime(),
    endsAt: z.iso.datetime(),
    durationMinutes: z.number().int(),
    planSession: z.object({ id: z.uuid(), planId: z.uuid(), number: z.number().int(), style: z.enum(TREATMENT_STYLES) }).nullable(),
    correctionPlanId: z.uuid().nullable().meta({ description: 'For a laser session: the correction plan it belongs to.' }),
    consultationId: z.uuid().nullable(),
    notes: z.string().nullable(),
    cancellation: z.object({ reason: z.string(), late: z.boolean(), at: z.iso.datetime() }).nullable(),
    overrideReason: z.string().nullable(),
    confirmedByClientAt: z.iso.datetime().nullable().meta({ description: 'When the client confirmed it through their reminder’s link.' }),
    rescheduleRequestedAt: z.iso.datetime().nullable().meta({ description: 'When the client asked for another time; cleared when it is moved.' }),
    rescheduleRequestNote: z.string().nullable(),
    createdAt: z.iso.datetime(),
    updatedAt: z.iso.datetime(),
  })
  .meta({ id: 'Appointment' });
export type Appointment = z.infer<typeof appointmentSchema>;

export const appointmentIdParamsSchema = uuidParam('Not an appointment id');
