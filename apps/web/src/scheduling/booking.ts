import { APPOINTMENT_KINDS, CONSULTATION_MODES, isoDate, zonedInstant, type AppointmentInput, type AppointmentKind, type ClinicSettings } from '@smp/contracts';
import { z } from 'zod';

/** The booking as the panel holds it: a day and a time on the clinic's clock, '' for "not chosen". */
export const bookingFormSchema = z
  .object({
    kind: z.enum(APPOINTMENT_KINDS),
    clientId: z.string().min(1, 'Choose a client'),
    planSessionId: z.string(),
    correctionPlanId: z.string(),
    consultationMode: z.enum(CONSULTATION_MODES),
    artistId: z.string().min(1, 'Choose an artist'),
    roomId: z.string(),
    date: isoDate,
    time: z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'Enter a time'),
    durationMinutes: z.number({ error: 'Enter the length' }).int().min(15, 'At least 15 minutes').max(480, 'At most 8 hours'),
    notes: z.string().trim().max(2000, 'At most 2000 characters'),
  })
  .superRefine((values, ctx) => {
    if (values.kind !== 'consultation' && !values.roomId) ctx.addIssue({ code: 'custom', path: ['roomId'], message: 'Choose a room' });
    if (values.kind === 'plan_session' && !values.planSessionId) ctx.addIssue({ code: 'custom', path: ['planSessionId'], message: 'Choose the plan session' });
    if (values.kind === 'laser' && !values.correctionPlanId) ctx.addIssue({ code: 'custom', path: ['correctionPlanId'], message: 'Choose the correction plan' });
  });
export type BookingFormValues = z.infer<typeof bookingFormSchema>;

/** The clinic's usual length of each kind of appointment. */
export function defaultDuration(kind: AppointmentKind, clinic: ClinicSettings): number {
  const minutes: Record<AppointmentKind, number> = {
    consultation: clinic.consultationMinutes,
    plan_session: clinic.sessionMinutes,
    touch_up: clinic.touchUpMinutes,
    maintenance: clinic.maintenanceMinutes,
    fade_check: clinic.fadeCheckMinutes,
    laser: clinic.laserMinutes,
  };
  return minutes[kind];
}

export function appointmentFromForm(values: BookingFormValues, timeZone: string, overrideReason?: string): AppointmentInput {
  return {
    kind: values.kind,
    clientId: values.clientId,
    artistId: values.artistId,
    roomId: values.kind === 'consultation' ? values.roomId || null : values.roomId,
    startsAt: zonedInstant(values.date, values.time, timeZone).toISOString(),
    durationMinutes: values.durationMinutes,
    planSessionId: values.kind === 'plan_session' ? values.planSessionId : undefined,
    correctionPlanId: values.kind === 'laser' ? values.correctionPlanId : undefined,
    consultationMode: values.kind === 'consultation' ? values.consultationMode : undefined,
    notes: values.notes || null,
    override: overrideReason ? { reason: overrideReason } : undefined,
  };
}
