import { dateInZone } from '@smp/contracts';
import { safeFileName } from '../http/zip-download.js';
import { FILE_EXTENSIONS, type SniffedType } from '../storage/file-types.js';
import type { ClientRecordRows } from './record-collect.js';

/**
 * Columns holding a calendar date without a time of day, written YYYY-MM-DD rather than
 * as an instant: every `@db.Date` field's name in schema.prisma (a test checks).
 */
export const DATE_ONLY_FIELDS = new Set(['dateOfBirth', 'validUntil', 'appliedOn', 'readOn', 'issuedOn', 'expiresOn', 'receivedOn', 'startsOn', 'endsOn', 'assessedOn']);
/** Where a file lies in the clinic's storage means nothing to the client: the archive holds the file itself. */
const STORAGE_FIELDS = new Set(['originalKey', 'documentKey']);

/** A row as record.json writes it: instants as ISO strings, no raw bytes or storage keys. */
export type Exported<T> = T extends Date
  ? string
  : T extends Uint8Array
    ? never
    : T extends readonly (infer Item)[]
      ? Exported<Item>[]
      : T extends object
        ? { [Key in keyof T as Key extends 'originalKey' | 'documentKey' ? never : NonNullable<T[Key]> extends Uint8Array ? never : Key]: Exported<T[Key]> }
        : T;

/** Turns database rows into plain JSON values (see Exported). */
export function exported<T>(value: T): Exported<T> {
  return exportedValue(value, undefined) as Exported<T>;
}

function exportedValue(value: unknown, field: string | undefined): unknown {
  if (value instanceof Date) return field !== undefined && DATE_ONLY_FIELDS.has(field) ? value.toISOString().slice(0, 10) : value.toISOString();
  if (Array.isArray(value)) return value.map((item) => exportedValue(item, undefined));
  if (value === null || typeof value !== 'object') return value;
  return Object.fromEntries(
    Object.entries(value)
      .filter(([key, item]) => !STORAGE_FIELDS.has(key) && !(item instanceof Uint8Array))
      .map(([key, item]) => [key, exportedValue(item, key)]),
  );
}

/** A file in the archive: bytes at hand, or read from storage when its turn comes. */
export interface ArchiveFile {
  path: string;
  content: Uint8Array | { storageKey: string };
}

const signaturePath = (kind: string, id: string) => `documents/signatures/${kind}-${id}.png`;

/**
 * record.json's object (one key per kind of record, each a list oldest first; every
 * file in the archive is named by the `file` or `signatureFile` of its record, and a
 * record made on photos names theirs in `photos` or `photoFile`), and the files
 * themselves, each once (photos named by the day, in the clinic's time zone, they were
 * taken). Invoice PDFs are added by the caller, which renders them.
 */
export function recordContents(rows: ClientRecordRows, timeZone: string) {
  const files: ArchiveFile[] = [];
  const file = (path: string, content: ArchiveFile['content']) => {
    files.push({ path, content });
    return path;
  };
  const signed = (kind: string, row: { id: string; signaturePng: Uint8Array | null }) => (row.signaturePng ? file(signaturePath(kind, row.id), row.signaturePng) : null);
  const photoFiles = new Map(
    rows.photos.map((photo) => [
      photo.id,
      file(`photos/${dateInZone(photo.takenAt, timeZone)}-${photo.view}-${photo.id}.${FILE_EXTENSIONS[photo.mediaType as SniffedType]}`, { storageKey: photo.originalKey }),
    ]),
  );
  /** Photos other records were made on, by the file each already has in the archive. */
  const photosIn = (photoIds: readonly string[]) => photoIds.map((id) => ({ id, file: photoFiles.get(id) ?? null }));
  const visitPhotos = (appointmentId: string) => photosIn(rows.photos.filter((photo) => photo.appointmentId === appointmentId).map((photo) => photo.id));

  const record = {
    client: exported(rows.client),
    consultations: exported(rows.consultations),
    screenings: rows.screenings.map((screening) => ({
      ...exported(screening),
      signatureFile: signed('screening', screening),
      clearances: screening.clearances.map((clearance) => ({
        ...exported(clearance),
        file: file(`documents/clearance-letters/${clearance.id}-${safeFileName(clearance.documentName)}`, { storageKey: clearance.documentKey }),
      })),
    })),
    patchTests: exported(rows.patchTests),
    eligibilityOverrides: exported(rows.eligibilityOverrides),
    consents: rows.consents.map((consent) => ({ ...exported(consent), signatureFile: signed('consent', consent) })),
    intakes: rows.intakes.map((intake) => ({ ...exported(intake), signatureFile: signed('intake', intake) })),
    intakeCorrections: exported(rows.intakeCorrections),
    treatmentPlans: rows.treatmentPlans.map((plan) => ({
      ...exported(plan),
      clearances: plan.clearances.map((clearance) => ({
        ...exported(clearance),
        file:
          clearance.documentKey && clearance.documentName
            ? file(`documents/clearance-letters/${clearance.id}-${safeFileName(clearance.documentName)}`, { storageKey: clearance.documentKey })
            : null,
      })),
    })),
    correctionAssessments: rows.correctionAssessments.map((assessment) => ({
      ...exported(assessment),
      photos: photosIn(assessment.photos.map((photo) => photo.photoId)),
    })),
    sessionRecords: exported(rows.sessionRecords),
    laserSessions: exported(rows.laserSessions),
    // A fade assessment's photos are those taken at its visit.
    fadeAssessments: rows.fadeAssessments.map((assessment) => ({ ...exported(assessment), photos: visitPhotos(assessment.appointmentId) })),
    appointments: exported(rows.appointments),
    followUpContacts: exported(rows.followUpContacts),
    photos: rows.photos.map((photo) => ({ ...exported(photo), file: photoFiles.get(photo.id)! })),
    designs: rows.designs.map((design) => ({ ...exported(design), photoFile: photoFiles.get(design.photoId) ?? null, signatureFile: signed('design', design) })),
    quotes: rows.quotes.map((quote) => ({
      ...exported(quote),
      acceptance: quote.acceptance && { ...exported(quote.acceptance), signatureFile: signed('quote', { id: quote.id, signaturePng: quote.acceptance.signaturePng }) },
    })),
    invoices: rows.invoices.map((invoice) => ({ ...exported(invoice), file: invoicePdfPath(invoice.number) })),
    payments: exported(rows.payments),
    messages: exported(rows.messages),
    messageConsents: exported(rows.messageConsents),
  };
  return { record, files: files as readonly ArchiveFile[] };
}

export const invoicePdfPath = (number: string) => `documents/invoices/${safeFileName(number)}.pdf`;

/**
 * The shape of record.json: one key per kind of record; instants as ISO 8601 strings,
 * calendar dates as YYYY-MM-DD, money as integer minor units beside a `currency`.
 */
export type ClientRecordJson = ReturnType<typeof recordContents>['record'];

/** How many records of each kind: the audit event's details. */
export function recordCounts(record: ClientRecordJson): Record<string, number> {
  return Object.fromEntries(Object.entries(record).flatMap(([kind, rows]) => (Array.isArray(rows) ? [[kind, rows.length]] : [])));
}
