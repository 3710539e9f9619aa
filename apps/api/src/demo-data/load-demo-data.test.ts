import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { addCalendarDays, dateInZone, zonedInstant } from '@smp/contracts';
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
import { loadDemoDataOnFirstRun } from './load-demo-data.js';
import { demoArtistHours } from './demo-scheduling.js';
import { demoVisits, thisWeekAndNext } from './demo-calendar.js';

describe('demo data', () => {
  let database: Database;
  let close: () => Promise<void>;
  let asOwner: (sql: string) => Promise<void>;
  beforeAll(async () => {
    ({ database, close, asOwner } = await openTestDatabase());
    // Start-up creates the clinic's settings before demo data loads.
    await database.clinicSettings.create({ data: { name: 'Demo', country: 'US', timeZone: 'America/New_York', currency: 'USD' } });
  });
  afterAll(() => close());

  it('is loaded on the first run only, even by two instances at once, and never again after changes', async () => {
    const results = await Promise.all([loadDemoDataOnFirstRun(database), loadDemoDataOnFirstRun(database)]);
    expect(results.sort()).toEqual([false, true]);
    expect(await database.client.count()).toBe(demoClients.length);

    const accounts = await database.staff.findMany({ include: { certifications: true } });
    expect(accounts.map((account) => account.role).sort()).toEqual(['artist', 'owner', 'receptionist']);
    expect(await verifyPassword(accounts[0]!.passwordHash, DEMO_PASSWORD)).toBe(true);
    expect(accounts.find((account) => account.role === 'artist')!.certifications).toHaveLength(demoStaff.find((staff) => staff.role === 'artist')!.certifications!.length);

    expect(await database.screening.count()).toBe(demoScreenings.length);
    expect(await database.treatmentPlan.count({ where: { status: 'active' } })).toBe(2);
    expect(await database.room.count()).toBeGreaterThan(0);

    await asOwner(EMPTY_CLINICAL_DATA);
    expect(await loadDemoDataOnFirstRun(database)).toBe(false);
    expect(await database.client.count()).toBe(0);
  });
});

describe('demo data in a clinic whose day is not UTC’s', () => {
  const timeZone = zoneWhoseDayIsNotUtcs();
  let database: Database;
  let close: () => Promise<void>;
  beforeAll(async () => {
    ({ database, close } = await openTestDatabase());
    await database.clinicSettings.create({ data: { name: 'Demo', country: 'US', timeZone, currency: 'USD' } });
    await loadDemoDataOnFirstRun(database);
  });
  afterAll(() => close());

  it('counts days from the clinic’s today: expiries, screenings and lots', async () => {
    const today = dateInZone(new Date(), timeZone);
    const certification = await database.artistCertification.findFirstOrThrow({ where: { name: 'Bloodborne pathogens' } });
    expect(toIsoDate(certification.expiresOn)).toBe(addCalendarDays(today, 21));

    const signedTenDaysAgo = await database.screening.findFirstOrThrow({ where: { client: { email: 'marcus.bennett@example.com' } } });
    expect(dateInZone(signedTenDaysAgo.signedAt, timeZone)).toBe(addCalendarDays(today, -10));
    const { screeningValidityDays } = await database.clinicSettings.findFirstOrThrow();
    expect(toIsoDate(signedTenDaysAgo.validUntil)).toBe(screeningValidUntil(addCalendarDays(today, -10), screeningValidityDays));

    const expiredLot = await database.pigmentLot.findFirstOrThrow({ where: { lotNumber: 'ZS-0424' } });
    expect(toIsoDate(expiredLot.expiresOn)).toBe(addCalendarDays(today, -10));
    const received = await database.stockMovement.aggregate({ where: { pigmentLotId: expiredLot.id }, _sum: { quantityChange: true } });
    expect(received._sum.quantityChange).toBe(expiredLot.quantity);
  });
});

describe('demo appointments this week and next', () => {
  const timeZone = 'America/New_York';
  // The clinic's first opening hours: weekdays 09:00–18:00, Saturday 10:00–14:00, Sunday closed.
  const opening = [...[1, 2, 3, 4, 5].map((weekday) => ({ weekday, opens: '09:00', closes: '18:00' })), { weekday: 6, opens: '10:00', closes: '14:00' }];

  async function loadOn(now: Date) {
    const { database, close } = await openTestDatabase();
    try {
      await database.clinicSettings.create({ data: { name: 'Demo', country: 'US', timeZone, currency: 'USD' } });
      await database.clinicOpeningHours.createMany({
        data: opening.map((interval) => ({ weekday: interval.weekday, opens: toTimeColumn(interval.opens), closes: toTimeColumn(interval.closes) })),
      });
      expect(await loadDemoDataOnFirstRun(database, now)).toBe(true);
      return await database.appointment.findMany({ where: { status: { not: 'completed' } }, include: { consultation: true }, orderBy: { startsAt: 'asc' } });
    } finally {
      await close();
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
