import type { Database } from '../database/database.js';
import type { Prisma } from '../generated/prisma/client.js';

const byName = { select: { id: true, name: true } } as const;
const nameOnly = { select: { name: true } } as const;
const pigmentName = { select: { brand: true, product: true, shadeName: true } } as const;

/**
 * What the clinic holds about a client yet leaves out of their record, on purpose, by
 * model and why. A test checks that every model holding something about a client (their
 * id, or a link to a row that holds it) is either read by collectClientRecord or named here.
 */
export const LEFT_OUT_OF_THE_RECORD = {
  AuditEvent: "The clinic's own account of what its staff did, staff names and addresses included; every record it points at is in the archive.",
  PublicToken: 'Secrets kept as hashes; what the client did with them is in the appointment history.',
  AppointmentLink: 'Reminder links: secrets too; what the client did with them is in the appointment history.',
  SlotHold: 'Minutes-long locks on a time while a booking is made.',
  CaughtEmail: 'Copies of the messages listed in the archive.',
  StockMovement: 'The pigment and needle lots used are in the session records.',
  BookingRequest: 'Requests that never became an appointment: nothing ties them to this client but an email address another person may share. Those that did are under their appointment.',
} as const satisfies Partial<Record<Prisma.ModelName, string>>;

/**
 * Everything the clinic holds about one client, read with one query per kind of
 * record (Prisma reads each `include` level in one more query, never one per row),
 * or null for an unknown client. Archived clients are read like any other; what is
 * left out is in LEFT_OUT_OF_THE_RECORD.
 */
export async function collectClientRecord(database: Database, clientId: string) {
  const client = await database.client.findUnique({ where: { id: clientId }, omit: { sortKey: true, searchText: true } });
  if (!client) return null;
  const whose = { where: { clientId } };
  const records = await allOf({
    consultations: database.consultation.findMany({ ...whose, include: { recordedBy: byName }, orderBy: { createdAt: 'asc' } }),
    screenings: database.screening.findMany({
      ...whose,
      include: { conductedBy: byName, clearances: { include: { reviewedBy: byName }, orderBy: { reviewedAt: 'asc' } } },
      orderBy: { signedAt: 'asc' },
    }),
    patchTests: database.patchTest.findMany({ ...whose, include: { pigmentLot: { select: { lotNumber: true, pigment: pigmentName } } }, orderBy: { recordedAt: 'asc' } }),
    eligibilityOverrides: database.eligibilityOverride.findMany({ ...whose, include: { grantedBy: byName, screening: { select: { signedAt: true } } }, orderBy: { grantedAt: 'asc' } }),
    consents: database.clientConsent.findMany({
      ...whose,
      include: { template: { select: { kind: true, version: true, title: true, body: true } }, witnessedBy: byName },
      orderBy: { signedAt: 'asc' },
    }),
    intakes: database.intakeSubmission.findMany({ ...whose, orderBy: { submittedAt: 'asc' } }),
    intakeCorrections: database.intakeAnswerCorrection.findMany({
      where: { intakeSubmission: { clientId } },
      include: { correctedBy: byName, intakeSubmission: { select: { questionnaireVersion: true, submittedAt: true } } },
      orderBy: [{ correctedAt: 'asc' }, { questionId: 'asc' }],
    }),
    treatmentPlans: database.treatmentPlan.findMany({
      ...whose,
      include: {
        artist: byName,
        sessions: { include: { pigments: { include: { pigment: pigmentName } } }, orderBy: { number: 'asc' } },
        clearances: { include: { recordedBy: byName }, orderBy: { recordedAt: 'asc' } },
      },
      orderBy: { createdAt: 'asc' },
    }),
    correctionAssessments: database.correctionAssessment.findMany({
      ...whose,
      include: { plan: { select: { style: true } }, recordedBy: byName, photos: { select: { photoId: true } } },
      orderBy: { recordedAt: 'asc' },
    }),
    sessionRecords: database.sessionRecord.findMany({
      ...whose,
      include: {
        artist: byName,
        needleLot: { select: { lotNumber: true, needle: { select: { brand: true, configuration: true, gauge: true } } } },
        pigments: { include: { pigmentLot: { select: { lotNumber: true, expiresOn: true, pigment: pigmentName } } } },
        addenda: { include: { author: byName }, orderBy: { createdAt: 'asc' } },
      },
      orderBy: { completedAt: 'asc' },
    }),
    laserSessions: database.laserSessionRecord.findMany({ ...whose, include: { artist: byName, recordedBy: byName }, orderBy: { recordedAt: 'asc' } }),
    fadeAssessments: database.fadeAssessment.findMany({
      ...whose,
      include: { artist: byName, recordedBy: byName, areas: { orderBy: { area: 'asc' } } },
      orderBy: [{ assessedOn: 'asc' }, { recordedAt: 'asc' }],
    }),
    appointments: database.appointment.findMany({
      ...whose,
      include: {
        artist: byName,
        room: nameOnly,
        // What the client typed when booking online, and the address it came from: their data too.
        bookingRequest: { select: { mode: true, firstName: true, lastName: true, email: true, phone: true, address: true, createdAt: true, verifiedAt: true } },
        events: {
          omit: { id: true, appointmentId: true, fromArtistId: true, toArtistId: true },
          include: { staff: byName, fromArtist: nameOnly, toArtist: nameOnly },
          orderBy: { id: 'asc' },
        },
      },
      orderBy: { startsAt: 'asc' },
    }),
    followUpContacts: database.followUpContact.findMany({ ...whose, include: { staff: byName }, orderBy: { contactedAt: 'asc' } }),
    photos: database.clientPhoto.findMany({ ...whose, omit: { previewKey: true, thumbnailKey: true }, orderBy: [{ takenAt: 'asc' }, { id: 'asc' }] }),
    designs: database.hairlineDesign.findMany({ ...whose, include: { createdBy: byName }, orderBy: [{ designId: 'asc' }, { version: 'asc' }] }),
    quotes: database.quote.findMany({ ...whose, include: { lines: { orderBy: { lineNumber: 'asc' } }, acceptance: { include: { witnessedBy: byName } } }, orderBy: { createdAt: 'asc' } }),
    invoices: database.invoice.findMany({ ...whose, include: { lines: { orderBy: { lineNumber: 'asc' } } }, orderBy: [{ issuedAt: 'asc' }, { number: 'asc' }] }),
    payments: database.payment.findMany({ ...whose, orderBy: { receivedAt: 'asc' } }),
    messages: database.clientMessage.findMany({ ...whose, omit: { dedupeKey: true, providerId: true }, orderBy: { sendAt: 'asc' } }),
    messageConsents: database.clientMessageConsent.findMany({ ...whose, orderBy: { recordedAt: 'asc' } }),
  });
  return { client, ...records };
}

type Results<Queries> = { [Name in keyof Queries]: Awaited<Queries[Name]> };

/** Awaits every query at once, each result under its query's name. */
async function allOf<Queries extends Record<string, Promise<unknown>>>(queries: Queries): Promise<Results<Queries>> {
  const results = await Promise.all(Object.values(queries));
  return Object.fromEntries(Object.keys(queries).map((name, index) => [name, results[index]])) as Results<Queries>;
}

export type ClientRecordRows = NonNullable<Awaited<ReturnType<typeof collectClientRecord>>>;
