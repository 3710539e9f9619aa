import { addCalendarDays, clientInputSchema, CURRENT_SCREENING_QUESTIONNAIRE, dateInZone, evaluateScreening, zonedInstant } from '@smp/contracts';
import sharp from 'sharp';
import type { Database } from '../database/database.js';
import { toClientColumns } from '../clients/client-record.js';
import { fromIsoDate, fromTimeColumn, toIsoDate, toTimeColumn } from '../database/column-values.js';
import { workingSpans } from '../scheduling/working-time.js';
import { hashPassword } from '../auth/passwords.js';
import { removeAll, type FileStorage } from '../storage/file-storage.js';
import type { MessageOutbox } from '../messaging/message-outbox.js';
import { screeningValidUntil } from '../screening/screening-status.js';
import { demoClients } from './demo-clients.js';
import { demoScreenings } from './demo-screenings.js';
import { demoConsentForms, demoConsents } from './demo-consents.js';
import { DEMO_PASSWORD, demoStaff } from './demo-staff.js';
import { demoArtistHours, demoOnlineModes, demoClinicContact, demoNeedles, demoPigments, demoPrices, demoRooms } from './demo-scheduling.js';
import { createDemoPlan, loadDemoHistories, type DemoContext } from './load-demo-histories.js';
import { quoteSignedWithDeposit } from './load-demo-money.js';
import { demoBilling } from './demo-money.js';
import { demoTreatment, demoVisits, placeDemoVisits, thisWeekAndNext } from './demo-calendar.js';

const DEMO_MARKER = 'demo_data_loaded_at';

/**
 * Loads the demo clients, one staff account per role, a few screenings and consents, two clients'
 * treatment so far (photos, an approved hairline design, sessions, a fade check) and
 * the appointments of this week and next (counted from `now`) into a database that
 * has never had any, once. A transaction-scoped advisory lock keeps two instances
 * that start together from both loading them; the photos' files go if the load fails.
 * The appointments still to come get the messages a booking schedules.
 */
export async function loadDemoDataOnFirstRun(database: Database, storage: FileStorage, outbox: MessageOutbox, now = new Date()): Promise<boolean> {
  const passwordHash = await hashPassword(DEMO_PASSWORD);
  const signature = await demoSignature();
  const storedKeys: string[] = [];
  return database
    .$transaction(
      async (transaction) => {
        await transaction.$executeRaw`SELECT pg_advisory_xact_lock(hashtext('smp:demo-data'))`;
        const marker = await transaction.appMeta.findUnique({ where: { key: DEMO_MARKER } });
        if (marker || (await transaction.client.count()) > 0 || (await transaction.staff.count()) > 0) return false;

        const { timeZone, currency, screeningValidityDays, injectablesDeferDays, address, phone, email } = await transaction.clinicSettings.findFirstOrThrow();
        await transaction.clinicSettings.update({
          where: { singleton: true },
          data: { address: address ?? demoClinicContact.address, phone: phone ?? demoClinicContact.phone, email: email ?? demoClinicContact.email, ...demoBilling },
        });
        // Days count on the clinic's calendar: an evening in New York is already tomorrow in UTC.
        const today = dateInZone(now, timeZone);
        const daysFromNow = (days: number) => fromIsoDate(addCalendarDays(today, days))!;
        await transaction.client.createMany({
          data: demoClients.map(({ archived, ...client }) => ({
            ...toClientColumns(clientInputSchema.parse(client)),
            archivedAt: archived ? now : null,
          })),
        });
        const staffIds: string[] = [];
        for (const { certifications = [], ...staff } of demoStaff) {
          const created = await transaction.staff.create({
            data: {
              ...staff,
              passwordHash,
              certifications: {
                create: certifications.map(({ expiresInDays, ...certification }) => ({
                  ...certification,
                  expiresOn: daysFromNow(expiresInDays),
                })),
              },
            },
          });
          staffIds.push(created.id);
        }
        const artistId = staffIds[demoStaff.findIndex((staff) => staff.role === 'artist')]!;
        const receptionistId = staffIds[demoStaff.findIndex((staff) => staff.role === 'receptionist')]!;
        const clients = await transaction.client.findMany({ select: { id: true, email: true } });
        for (const screening of demoScreenings) {
          const answers = Object.fromEntries(CURRENT_SCREENING_QUESTIONNAIRE.questions.map((question) => [question.id, screening.yes[question.id] ?? { answer: false }]));
          const signedOn = addCalendarDays(today, -screening.daysAgo);
          const signedAt = zonedInstant(signedOn, '10:00', timeZone);
          await transaction.screening.create({
            data: {
              clientId: clients.find((client) => client.email === screening.clientEmail)!.id,
              questionnaireVersion: CURRENT_SCREENING_QUESTIONNAIRE.version,
              answers,
              answeredOutcome: evaluateScreening(
                { questionnaire: CURRENT_SCREENING_QUESTIONNAIRE, answers, clearedQuestionIds: new Set(), patchTestPassed: false, injectablesDeferDays },
                signedOn,
              ).answeredOutcome,
              conductedById: artistId,
              signedName: 'Demo client',
              signaturePng: signature,
              signedAt,
              validUntil: fromIsoDate(screeningValidUntil(signedOn, screeningValidityDays))!,
            },
          });
        }
        const ownerId = staffIds[demoStaff.findIndex((staff) => staff.role === 'owner')]!;
        const forms = await transaction.consentTemplate.createManyAndReturn({
          data: demoConsentForms.map(({ publishedDaysAgo, ...form }) => ({
            ...form,
            publishedById: ownerId,
            publishedAt: zonedInstant(addCalendarDays(today, -publishedDaysAgo), '09:00', timeZone),
          })),
        });
        await transaction.clientConsent.createMany({
          data: demoConsents.map((consent) => ({
            clientId: clients.find((client) => client.email === consent.clientEmail)!.id,
            templateId: forms.find((form) => form.kind === consent.kind && form.version === consent.version)!.id,
            kind: consent.kind,
            granted: consent.granted,
            signedName: 'Demo client',
            signaturePng: signature,
            witnessedById: artistId,
            signedAt: zonedInstant(addCalendarDays(today, -consent.daysAgo), '10:05', timeZone),
          })),
        });
        // The demo clinic works at its main location, as a clinic does until it opens another.
        const { id: locationId } = await transaction.location.findFirstOrThrow({ where: { main: true }, select: { id: true } });
        const rooms = await Promise.all(demoRooms.map((name) => transaction.room.create({ data: { name, locationId } })));
        await transaction.artistWorkingHours.createMany({
          data: demoArtistHours.map((interval) => ({
            staffId: artistId,
            locationId,
            weekday: interval.weekday,
            starts: toTimeColumn(interval.starts),
            ends: toTimeColumn(interval.ends),
          })),
        });
        // The booking page works from the first run: the demo artist takes consultations online.
        await transaction.onlineBookingSettings.update({ where: { id: true }, data: { enabled: true, artistIds: [artistId], modes: [...demoOnlineModes], updatedById: ownerId } });
        await transaction.treatmentPrice.createMany({
          data: Object.entries(demoPrices).map(([style, price]) => ({ style, planPriceMinor: price.plan, extraSessionPriceMinor: price.extra })),
        });
        const pigmentIds = new Map<string, string>();
        for (const { lots, ...pigment } of demoPigments) {
          const created = await transaction.pigment.create({
            data: {
              ...pigment,
              lots: {
                create: lots.map((lot) => ({
                  lotNumber: lot.lotNumber,
                  expiresOn: daysFromNow(lot.expiresInDays),
                  receivedOn: daysFromNow(-(lot.receivedDaysAgo ?? 30 - Math.min(lot.expiresInDays, 0))),
                  quantity: 6,
                })),
              },
            },
            include: { lots: true },
          });
          pigmentIds.set(created.shadeName, created.id);
          await transaction.stockMovement.createMany({ data: created.lots.map((lot) => ({ pigmentLotId: lot.id, kind: 'received', quantityChange: lot.quantity, staffId: artistId })) });
        }
        for (const { lots, ...needle } of demoNeedles) {
          const created = await transaction.needle.create({
            data: {
              ...needle,
              lots: {
                create: lots.map((lot) => ({ lotNumber: lot.lotNumber, expiresOn: daysFromNow(lot.expiresInDays), receivedOn: daysFromNow(-(lot.receivedDaysAgo ?? 0)), quantity: 50 })),
              },
            },
            include: { lots: true },
          });
          await transaction.stockMovement.createMany({ data: created.lots.map((lot) => ({ needleLotId: lot.id, kind: 'received', quantityChange: lot.quantity, staffId: artistId })) });
        }
        const context: DemoContext = {
          transaction,
          storage,
          storedKeys,
          today,
          timeZone,
          currency,
          artist: { staffId: artistId, address: null, requestId: null },
          receptionistId,
          roomIds: { treatment: rooms[0]!.id, consultation: rooms[1]!.id },
          clientIdOf: (email) => clients.find((client) => client.email === email)!.id,
          pigmentIdOf: (shadeName) => pigmentIds.get(shadeName)!,
          prices: demoPrices,
          signature,
        };
        await loadDemoHistories(context);
        const fortnight = thisWeekAndNext(today);
        const [openingRows, closures] = await Promise.all([
          transaction.clinicOpeningHours.findMany({ where: { locationId } }),
          transaction.clinicClosure.findMany({ where: { endsOn: { gte: fromIsoDate(today)! }, startsOn: { lte: fromIsoDate(fortnight.at(-1))! } } }),
        ]);
        const opening = openingRows.map((row) => ({ weekday: row.weekday, opens: fromTimeColumn(row.opens), closes: fromTimeColumn(row.closes) }));
        const closed = (day: string) => closures.some((closure) => toIsoDate(closure.startsOn)! <= day && day <= toIsoDate(closure.endsOn)!);
        const treatment = { ...demoTreatment, kind: 'plan_session' as const, status: 'confirmed' as const };
        const placed = placeDemoVisits(today, (day) => workingSpans(day, demoArtistHours, opening, closed(day), timeZone), treatment, demoVisits);
        const treatmentPlan = await createDemoPlan(context, {
          clientId: context.clientIdOf(demoTreatment.clientEmail),
          style: demoTreatment.style,
          shades: demoTreatment.shades,
          startedAt: now,
        });
        await quoteSignedWithDeposit(context, { id: treatmentPlan.id, startedAt: now }, demoTreatment.depositReference);
        // One artist, each visit after the one before: none collide, and the exclusion constraints would refuse it if they did.
        const visits = await transaction.appointment.createManyAndReturn({
          data: placed.map(({ visit, start, end }) => ({
            kind: visit.kind,
            status: visit.status,
            clientId: context.clientIdOf(visit.clientEmail),
            artistId,
            roomId: rooms[visit.kind === 'consultation' ? 1 : 0]!.id,
            locationId,
            planSessionId: visit === treatment ? treatmentPlan.sessionIds[0]! : null,
            startsAt: new Date(start),
            endsAt: new Date(end),
            createdById: receptionistId,
          })),
        });
        for (const visit of visits) await outbox.appointmentBooked(transaction, visit);
        // A consultation's appointment comes with its consultation, as every booking does: the artist records it there.
        await transaction.consultation.createMany({
          data: visits.filter((visit) => visit.kind === 'consultation').map((visit) => ({ clientId: visit.clientId, appointmentId: visit.id, mode: 'in_person' })),
        });
        await transaction.appMeta.create({ data: { key: DEMO_MARKER, value: now.toISOString() } });
        return true;
      },
      // Drawing and storing the photos takes a few seconds on a slow machine.
      { timeout: 60_000 },
    )
    .catch(async (error: unknown) => {
      await removeAll(storage, storedKeys);
      throw error;
    });
}

/** A plain stroke standing in for a client's drawn signature. */
async function demoSignature(): Promise<Uint8Array<ArrayBuffer>> {
  const svg =
    '<svg xmlns="http://www.w3.org/2000/svg" width="300" height="90"><path d="M10 60 C 60 10, 90 80, 140 40 S 220 70, 290 30" stroke="#1b2a4a" stroke-width="3" fill="none"/></svg>';
  return new Uint8Array(await sharp(Buffer.from(svg)).png().toBuffer());
}
