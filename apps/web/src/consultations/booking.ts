import { consultationBookingSchema, isoDate, zonedInstant, type ConsultationBooking } from '@smp/contracts';
import { z } from 'zod';

/** The booking as the form holds it: a date and a time on the clinic's clock instead of an instant. */
export const bookingFormSchema = consultationBookingSchema.omit({ startsAt: true }).extend({
  date: isoDate,
  time: z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'Enter a time'),
});
export type BookingFormValues = z.input<typeof bookingFormSchema>;
export type BookingFormOutput = z.output<typeof bookingFormSchema>;

/** Consultations run 30–60 minutes; longer slots are there for clients with a lot to discuss. */
export const DURATION_CHOICES = [15, 30, 45, 60, 75, 90, 120] as const;

export function bookingFromForm({ date, time, ...booking }: BookingFormOutput, timeZone: string): ConsultationBooking {
  return { ...booking, startsAt: zonedInstant(date, time, timeZone).toISOString() };
}
