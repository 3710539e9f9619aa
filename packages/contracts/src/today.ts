import { z } from 'zod';
import { isoDate } from './fields.js';
import { appointmentSchema } from './appointments.js';
import { followUpSchema } from './scheduling.js';

/** Days ahead the Today page looks for unconfirmed bookings and blocked treatments. */
export const TODAY_LOOKAHEAD_DAYS = 14;
/** Staff certifications expiring within this many days are put to the owner. */
export const CERTIFICATION_WARNING_DAYS = 30;

export const todayQuerySchema = z.object({
  date: isoDate.optional().meta({ description: 'The day to show, clinic calendar; today in the clinic’s time zone when not given.' }),
});

const cautionItemSchema = z.object({ questionId: z.string(), reason: z.string() });

export const todayAppointmentSchema = appointmentSchema
  .extend({
    cautions: z
      .array(cautionItemSchema)
      .nullable()
      .meta({ description: 'Open caution items of the client’s latest screening, shown at every session; null for roles that may not read medical answers.' }),
  })
  .meta({ id: 'TodayAppointment' });
export type TodayAppointment = z.infer<typeof todayAppointmentSchema>;

export const expiringCertificationSchema = z
  .object({
    staff: z.object({ id: z.uuid(), name: z.string() }),
    name: z.string(),
    expiresOn: z.string(),
    requiredForTreatment: z.boolean().meta({ description: 'When it runs out, the artist can no longer be booked for treatment nor record a session.' }),
  })
  .meta({ id: 'ExpiringCertification' });
export type ExpiringCertification = z.infer<typeof expiringCertificationSchema>;

export const todaySchema = z
  .object({
    date: z.string().meta({ description: 'The day shown, clinic calendar.' }),
    appointments: z.array(todayAppointmentSchema).meta({ description: 'The day’s appointments, cancelled ones left out; an artist’s own only.' }),
    unconfirmed: z.array(appointmentSchema).meta({ description: 'Booked but not confirmed, from the day after for two weeks; an artist’s own only.' }),
    followUps: z.array(followUpSchema).nullable().meta({ description: 'Follow-ups due (the queue without windows not yet open); null for roles without the queue.' }),
    decisions: z
      .object({
        blockedTreatments: z.array(appointmentSchema).meta({ description: 'Treatments in the next two weeks whose client’s screening does not allow them, without an override.' }),
        expiringCertifications: z.array(expiringCertificationSchema),
      })
      .nullable()
      .meta({ description: 'What waits for an owner’s decision; null for other roles.' }),
  })
  .meta({ id: 'Today' });
export type Today = z.infer<typeof todaySchema>;
