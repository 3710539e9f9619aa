import { differsFromPlan, type AftercareStep, type SessionRecord } from '@smp/contracts';
import type { Prisma } from '../generated/prisma/client.js';
import { toIsoDate } from '../database/column-values.js';
import { photoIncludes, toPhoto } from '../photos/photo-record.js';
import { toPigmentRef } from '../pigments/pigment-ref.js';

export const sessionRecordIncludes = {
  artist: { select: { id: true, name: true } },
  needleLot: { include: { needle: true } },
  pigments: { include: { pigmentLot: { include: { pigment: true } } }, orderBy: { role: 'asc' as const } },
  addenda: { include: { author: { select: { id: true, name: true } } }, orderBy: { createdAt: 'asc' as const } },
  appointment: {
    include: {
      planSession: { include: { plan: { select: { id: true, style: true } }, pigments: { include: { pigment: true } } } },
      photos: { include: photoIncludes, orderBy: [{ takenAt: 'asc' as const }, { id: 'asc' as const }] },
    },
  },
} satisfies Prisma.SessionRecordInclude;

export type SessionRecordRow = Prisma.SessionRecordGetPayload<{ include: typeof sessionRecordIncludes }>;

export function toSessionRecord(row: SessionRecordRow): SessionRecord {
  const planSession = row.appointment.planSession;
  return {
    id: row.id,
    appointmentId: row.appointmentId,
    clientId: row.clientId,
    plan: planSession ? { id: planSession.plan.id, style: planSession.plan.style, sessionNumber: planSession.number } : null,
    artist: row.artist,
    areasTreated: row.areasTreated as SessionRecord['areasTreated'],
    density: row.density as SessionRecord['density'],
    dotSize: row.dotSize as SessionRecord['dotSize'],
    depthNotes: row.depthNotes,
    pigments: row.pigments.map((use) => ({
      role: use.role as SessionRecord['pigments'][number]['role'],
      lot: { id: use.pigmentLot.id, lotNumber: use.pigmentLot.lotNumber, expiresOn: toIsoDate(use.pigmentLot.expiresOn)! },
      pigment: toPigmentRef(use.pigmentLot.pigment),
    })),
    plannedPigments: planSession ? planSession.pigments.map((planned) => toPigmentRef(planned.pigment)) : null,
    differsFromPlan: differsFromPlan(
      planSession?.pigments.map((planned) => planned.pigment.id) ?? [],
      row.pigments.map((use) => use.pigmentLot.pigment.id),
    ),
    needle: { lotId: row.needleLot.id, lotNumber: row.needleLot.lotNumber, configuration: row.needleLot.needle.configuration, gauge: row.needleLot.needle.gauge },
    durationMinutes: row.durationMinutes,
    painLevel: row.painLevel,
    reactions: row.reactions,
    notes: row.notes,
    completedAt: row.completedAt.toISOString(),
    aftercare: row.aftercare as unknown as AftercareStep[],
    addenda: row.addenda.map((addendum) => ({ id: addendum.id, text: addendum.text, reason: addendum.reason, author: addendum.author, createdAt: addendum.createdAt.toISOString() })),
    photos: row.appointment.photos.map(toPhoto),
  };
}
