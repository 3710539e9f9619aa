import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { addCalendarDays, dateInZone } from '@smp/contracts';
import type { Database } from '../database/database.js';
import { toIsoDate } from '../database/column-values.js';
import { screeningValidUntil } from '../screening/screening-status.js';
import { EMPTY_CLINICAL_DATA, openTestDatabase } from '../test-support/test-database.js';
import { zoneWhoseDayIsNotUtcs } from '../test-support/scheduling.js';
import { verifyPassword } from '../auth/passwords.js';
import { demoClients } from './demo-clients.js';
import { DEMO_PASSWORD, demoStaff } from './demo-staff.js';
import { demoScreenings } from './demo-screenings.js';
import { loadDemoDataOnFirstRun } from './load-demo-data.js';

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
    expect(await database.treatmentPlan.count({ where: { status: 'active' } })).toBe(1);
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
