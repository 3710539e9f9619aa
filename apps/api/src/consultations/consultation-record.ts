import type { Consultation, ConsultationRecordInput } from '@smp/contracts';
import type { Consultation as ConsultationRow, Prisma } from '../generated/prisma/client.js';
import { photoIncludes, toPhoto, type PhotoRow } from '../photos/photo-record.js';

export type ConsultationWithPeople = ConsultationRow & {
  artist: { id: string; name: string };
  recordedBy: { id: string; name: string } | null;
  photos: PhotoRow[];
};

/** Loads what a consultation shows; photos only for those who may see them. */
export function consultationIncludes(withPhotos: boolean) {
  return {
    artist: { select: { id: true, name: true } },
    recordedBy: { select: { id: true, name: true } },
    photos: { include: photoIncludes, orderBy: [{ takenAt: 'asc' as const }, { id: 'asc' as const }], ...(withPhotos ? {} : { take: 0 }) },
  };
}

type RecordColumns = Required<Omit<ConsultationRecordInput, 'norwoodStage' | 'ludwigStage' | 'expectationNotes' | 'notes'>> & {
  norwoodStage: number | null;
  ludwigStage: number | null;
  expectationNotes: string | null;
  notes: string | null;
};

export function toRecordColumns(input: ConsultationRecordInput): RecordColumns & Prisma.ConsultationUncheckedUpdateInput {
  return {
    hairLossCauses: input.hairLossCauses,
    norwoodStage: input.norwoodStage ?? null,
    ludwigStage: input.ludwigStage ?? null,
    naturalHairColour: input.naturalHairColour,
    skinTone: input.skinTone,
    usesMinoxidil: input.usesMinoxidil,
    usesFinasteride: input.usesFinasteride,
    transplantHistory: input.transplantHistory,
    desiredStyle: input.desiredStyle,
    shadeDirection: input.shadeDirection,
    expectationsDiscussed: input.expectationsDiscussed,
    expectationNotes: input.expectationNotes ?? null,
    notes: input.notes ?? null,
  };
}

/** The record as stored, in the shape it is written in, to tell which fields a new version changes. */
export function storedRecordColumns(row: ConsultationRow): Partial<RecordColumns> {
  if (!row.recordedAt) return {};
  return {
    hairLossCauses: row.hairLossCauses as RecordColumns['hairLossCauses'],
    norwoodStage: row.norwoodStage,
    ludwigStage: row.ludwigStage,
    naturalHairColour: row.naturalHairColour as RecordColumns['naturalHairColour'],
    skinTone: row.skinTone as RecordColumns['skinTone'],
    usesMinoxidil: row.usesMinoxidil!,
    usesFinasteride: row.usesFinasteride!,
    transplantHistory: row.transplantHistory as RecordColumns['transplantHistory'],
    desiredStyle: row.desiredStyle as RecordColumns['desiredStyle'],
    shadeDirection: row.shadeDirection as RecordColumns['shadeDirection'],
    expectationsDiscussed: row.expectationsDiscussed!,
    expectationNotes: row.expectationNotes,
    notes: row.notes,
  };
}

/** A consultation as the API answers it; the clinical record only for those who may read it. */
export function toConsultation(row: ConsultationWithPeople, withRecord: boolean): Consultation {
  return {
    id: row.id,
    clientId: row.clientId,
    artist: row.artist,
    mode: row.mode as Consultation['mode'],
    startsAt: row.startsAt.toISOString(),
    durationMinutes: row.durationMinutes,
    status: row.status as Consultation['status'],
    bookingNotes: row.bookingNotes,
    cancellationReason: row.cancellationReason,
    record:
      withRecord && row.recordedAt && row.recordedBy
        ? { ...(storedRecordColumns(row) as RecordColumns), recordedAt: row.recordedAt.toISOString(), recordedBy: row.recordedBy }
        : null,
    photos: withRecord ? row.photos.map(toPhoto) : [],
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
  };
}
