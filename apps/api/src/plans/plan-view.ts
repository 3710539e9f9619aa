import type { AppointmentStatus, ClinicSettings, Plan, ScreeningStatus } from '@smp/contracts';
import type { PlanSession, TreatmentPlan } from '../generated/prisma/client.js';
import { windowAfter } from '../scheduling/booking-rules.js';
import { HOLDING } from '../scheduling/appointment-writer.js';

type LiveAppointment = { id: string; startsAt: Date; endsAt: Date; status: string };

export type PlanRow = TreatmentPlan & {
  client: { id: string; firstName: string; lastName: string };
  artist: { id: string; name: string };
  sessions: (PlanSession & { appointments: LiveAppointment[] })[];
};

export const planIncludes = {
  client: { select: { id: true, firstName: true, lastName: true } },
  artist: { select: { id: true, name: true } },
  sessions: {
    orderBy: { number: 'asc' as const },
    include: { appointments: { where: { status: HOLDING }, select: { id: true, startsAt: true, endsAt: true, status: true } } },
  },
};

/** A plan with each session's live appointment and the window it must start in. */
export function toPlan(row: PlanRow, screening: ScreeningStatus, settings: ClinicSettings): Plan {
  return {
    id: row.id,
    client: { id: row.client.id, name: `${row.client.firstName} ${row.client.lastName}`, screening },
    style: row.style as Plan['style'],
    artist: row.artist,
    status: row.status as Plan['status'],
    quotedPriceMinor: row.quotedPriceMinor,
    currency: row.currency,
    notes: row.notes,
    cancellationReason: row.cancellationReason,
    sessions: row.sessions.map((session, index) => {
      const appointment = session.appointments[0] ?? null;
      const previous = index > 0 ? (row.sessions[index - 1]!.appointments[0] ?? null) : null;
      return {
        id: session.id,
        number: session.number,
        kind: session.kind as 'included' | 'extra',
        shade: session.shade,
        priceMinor: session.priceMinor,
        includedReason: session.includedReason,
        appointment: appointment
          ? { id: appointment.id, startsAt: appointment.startsAt.toISOString(), endsAt: appointment.endsAt.toISOString(), status: appointment.status as AppointmentStatus }
          : null,
        window: windowAfter(previous?.endsAt ?? null, settings),
      };
    }),
    createdAt: row.createdAt.toISOString(),
    startedAt: row.startedAt?.toISOString() ?? null,
    completedAt: row.completedAt?.toISOString() ?? null,
  };
}
