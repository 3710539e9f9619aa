import type { CorrectionAssessment, CorrectionIssue, LaserRecord, TREATED_AREAS } from '@smp/contracts';
import type { CorrectionAssessment as AssessmentRow, LaserSessionRecord } from '../generated/prisma/client.js';
import { photoIncludes, toPhoto, type PhotoRow } from '../photos/photo-record.js';

const staffName = { select: { id: true, name: true } } as const;

export const assessmentIncludes = { recordedBy: staffName, photos: { include: { photo: { include: photoIncludes } } } } as const;
export type AssessmentWithPhotos = AssessmentRow & { recordedBy: { id: string; name: string }; photos: { photo: PhotoRow }[] };

export function toAssessment(row: AssessmentWithPhotos): CorrectionAssessment {
  return {
    id: row.id,
    planId: row.planId,
    areas: row.areas as (typeof TREATED_AREAS)[number][],
    issues: row.issues as CorrectionIssue[],
    previousArtist: row.previousArtist,
    description: row.description,
    photos: row.photos.map(({ photo }) => toPhoto(photo)).sort((a, b) => a.takenAt.localeCompare(b.takenAt)),
    recordedBy: row.recordedBy,
    recordedAt: row.recordedAt.toISOString(),
  };
}

export const laserRecordIncludes = { artist: staffName, recordedBy: staffName } as const;
export type LaserRecordWithStaff = LaserSessionRecord & { artist: { id: string; name: string }; recordedBy: { id: string; name: string } };

export function toLaserRecord(row: LaserRecordWithStaff): LaserRecord {
  return {
    id: row.id,
    appointmentId: row.appointmentId,
    artist: row.artist,
    device: row.device,
    wavelengthNm: row.wavelengthNm,
    fluenceJPerCm2: row.fluenceJPerCm2,
    spotSizeMm: row.spotSizeMm,
    settingsNotes: row.settingsNotes,
    reaction: row.reaction,
    recordedBy: row.recordedBy,
    recordedAt: row.recordedAt.toISOString(),
  };
}
