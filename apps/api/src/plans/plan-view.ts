import {
  differsFromPlan,
  planRoutes,
  repeatedShadeWarning,
  routePath,
  type AppointmentStatus,
  type ClinicSettings,
  type Plan,
  type PlanClearance,
  type PlanListItem,
  type PlanStartBlocker,
  type ScreeningStatus,
} from '@smp/contracts';
import type { Pigment, PigmentLot, PlanClearance as PlanClearanceRow, PlanSession, TreatmentPlan } from '../generated/prisma/client.js';
import { toPigmentRef, toUsedPigment } from '../pigments/pigment-ref.js';
import { windowAfter } from '../scheduling/booking-rules.js';
import { HOLDING } from '../scheduling/appointment-writer.js';

type LiveAppointment = {
  id: string;
  startsAt: Date;
  endsAt: Date;
  status: string;
  sessionRecord: { id: string; pigments: { pigmentLot: PigmentLot & { pigment: Pigment } }[] } | null;
};

export type PlanRow = TreatmentPlan & {
  client: { id: string; firstName: string; lastName: string };
  artist: { id: string; name: string };
  sessions: (PlanSession & { appointments: LiveAppointment[]; pigments: { pigment: Pigment }[] })[];
  clearances: (PlanClearanceRow & { recordedBy: { id: string; name: string } })[];
  correctionAssessment: { id: string } | null;
};

export const planIncludes = {
  client: { select: { id: true, firstName: true, lastName: true } },
  artist: { select: { id: true, name: true } },
  clearances: { include: { recordedBy: { select: { id: true, name: true } } }, orderBy: [{ recordedAt: 'asc' as const }, { id: 'asc' as const }] },
  correctionAssessment: { select: { id: true } },
  sessions: {
    orderBy: { number: 'asc' as const },
    include: {
      pigments: { include: { pigment: true }, orderBy: { pigment: { shadeName: 'asc' as const } } },
      appointments: {
        where: { status: HOLDING },
        select: {
          id: true,
          startsAt: true,
          endsAt: true,
          status: true,
          sessionRecord: { select: { id: true, pigments: { select: { pigmentLot: { include: { pigment: true } } } } } },
        },
      },
    },
  },
};

/** A plan as one reads it: as a list shows it and, for a draft, why it cannot start yet. */
export function toPlan(row: PlanRow, screening: ScreeningStatus, settings: ClinicSettings, startBlockers: PlanStartBlocker[]): Plan {
  return { ...toPlanListItem(row, screening, settings), startBlockers };
}

/** A plan with each session's planned pigments, live appointment, the window it must start in and what its record used. */
export function toPlanListItem(row: PlanRow, screening: ScreeningStatus, settings: ClinicSettings): PlanListItem {
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
      const previousSession = index > 0 ? row.sessions[index - 1]! : null;
      const previous = previousSession?.appointments[0] ?? null;
      const plannedIds = session.pigments.map((planned) => planned.pigment.id);
      const record = appointment?.sessionRecord ?? null;
      return {
        id: session.id,
        number: session.number,
        kind: session.kind as 'included' | 'extra',
        pigments: session.pigments.map((planned) => toPigmentRef(planned.pigment)),
        shadeNote: session.shadeNote,
        shadeWarning: repeatedShadeWarning(previousSession && { number: previousSession.number, pigmentIds: previousSession.pigments.map((planned) => planned.pigment.id) }, plannedIds),
        recorded: record && {
          sessionRecordId: record.id,
          pigments: record.pigments.map((use) => toUsedPigment(use.pigmentLot)),
          differsFromPlan: differsFromPlan(
            plannedIds,
            record.pigments.map((use) => use.pigmentLot.pigment.id),
          ),
        },
        priceMinor: session.priceMinor,
        includedReason: session.includedReason,
        appointment: appointment
          ? { id: appointment.id, startsAt: appointment.startsAt.toISOString(), endsAt: appointment.endsAt.toISOString(), status: appointment.status as AppointmentStatus }
          : null,
        window: windowAfter(previous?.endsAt ?? null, settings),
      };
    }),
    clearances: row.clearances.map(toPlanClearance),
    createdAt: row.createdAt.toISOString(),
    startedAt: row.startedAt?.toISOString() ?? null,
    completedAt: row.completedAt?.toISOString() ?? null,
  };
}

function toPlanClearance(row: PlanRow['clearances'][number]): PlanClearance {
  return {
    id: row.id,
    kind: row.overrideReason === null ? 'letter' : 'override',
    note: row.note,
    documentName: row.documentName,
    documentUrl: row.documentKey === null ? null : routePath(planRoutes.clearanceDocument, { id: row.id }),
    reason: row.overrideReason,
    recordedBy: row.recordedBy,
    recordedAt: row.recordedAt.toISOString(),
  };
}
