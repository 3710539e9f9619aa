import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { addCalendarDays, CONSENT_KINDS, dateInZone, zonedInstant } from '@smp/contracts';
import sharp from 'sharp';
import type { Database } from '../database/database.js';
import { toIsoDate, toTimeColumn } from '../database/column-values.js';
import { fitsWithin, workingSpans } from '../scheduling/working-time.js';
import { screeningValidUntil } from '../screening/screening-status.js';
import { EMPTY_CLINICAL_DATA, openTestDatabase } from '../test-support/test-database.js';
import { zoneWhoseDayIsNotUtcs } from '../test-support/scheduling.js';
import { verifyPassword } from '../auth/passwords.js';
import { demoClients } from './demo-clients.js';
import { DEMO_PASSWORD, demoStaff } from './demo-staff.js';
import { demoScreenings } from './demo-screenings.js';
import { demoConsentForms } from './demo-consents.js';
import { MessageOutbox } from '../messaging/message-outbox.js';
import { loadDemoDataOnFirstRun } from './load-demo-data.js';
import { demoArtistHours, demoClinicContact } from './demo-scheduling.js';
import { demoTreatment, demoVisits, thisWeekAndNext } from './demo-calendar.js';
import { demoBilling } from './demo-money.js';
import { demoFadedHistory, demoHairlineHistory } from './demo-histories.js';
import { LocalFileStorage, type FileStorage } from '../storage/file-storage.js';
import { AuditService } from '../audit/audit.service.js';
import { DesignsService } from '../designs/designs.service.js';
import { ShadeProgressionQueries } from '../sessions/shade-progression.queries.js';
import { fadeAssessmentIncludes, lotUsesOf, suspectLots } from '../fading/fade-assessment-view.js';
import { LocationsService } from '../locations/locations.service.js';
import { ClinicSettingsService } from '../clinic/clinic-settings.service.js';
import { ClinicSettingsCache } from '../clinic/clinic-settings-cache.js';
import { testConfig } from '../test-support/test-app.js';
import { BillingSettingsService } from '../billing/billing-settings.service.js';
import { AccountsService } from '../accounts/accounts.service.js';
import { QuotesService } from '../quotes/quotes.service.js';
import { BusinessReportsService } from '../business-reports/business-reports.service.js';
import { OverdueDepositsQueries } from '../scheduling/overdue-deposits.queries.js';
import { ReportSource } from '../database/report-source.js';

/** Where a test's demo photos go: a folder of its own, removed afterwards. */
async function photoStorage(): Promise<{ storage: FileStorage; remove: () => Promise<void> }> {
  const folder = await mkdtemp(path.join(os.tmpdir(), 'smp-demo-files-'));
  return { storage: new LocalFileStorage(folder), remove: () => rm(folder, { recursive: true, force: true }) };
}

describe('demo data', () => {
  let database: Database;
  let close: () => Promise<void>;
  let asOwner: (sql: string) => Promise<void>;
  let storage: FileStorage;
  let removeFiles: () => Promise<void>;
  beforeAll(async () => {
    ({ database, close, asOwner } = await openTestDatabase());
    ({ storage, remove: removeFiles } = await photoStorage());
    // Start-up creates the clinic's settings before demo data loads.
    await database.clinicSettings.create({ data: { name: 'Demo', country: 'US', timeZone: 'America/New_York', currency: 'USD' } });
    await database.location.create({ data: { name: 'Demo', main: true } });
  });
  afterAll(async () => {
    await close();
    await removeFiles();
  });

  it('is loaded on the first run only, even by two instances at once, and never again after changes', async () => {
    const results = await Promise.all([loadDemoDataOnFirstRun(database, storage, new MessageOutbox()), loadDemoDataOnFirstRun(database, storage, new MessageOutbox())]);
    expect(results.sort()).toEqual([false, true]);
    expect(await database.client.count()).toBe(demoClients.length);

    const accounts = await database.staff.findMany({ include: { certifications: true } });
    expect(accounts.map((account) => account.role).sort()).toEqual(['artist', 'owner', 'receptionist']);
    expect(await verifyPassword(accounts[0]!.passwordHash, DEMO_PASSWORD)).toBe(true);
    expect(accounts.find((account) => account.role === 'artist')!.certifications).toHaveLength(demoStaff.find((staff) => staff.role === 'artist')!.certifications!.length);

    expect(await database.screening.count()).toBe(demoScreenings.length);
    // Every kind of consent form is published, and the client booked for session 1 signed the treatment consent in force.
    expect(new Set((await database.consentTemplate.findMany()).map((form) => form.kind))).toEqual(new Set(CONSENT_KINDS));
    const sessionOneConsent = await database.clientConsent.findFirstOrThrow({ where: { kind: 'treatment', client: { email: demoTreatment.clientEmail } }, include: { template: true } });
    expect(sessionOneConsent.template.version).toBe(Math.max(...demoConsentForms.filter((form) => form.kind === 'treatment').map((form) => form.version)));
    expect(await database.treatmentPlan.count({ where: { status: 'active' } })).toBe(2);
    expect(await database.room.count()).toBeGreaterThan(0);
    // Messages sign off with it and calendar invitations give it.
    expect(await database.clinicSettings.findFirstOrThrow()).toMatchObject(demoClinicContact);

    await asOwner(EMPTY_CLINICAL_DATA);
    expect(await loadDemoDataOnFirstRun(database, storage, new MessageOutbox())).toBe(false);
    expect(await database.client.count()).toBe(0);
  });
});

describe('demo data in a clinic whose day is not UTC’s', () => {
  const timeZone = zoneWhoseDayIsNotUtcs();
  let database: Database;
  let appUrl: string;
  let close: () => Promise<void>;
  let storage: FileStorage;
  let removeFiles: () => Promise<void>;
  beforeAll(async () => {
    ({ database, appUrl, close } = await openTestDatabase());
    ({ storage, remove: removeFiles } = await photoStorage());
    await database.clinicSettings.create({ data: { name: 'Demo', country: 'US', timeZone, currency: 'USD' } });
    await database.location.create({ data: { name: 'Demo', main: true } });
    await loadDemoDataOnFirstRun(database, storage, new MessageOutbox());
  });
  afterAll(async () => {
    await close();
    await removeFiles();
  });

  it('gives the appointments still to come the messages a booking schedules, and past ones none', async () => {
    const loadedAt = (await database.appMeta.findUniqueOrThrow({ where: { key: 'demo_data_loaded_at' } })).value;
    const messages = await database.clientMessage.findMany({ include: { appointment: true } });
    const upcoming = await database.appointment.count({ where: { startsAt: { gt: new Date(loadedAt) } } });
    expect(messages.filter((message) => message.kind === 'booking_confirmation')).toHaveLength(upcoming);
    expect(messages.every((message) => message.appointment!.startsAt > new Date(loadedAt) && message.sendAt >= new Date(Date.parse(loadedAt) - 1000))).toBe(true);
  });

  it('counts days from the clinic’s today: expiries, screenings and lots', async () => {
    const today = dateInZone(new Date(), timeZone);
    const certification = await database.artistCertification.findFirstOrThrow({ where: { name: 'Bloodborne pathogens' } });
    expect(toIsoDate(certification.expiresOn)).toBe(addCalendarDays(today, 21));

    const { clientEmail, daysAgo } = demoScreenings[0]!;
    const screening = await database.screening.findFirstOrThrow({ where: { client: { email: clientEmail } } });
    expect(dateInZone(screening.signedAt, timeZone)).toBe(addCalendarDays(today, -daysAgo));
    const { screeningValidityDays } = await database.clinicSettings.findFirstOrThrow();
    expect(toIsoDate(screening.validUntil)).toBe(screeningValidUntil(addCalendarDays(today, -daysAgo), screeningValidityDays));

    const expiredLot = await database.pigmentLot.findFirstOrThrow({ where: { lotNumber: 'ZS-0424' } });
    expect(toIsoDate(expiredLot.expiresOn)).toBe(addCalendarDays(today, -10));
    const received = await database.stockMovement.aggregate({ where: { pigmentLotId: expiredLot.id }, _sum: { quantityChange: true } });
    expect(received._sum.quantityChange).toBe(expiredLot.quantity);
  });

  it('takes consultations online with the demo artist from the first run, as the booking page shows', async () => {
    const artist = await database.staff.findFirstOrThrow({ where: { role: 'artist' }, select: { id: true } });
    expect(await database.onlineBookingSettings.findFirstOrThrow()).toMatchObject({ enabled: true, artistIds: [artist.id], modes: ['in_person', 'video'] });
  });

  it('shows Marcus’s hairline: designed and approved on his front photo, so his hairline restoration has started', async () => {
    const client = await database.client.findFirstOrThrow({ where: { email: demoHairlineHistory.clientEmail } });
    const versions = await database.hairlineDesign.findMany({ where: { clientId: client.id }, include: { photo: true }, orderBy: { version: 'asc' } });
    expect(versions.map((version) => version.kind)).toEqual(['consultation', 'approved', 'adjustment']);
    expect(versions[1]).toMatchObject({ signedName: 'Marcus Bennett', photo: { view: 'front' } });
    expect(versions[1]!.signaturePng!.length).toBeGreaterThan(0);

    const plan = await database.treatmentPlan.findFirstOrThrow({ where: { clientId: client.id } });
    expect(plan).toMatchObject({ style: 'hairline_restoration', status: 'active' });
    expect(plan.startedAt!.getTime()).toBeGreaterThan(versions[1]!.createdAt.getTime());
    // The start gate lets the plan through without an owner's override.
    const audit = new AuditService(database);
    expect(await new DesignsService(database, audit).assertDesignForPlan(client.id, 'hairline_restoration', null)).toBeNull();
  });

  it('shows two shades in Marcus’s progression, session 2 darker, each with photos before and after whose previews open', async () => {
    const client = await database.client.findFirstOrThrow({ where: { email: demoHairlineHistory.clientEmail } });
    const plan = await database.treatmentPlan.findFirstOrThrow({ where: { clientId: client.id } });
    const actor = { staffId: null, address: null, requestId: null };
    const { sessions } = await new ShadeProgressionQueries(database, new AuditService(database)).forClient(client.id, plan.id, actor);

    expect(sessions.map((session) => session.plan?.sessionNumber)).toEqual([1, 2]);
    expect(sessions.map((session) => session.pigments.map((pigment) => pigment.pigment.shadeName))).toEqual([['Dark Grey'], ['Soft Black']]);
    expect(sessions.map((session) => session.pigments[0]!.lot.lotNumber)).toEqual(['PB-26-131', 'PB-26-118']);
    for (const session of sessions) expect(session.photos.map((photo) => photo.phase).sort()).toEqual(['after', 'before']);

    const photos = await database.clientPhoto.findMany({ where: { clientId: client.id } });
    expect(photos.map((photo) => photo.view).sort()).toEqual(['front', 'front', 'front', 'front', 'front', 'left', 'right', 'top']);
    for (const photo of photos) {
      const preview = await sharp(await storage.read(photo.previewKey)).metadata();
      expect(preview).toMatchObject({ format: 'jpeg', width: photo.width, height: photo.height });
      expect((await sharp(await storage.read(photo.thumbnailKey)).metadata()).format).toBe('jpeg');
    }
  });

  it('shows Oliver’s fade check: a bluish shift pointing at the blue-based lot he received, and his sun exposure', async () => {
    const client = await database.client.findFirstOrThrow({ where: { email: demoFadedHistory.clientEmail } });
    const assessment = await database.fadeAssessment.findFirstOrThrow({ where: { clientId: client.id }, include: fadeAssessmentIncludes(true) });
    expect(assessment.colourShift).toBe('bluish');
    expect(assessment.appointment.photos.map((photo) => photo.view)).toEqual(['front']);
    const suspects = suspectLots(assessment, await lotUsesOf(database, client.id, assessment.recordedAt), timeZone);
    expect(suspects.map((suspect) => [suspect.pigment.shadeName, suspect.lot.lotNumber])).toEqual([['Jet Black', 'GT-77']]);

    const consultation = await database.consultation.findFirstOrThrow({ where: { clientId: client.id, recordedAt: { not: null } } });
    expect(consultation.sunExposure).toBe('high');
    expect(await database.treatmentPlan.findFirstOrThrow({ where: { clientId: client.id } })).toMatchObject({ status: 'completed' });
  });

  /** The money pages' services, as the app wires them. */
  function money() {
    const audit = new AuditService(database);
    const cache = new ClinicSettingsCache(appUrl);
    const clinic = new ClinicSettingsService(database, testConfig(), audit, cache);
    const billing = new BillingSettingsService(database, audit);
    return {
      billing,
      accounts: new AccountsService(database, audit, new QuotesService(database, audit, clinic, billing)),
      reports: new BusinessReportsService(database, new ReportSource({ database, url: appUrl }, null), clinic, audit, new LocationsService(database, audit, clinic, cache)),
    };
  }
  const owner = { staffId: null, address: null, requestId: null };
  const planOf = async (email: string) => database.treatmentPlan.findFirstOrThrow({ where: { client: { email } }, include: { sessions: { include: { appointments: true } } } });

  it('bills as a US clinic: no tax, a 20% deposit a week before session 1, and fees for late cancellations and no-shows', async () => {
    expect(await money().billing.get()).toMatchObject({
      taxId: demoBilling.taxId,
      pricesIncludeTax: false,
      deposit: { kind: 'percent', percent: 20 },
      depositDueDaysBefore: 7,
      lateCancellationFeeMinor: 5_000,
      noShowFeeMinor: 10_000,
    });
  });

  it('shows Marcus’s plan account: the quote he signed when the plan started, his deposit paid, and his invoice of session 1’s day paid in full', async () => {
    const plan = await planOf(demoHairlineHistory.clientEmail);
    const account = await money().accounts.plan(plan.id, owner);
    expect(account.quote).toMatchObject({ version: 1, totalMinor: 370_000, depositMinor: 74_000, acceptance: { signedName: 'Marcus Bennett' } });
    expect(account.quote!.lines.map((line) => [line.description, line.totalMinor])).toEqual([
      ['Hairline restoration plan — sessions 1 and 2', 300_000],
      ['Session 3', 70_000],
    ]);
    expect(account.acceptedQuote?.id).toBe(account.quote!.id);
    expect(account.deposit).toMatchObject({ state: 'paid', requiredMinor: 74_000 });
    expect(account.invoices).toEqual([expect.objectContaining({ kind: 'invoice', totalMinor: 370_000, state: 'paid', dueMinor: 0 })]);
    const sessionOne = plan.sessions.find((session) => session.number === 1)!.appointments[0]!;
    expect(account.invoices[0]!.issuedOn).toBe(dateInZone(sessionOne.startsAt, timeZone));
    expect(account.payments.map((payment) => [payment.purpose, payment.method, payment.reference])).toEqual([
      ['invoice', 'cash', null],
      ['invoice', 'card', 'T-4907'],
      ['deposit', 'card', 'T-4821'],
    ]);
    expect(account.balanceMinor).toBe(0);
    expect(account.canInvoicePlan).toBe(false);
  });

  it('shows Oliver’s invoice part-paid and Hannah’s deposit held ahead of her first session, with no deposit chased', async () => {
    const oliver = await money().accounts.plan((await planOf(demoFadedHistory.clientEmail)).id, owner);
    expect(oliver.deposit.state).toBe('paid');
    expect(oliver.invoices).toEqual([expect.objectContaining({ state: 'part_paid', dueMinor: 50_000 })]);

    const hannah = await money().accounts.plan((await planOf(demoTreatment.clientEmail)).id, owner);
    expect(hannah.acceptedQuote).toMatchObject({ totalMinor: 260_000, depositMinor: 52_000 });
    expect(hannah.deposit).toMatchObject({ state: 'paid', paidMinor: 52_000 });
    expect(hannah.invoices).toEqual([]);
    expect(hannah.canInvoicePlan).toBe(true);
    expect(await new OverdueDepositsQueries(database).overdue(timeZone, new Date())).toEqual([]);
  });

  it('numbers the invoices INV-YYYY-0001 on in each year, without gaps', async () => {
    const invoices = await database.invoice.findMany({ orderBy: [{ year: 'asc' }, { sequence: 'asc' }] });
    expect(invoices.length).toBeGreaterThan(0);
    for (const year of new Set(invoices.map((invoice) => invoice.year))) {
      const numbers = invoices.filter((invoice) => invoice.year === year).map((invoice) => invoice.number);
      expect(numbers).toEqual(numbers.map((_, index) => `INV-${year}-${String(index + 1).padStart(4, '0')}`));
    }
  });

  it('gives the owner’s business reports revenue in the months of the invoices, a balance outstanding and a deposit held', async () => {
    const { reports } = money();
    for (const invoice of await database.invoice.findMany()) {
      const day = toIsoDate(invoice.issuedOn)!;
      const { rows } = await reports.get('revenue_by_month', { from: day, to: day }, owner);
      expect(rows).toEqual([expect.objectContaining({ month: day.slice(0, 7), revenue_minor: invoice.netMinor })]);
      expect(invoice.netMinor).toBeGreaterThan(0);
    }
    const today = dateInZone(new Date(), timeZone);
    const year = { from: addCalendarDays(today, -365), to: today };
    expect((await reports.get('outstanding_balances', year, owner)).rows).toEqual([expect.objectContaining({ client: 'Oliver Schmidt', balance_minor: 50_000 })]);
    expect((await reports.get('deposits_held', year, owner)).rows).toEqual([expect.objectContaining({ client: 'Hannah Weiss', held_minor: 52_000 })]);
  });
});

describe('demo appointments this week and next', () => {
  const timeZone = 'America/New_York';
  // The clinic's first opening hours: weekdays 09:00–18:00, Saturday 10:00–14:00, Sunday closed.
  const opening = [...[1, 2, 3, 4, 5].map((weekday) => ({ weekday, opens: '09:00', closes: '18:00' })), { weekday: 6, opens: '10:00', closes: '14:00' }];

  async function loadOn(now: Date) {
    const { database, close } = await openTestDatabase();
    const { storage, remove } = await photoStorage();
    try {
      await database.clinicSettings.create({ data: { name: 'Demo', country: 'US', timeZone, currency: 'USD' } });
      await database.location.create({ data: { name: 'Demo', main: true } });
      await database.clinicOpeningHours.createMany({
        data: opening.map((interval) => ({ weekday: interval.weekday, opens: toTimeColumn(interval.opens), closes: toTimeColumn(interval.closes) })),
      });
      expect(await loadDemoDataOnFirstRun(database, storage, new MessageOutbox(), now)).toBe(true);
      return await database.appointment.findMany({ where: { status: { not: 'completed' } }, include: { consultation: true }, orderBy: { startsAt: 'asc' } });
    } finally {
      await close();
      await remove();
    }
  }

  it.each([
    ['a Monday afternoon', '2031-03-10T15:00', '2031-03-10'],
    ['a Saturday morning', '2031-03-15T09:00', '2031-03-15'],
    ['the Sunday the clocks go forward, a closed day', '2031-03-09T12:00', '2031-03-10'],
  ])('on %s: the artist’s treatment on the first working day, every visit in working hours, none colliding', async (_name, localNow, treatmentDay) => {
    const [day, time] = localNow.split('T') as [string, string];
    const appointments = await loadOn(zonedInstant(day, time, timeZone));
    const fortnight = thisWeekAndNext(day);

    expect(appointments).toHaveLength(demoVisits.length + 1);
    const treatment = appointments.find((appointment) => appointment.kind === 'plan_session')!;
    expect(dateInZone(treatment.startsAt, timeZone)).toBe(treatmentDay);
    expect(treatment.planSessionId).not.toBeNull();
    // Each consultation can be recorded from the calendar: it has its consultation, as a booking through the API would.
    const consultations = appointments.filter((appointment) => appointment.kind === 'consultation');
    expect(consultations).toHaveLength(demoVisits.filter((visit) => visit.kind === 'consultation').length);
    for (const consultation of consultations) expect(consultation.consultation).toMatchObject({ clientId: consultation.clientId, mode: 'in_person', recordedAt: null });

    for (const appointment of appointments) {
      const visitDay = dateInZone(appointment.startsAt, timeZone);
      expect(fortnight).toContain(visitDay);
      const spans = workingSpans(visitDay, demoArtistHours, opening, false, timeZone);
      expect(fitsWithin({ start: appointment.startsAt.getTime(), end: appointment.endsAt.getTime() }, spans)).toBe(true);
    }
    appointments.slice(1).forEach((appointment, index) => expect(appointment.startsAt.getTime()).toBeGreaterThanOrEqual(appointments[index]!.endsAt.getTime()));
    const nextMonday = fortnight.at(-7)!;
    expect(appointments.some((appointment) => dateInZone(appointment.startsAt, timeZone) >= nextMonday)).toBe(true);
  });
});
