/** The most an appointment's cancellation reason holds (the database's CHECK). */
const APPOINTMENT_REASON_LIMIT = 500;
const PREFIX = 'Plan cancelled: ';

/**
 * What a booking cancelled with its plan says. The plan keeps the full reason; a
 * booking's note is cut to fit, since a plan's reason may already use the whole limit.
 */
export function bookingCancellationReason(planReason: string): string {
  const note = `${PREFIX}${planReason}`;
  return note.length <= APPOINTMENT_REASON_LIMIT ? note : `${note.slice(0, APPOINTMENT_REASON_LIMIT - 1)}…`;
}
