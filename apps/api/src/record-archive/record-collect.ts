import type { Database } from '../database/database.js';

const byName = { select: { id: true, name: true } } as const;
const pigmentName = { select: { brand: true, product: true, shadeName: true } } as const;

/**
 * Everything the clinic holds about one client, read with one query per kind of
 * record (Prisma reads each `include` level in one more query, never one per row),
 * or null for an unknown client. Archived clients are read like any other.
 */
export async function collectClientRecord(database: Database, clientId: string) {
  const client = await database.client.findUnique({ where: { id: clientId }, omit: { sortKey: true, searchText: true } });
  if (!client) return null;
  const whose = { where: { clientId } };
  const [consultations, screenings, patchTests, consents, intakes, treatmentPlans, sessionRecords, appointments, photos, designs, quotes, invoices, payments, messages, messageConsents] =
    await Promise.all([
      database.consultation.findMany({ ...whose, include: { recordedBy: byName }, orderBy: { createdAt: 'asc' } }),
      database.screening.findMany({
        ...whose,
        include: { conductedBy: byName, clearances: { include: { reviewedBy: byName }, orderBy: { reviewedAt: 'asc' } } },
        orderBy: { signedAt: 'asc' },
      }),
      database.patchTest.findMany({ ...whose, include: { pigmentLot: { select: { lotNumber: true, pigment: pigmentName } } }, orderBy: { recordedAt: 'asc' } }),
      database.clientConsent.findMany({
        ...whose,
        include: { template: { select: { kind: true, version: true, title: true, body: true } }, witnessedBy: byName },
        orderBy: { signedAt: 'asc' },
      }),
      database.intakeSubmission.findMany({ ...whose, orderBy: { submittedAt: 'asc' } }),
      database.treatmentPlan.findMany({
        ...whose,
        include: {
          artist: byName,
          sessions: { include: { pigments: { include: { pigment: pigmentName } } }, orderBy: { number: 'asc' } },
          clearances: { include: { recordedBy: byName }, orderBy: { recordedAt: 'asc' } },
        },
        orderBy: { createdAt: 'asc' },
      }),
      database.sessionRecord.findMany({
        ...whose,
        include: {
          artist: byName,
          needleLot: { select: { lotNumber: true, needle: { select: { brand: true, configuration: true, gauge: true } } } },
          pigments: { include: { pigmentLot: { select: { lotNumber: true, expiresOn: true, pigment: pigmentName } } } },
          addenda: { include: { author: byName }, orderBy: { createdAt: 'asc' } },
        },
        orderBy: { completedAt: 'asc' },
      }),
      database.appointment.findMany({ ...whose, include: { artist: byName, room: { select: { name: true } } }, orderBy: { startsAt: 'asc' } }),
      database.clientPhoto.findMany({ ...whose, omit: { previewKey: true, thumbnailKey: true }, orderBy: [{ takenAt: 'asc' }, { id: 'asc' }] }),
      database.hairlineDesign.findMany({ ...whose, include: { createdBy: byName }, orderBy: [{ designId: 'asc' }, { version: 'asc' }] }),
      database.quote.findMany({ ...whose, include: { lines: { orderBy: { lineNumber: 'asc' } }, acceptance: { include: { witnessedBy: byName } } }, orderBy: { createdAt: 'asc' } }),
      database.invoice.findMany({ ...whose, include: { lines: { orderBy: { lineNumber: 'asc' } } }, orderBy: [{ issuedAt: 'asc' }, { number: 'asc' }] }),
      database.payment.findMany({ ...whose, orderBy: { receivedAt: 'asc' } }),
      database.clientMessage.findMany({ ...whose, omit: { dedupeKey: true, providerId: true }, orderBy: { sendAt: 'asc' } }),
      database.clientMessageConsent.findMany({ ...whose, orderBy: { recordedAt: 'asc' } }),
    ]);
  return {
    client,
    consultations,
    screenings,
    patchTests,
    consents,
    intakes,
    treatmentPlans,
    sessionRecords,
    appointments,
    photos,
    designs,
    quotes,
    invoices,
    payments,
    messages,
    messageConsents,
  };
}

export type ClientRecordRows = NonNullable<Awaited<ReturnType<typeof collectClientRecord>>>;
