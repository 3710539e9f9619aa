import type { Consultation, ConsultationRecordInput, SunExposure } from '@smp/contracts';
import type { Appointment, Consultation as ConsultationRow, Prisma } from '../generated/prisma/client.js';
import { photoIncludes, toPhoto, type PhotoRow } from '../photos/photo-record.js';

export type ConsultationWithPeople = ConsultationRow & {
  appointment: Appointment & { artist: { id: string; name: string } };
  recordedBy: { id: string; name: string } | null;
  photos: PhotoRow[];
};

/** Loads what a consultation shows; photos only for those who may see them. */
export function consultationIncludes(withPhotos: boolean) {
  return {
    appointment: { include: { artist: { select: { id: true, name: true } } } },
    recordedBy: { select: { id: true, name: true } },
    photos: { include: photoIncludes, orderBy: [{ takenAt: 'asc' as const }, { id: 'asc' as const }], ...(withPhotos ? {} : { take: 0 }) },
  };
}

type RecordColumns = Required<Omit<ConsultationRecordInput, 'norwoodStage' | 'ludwigStage' | 'sunExposure' | 'expectationNotes' | 'notes'>> & {
  sunExposure: SunExposure | null;
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
    sunExposure: input.sunExposure ?? null,
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
    sunExposure: row.sunExposure as SunExposure | null,
    desiredStyle: row.desiredStyle as RecordColumns['desiredStyle'],
    shadeDirection: row.shadeDirection as RecordColumns['shadeDirection'],
    expectationsDiscussed: row.expectationsDiscussed!,
    expectationNotes: row.expectationNotes,
    notes: row.notes,
  };
}

/** A consultation as the API answers it; the clinical record only for those who may read it. */
/** A consultation is booked until it is recorded, unless its appointment was cancelled or missed. */
function consultationStatus(row: ConsultationWithPeople): Consultation['status'] {
  if (row.recordedAt) return 'completed';
  return row.appointment.status === 'cancelled' || row.appointment.status === 'no_show' ? 'cancelled' : 'booked';
}

export function toConsultation(row: ConsultationWithPeople, withRecord: boolean): Consultation {
  const { appointment } = row;
  return {
    id: row.id,
    appointmentId: appointment.id,
    clientId: row.clientId,
    artist: appointment.artist,
    mode: row.mode as Consultation['mode'],
    startsAt: appointment.startsAt.toISOString(),
    durationMinutes: Math.round((appointment.endsAt.getTime() - appointment.startsAt.getTime()) / 60_000),
    status: consultationStatus(row),
    bookingNotes: appointment.notes,
    cancellationReason: appointment.status === 'no_show' ? 'Did not come' : appointment.cancellationReason,
    record: withRecord && row.recordedAt && row.recordedBy ? { ...(storedRecordColumns(row) as RecordColumns), recordedAt: row.recordedAt.toISOString(), recordedBy: row.recordedBy } : null,
    photos: withRecord ? row.photos.map(toPhoto) : [],
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
  };
}
