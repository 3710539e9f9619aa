import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { createTestApp, type TestApp } from '../test-support/test-app.js';
import { planWithAcceptedQuote } from '../test-support/money.js';

let testApp: TestApp;
beforeAll(async () => {
  testApp = await createTestApp({ CLINIC_NAME: 'Northside SMP', CLINIC_TIME_ZONE: 'America/Chicago', CLINIC_CURRENCY: 'usd' });
});
afterAll(async () => {
  await testApp.close();
});

const settings = {
  name: 'Northside Scalp Studio',
  country: 'gb',
  timeZone: 'Europe/London',
  currency: 'GBP',
  openingHours: [
    { weekday: 2, opens: '13:00', closes: '19:00' },
    { weekday: 2, opens: '08:30', closes: '12:00' },
    { weekday: 6, opens: '10:00', closes: '16:00' },
  ],
  sessionIdleMinutes: 20,
  sessionMaxHours: 10,
  screeningValidityDays: 60,
  injectablesDeferDays: 14,
  sessionSpacingMinDays: 7,
  sessionSpacingMaxDays: 28,
  maintenanceRecallYears: 4,
  consultationMinutes: 45,
  sessionMinutes: 210,
  touchUpMinutes: 120,
  maintenanceMinutes: 180,
  slotStepMinutes: 15,
  fadeCheckMinutes: 30,
  highSunRecallYears: 2,
  fadedRecallMonths: 3,
  laserSpacingDays: 42,
  laserHealingDays: 42,
  laserMinutes: 30,
  address: null,
  phone: null,
  email: null,
  reminderHours: [48, 24],
  quietHours: { start: '21:00', end: '08:00' },
  preparationDaysBefore: 2,
};

describe('the clinic’s settings', () => {
  it('start from the environment, with usual opening hours, and every role can read them', async () => {
    for (const role of ['owner', 'receptionist', 'artist'] as const) {
      const response = await testApp.as(role).get('/api/clinic');
      expect(response.status).toBe(200);
      expect(response.body).toMatchObject({
        name: 'Northside SMP',
        timeZone: 'America/Chicago',
        currency: 'USD',
        country: 'US',
        sessionIdleMinutes: 30,
        screeningValidityDays: 90,
        injectablesDeferDays: 28,
      });
      expect(response.body.openingHours[0]).toEqual({ weekday: 1, opens: '09:00', closes: '18:00' });
    }
  });

  it('are replaced by an owner, opening hours sorted, with the changed fields on the audit trail', async () => {
    const response = await testApp.as('owner').put('/api/clinic').send(settings);
    expect(response.status).toBe(200);
    expect(response.body).toMatchObject({ name: 'Northside Scalp Studio', country: 'GB', currency: 'GBP', timeZone: 'Europe/London' });
    expect(response.body.openingHours).toEqual([
      { weekday: 2, opens: '08:30', closes: '12:00' },
      { weekday: 2, opens: '13:00', closes: '19:00' },
      { weekday: 6, opens: '10:00', closes: '16:00' },
    ]);
    const [event] = (await testApp.as('owner').get('/api/audit-events').query({ action: 'clinic.update' })).body.items;
    expect(event.changedFields.sort()).toEqual([
      'country',
      'currency',
      'injectablesDeferDays',
      'name',
      'openingHours',
      'screeningValidityDays',
      'sessionIdleMinutes',
      'sessionMaxHours',
      'timeZone',
    ]);
  });

  it('read local phone numbers in the clinic’s country once it changes', async () => {
    await testApp.as('owner').put('/api/clinic').send(settings);
    const client = await testApp.as('receptionist').post('/api/clients').send({ firstName: 'Olly', lastName: 'Reed', phone: '07911 123456' });
    expect(client.status).toBe(201);
    expect(client.body.phone).toBe('+447911123456');
  });

  it('refuse overlapping hours, unknown zones and currencies, and out-of-range timeouts, field by field', async () => {
    const response = await testApp
      .as('owner')
      .put('/api/clinic')
      .send({
        ...settings,
        timeZone: 'Europe/Atlantis',
        currency: 'XXY',
        sessionIdleMinutes: 1,
        sessionSpacingMinDays: 30,
        sessionSpacingMaxDays: 20,
        openingHours: [
          { weekday: 1, opens: '09:00', closes: '12:00' },
          { weekday: 1, opens: '11:00', closes: '15:00' },
          { weekday: 3, opens: '18:00', closes: '09:00' },
          { weekday: 8, opens: '25:00', closes: '26:00' },
        ],
      });
    expect(response.status).toBe(400);
    expect(response.body.errors.map((error: { field: string }) => error.field).sort()).toEqual([
      'currency',
      'openingHours.1',
      'openingHours.2.closes',
      'openingHours.3.closes',
      'openingHours.3.opens',
      'openingHours.3.weekday',
      'sessionIdleMinutes',
      'sessionSpacingMaxDays',
      'timeZone',
    ]);
    expect((await testApp.as('owner').get('/api/clinic')).body.name).toBe('Northside Scalp Studio');
  });

  it('say what messages need: the clinic’s address and contact, reminders longest first, quiet hours or none', async () => {
    const start = await testApp.as('owner').get('/api/clinic');
    expect(start.body).toMatchObject({ reminderHours: [48, 24], quietHours: { start: '21:00', end: '08:00' }, preparationDaysBefore: 2 });
    const response = await testApp
      .as('owner')
      .put('/api/clinic')
      .send({
        ...settings,
        address: ' 4 Quay Street, Bristol ',
        phone: '0117 496 0123',
        email: 'Hello@Northside.example',
        reminderHours: [24, 72],
        quietHours: null,
        preparationDaysBefore: 3,
      });
    expect(response.status).toBe(200);
    expect(response.body).toMatchObject({
      address: '4 Quay Street, Bristol',
      phone: '+441174960123',
      email: 'hello@northside.example',
      reminderHours: [72, 24],
      quietHours: null,
      preparationDaysBefore: 3,
    });
    const [event] = (await testApp.as('owner').get('/api/audit-events').query({ action: 'clinic.update' })).body.items;
    expect(event.changedFields).toEqual(expect.arrayContaining(['address', 'phone', 'email', 'reminderHours', 'quietHours', 'preparationDaysBefore']));
  });

  it('refuse more than three reminders, a repeated one, quiet hours that end as they start and a bad phone, field by field', async () => {
    const response = await testApp
      .as('owner')
      .put('/api/clinic')
      .send({ ...settings, phone: '12', email: 'not an address', reminderHours: [72, 48, 24, 2], quietHours: { start: '22:00', end: '22:00' }, preparationDaysBefore: 0 });
    expect(response.status).toBe(400);
    expect(response.body.errors.map((error: { field: string }) => error.field).sort()).toEqual(['email', 'phone', 'preparationDaysBefore', 'quietHours.end', 'reminderHours']);
    const repeated = await testApp
      .as('owner')
      .put('/api/clinic')
      .send({ ...settings, reminderHours: [24, 24] });
    expect(repeated.body.errors).toEqual([{ field: 'reminderHours', message: 'Each reminder needs its own time' }]);
  });

  it('are guarded by the database as well: no overlapping opening hours', async () => {
    await expect(testApp.database.$executeRaw`INSERT INTO clinic_opening_hours (weekday, opens, closes) VALUES (2, '11:00', '14:00')`).rejects.toThrow(/clinic_opening_hours_no_overlap/);
  });

  it('keep their currency once money is kept in it', async () => {
    const { currency } = await planWithAcceptedQuote(testApp);
    const other = currency === 'EUR' ? 'USD' : 'EUR';
    const refused = await testApp
      .as('owner')
      .put('/api/clinic')
      .send({ ...settings, currency: other });
    expect(refused.status).toBe(409);
    expect(refused.body.errors).toEqual([{ field: 'currency', message: expect.stringContaining('cannot change') }]);
    expect((await testApp.as('owner').get('/api/clinic')).body.currency).toBe(currency);
    await expect(testApp.database.$executeRaw`UPDATE clinic_settings SET currency = ${other}`).rejects.toThrow(/currency cannot change/);
    expect(
      (
        await testApp
          .as('owner')
          .put('/api/clinic')
          .send({ ...settings, currency })
      ).status,
    ).toBe(200);
  });
});
