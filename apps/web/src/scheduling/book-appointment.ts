import type { Appointment, AppointmentInput } from '@smp/contracts';
import { consultationsApi } from '../api/consultations';
import { appointmentsApi } from '../api/scheduling';

/**
 * Books through the consultation's own route, for staff who book consultations but
 * not treatments (artists): the same rules check it, and the panel goes on with its
 * appointment as with any other booking.
 */
export async function bookConsultation(input: AppointmentInput): Promise<Appointment> {
  const consultation = await consultationsApi.book(input.clientId, {
    artistId: input.artistId,
    mode: input.consultationMode ?? 'in_person',
    roomId: input.roomId,
    startsAt: input.startsAt,
    durationMinutes: input.durationMinutes,
    notes: input.notes,
  });
  return appointmentsApi.get(consultation.appointmentId);
}
