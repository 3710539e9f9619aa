import type { Appointment, AppointmentKind, AppointmentStatus, ScreeningStatus, TreatmentStyle } from '@smp/contracts';
import type { Appointment as AppointmentRow } from '../generated/prisma/client.js';

/** An appointment row with what the calendar shows of the people and records it links. */
export type AppointmentWithPeople = Pick<
  AppointmentRow,
  | 'id'
  | 'kind'
  | 'status'
  | 'clientId'
  | 'startsAt'
  | 'endsAt'
  | 'notes'
  | 'cancellationReason'
  | 'cancelledAt'
  | 'lateCancellation'
  | 'overrideReason'
  | 'createdAt'
  | 'updatedAt'
  | 'correctionPlanId'
  | 'rescheduleRequestedAt'
  | 'rescheduleRequestNote'
> & {
  /** The latest confirmation by the client through their reminder's link. */
  confirmedByClientAt: Date | null;
  client: { id: string; firstName: string; lastName: string };
  artist: { id: string; name: string };
  room: { id: string; name: string } | null;
  location: { id: string; name: string; timeZone: string };
  planSession: { id: string; planId: string; number: number; style: TreatmentStyle } | null;
  consultation: { id: string } | null;
};

export function toAppointment(row: AppointmentWithPeople, screening: ScreeningStatus): Appointment {
  return {
    id: row.id,
    kind: row.kind as AppointmentKind,
    status: row.status as AppointmentStatus,
    client: { id: row.client.id, name: `${row.client.firstName} ${row.client.lastName}`, screening },
    artist: row.artist,
    room: row.room,
    location: row.location,
    startsAt: row.startsAt.toISOString(),
    endsAt: row.endsAt.toISOString(),
    durationMinutes: Math.round((row.endsAt.getTime() - row.startsAt.getTime()) / 60_000),
    planSession: row.planSession,
    correctionPlanId: row.correctionPlanId,
    consultationId: row.consultation?.id ?? null,
    notes: row.notes,
    cancellation: row.status === 'cancelled' && row.cancelledAt ? { reason: row.cancellationReason!, late: row.lateCancellation ?? false, at: row.cancelledAt.toISOString() } : null,
    overrideReason: row.overrideReason,
    confirmedByClientAt: row.confirmedByClientAt?.toISOString() ?? null,
    rescheduleRequestedAt: row.rescheduleRequestedAt?.toISOString() ?? null,
    rescheduleRequestNote: row.rescheduleRequestNote,
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
  };
}
