import { dateInZone, shiftPointsAtLots, type FadeAssessment } from '@smp/contracts';
import type { Prisma } from '../generated/prisma/client.js';
import type { Database } from '../database/database.js';
import { toIsoDate } from '../database/column-values.js';
import { photoIncludes, toPhoto } from '../photos/photo-record.js';

export function fadeAssessmentIncludes(withPhotos: boolean) {
  return {
    artist: { select: { id: true, name: true } },
    areas: { orderBy: { area: 'asc' as const } },
    appointment: { include: { photos: { include: photoIncludes, orderBy: [{ takenAt: 'asc' as const }, { id: 'asc' as const }], ...(withPhotos ? {} : { take: 0 }) } } },
  } satisfies Prisma.FadeAssessmentInclude;
}

export type FadeAssessmentRow = Prisma.FadeAssessmentGetPayload<{ include: ReturnType<typeof fadeAssessmentIncludes> }>;

/** The pigment lots a client received, oldest first: one query for all of a client's assessments. */
export async function lotUsesOf(database: Database, clientId: string, until: Date) {
  return database.sessionPigment.findMany({
    where: { sessionRecord: { clientId, completedAt: { lte: until } } },
    include: { pigmentLot: { include: { pigment: true } }, sessionRecord: { select: { completedAt: true } } },
    orderBy: [{ sessionRecord: { completedAt: 'asc' } }, { id: 'asc' }],
  });
}

export type LotUse = Awaited<ReturnType<typeof lotUsesOf>>[number];

/**
 * A blue or green shift comes from a pigment's undertone: the lots this client
 * received before the assessment are what a recall of a bad lot starts from.
 */
export function suspectLots(row: FadeAssessmentRow, uses: readonly LotUse[], timeZone: string): FadeAssessment['suspectLots'] {
  if (!shiftPointsAtLots(row.colourShift as FadeAssessment['colourShift'])) return [];
  const byLot = new Map<string, FadeAssessment['suspectLots'][number]>();
  for (const use of uses) {
    if (use.sessionRecord.completedAt > row.recordedAt) continue;
    const { pigmentLot: lot } = use;
    const entry = byLot.get(lot.id) ?? {
      lot: { id: lot.id, lotNumber: lot.lotNumber },
      pigment: { id: lot.pigment.id, brand: lot.pigment.brand, product: lot.pigment.product, shadeName: lot.pigment.shadeName, tone: lot.pigment.tone, undertones: lot.pigment.undertones },
      usedOn: [],
    };
    const day = dateInZone(use.sessionRecord.completedAt, timeZone);
    if (!entry.usedOn.includes(day)) entry.usedOn.push(day);
    byLot.set(lot.id, entry);
  }
  return [...byLot.values()];
}

export function toFadeAssessment(row: FadeAssessmentRow, lots: FadeAssessment['suspectLots']): FadeAssessment {
  const areas = row.areas.map((area) => ({ area: area.area as FadeAssessment['areas'][number]['area'], score: area.score }));
  return {
    id: row.id,
    appointmentId: row.appointmentId,
    clientId: row.clientId,
    artist: row.artist,
    assessedOn: toIsoDate(row.assessedOn)!,
    areas,
    highestScore: Math.max(0, ...areas.map((area) => area.score)),
    colourShift: row.colourShift as FadeAssessment['colourShift'],
    colourShiftNote: row.colourShiftNote,
    notes: row.notes,
    recordedAt: row.recordedAt.toISOString(),
    suspectLots: lots,
    photos: row.appointment.photos.map(toPhoto),
  };
}
