import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { createTestApp, type TestApp } from '../test-support/test-app.js';

let testApp: TestApp;
beforeAll(async () => {
  testApp = await createTestApp();
});
afterAll(async () => {
  await testApp.close();
});

const settings = {
  taxId: 'US-12-3456789',
  pricesIncludeTax: false,
  deposit: { kind: 'percent', percent: 20 },
  depositDueDaysBefore: 5,
  lateCancellationFeeMinor: 5_000,
  noShowFeeMinor: 10_000,
};

describe('billing settings', () => {
  it('start with no deposit and no fees, in the clinic’s currency', async () => {
    const response = await testApp.as('artist').get('/api/billing-settings');
    expect(response.status).toBe(200);
    expect(response.body).toEqual({
      currency: 'USD',
      taxId: null,
      pricesIncludeTax: false,
      deposit: { kind: 'none', amountMinor: null, percent: null },
      depositDueDaysBefore: 7,
      lateCancellationFeeMinor: 0,
      noShowFeeMinor: 0,
    });
  });

  it('are changed by an owner, with what changed on the audit trail, and by no one else', async () => {
    expect((await testApp.as('receptionist').put('/api/billing-settings').send(settings)).status).toBe(403);
    expect((await testApp.as('artist').put('/api/billing-settings').send(settings)).status).toBe(403);
    const response = await testApp.as('owner').put('/api/billing-settings').send(settings);
    expect(response.status).toBe(200);
    expect(response.body).toMatchObject({ taxId: 'US-12-3456789', deposit: { kind: 'percent', percent: 20, amountMinor: null }, depositDueDaysBefore: 5, noShowFeeMinor: 10_000 });
    expect((await testApp.as('receptionist').get('/api/billing-settings')).body).toEqual(response.body);
    const [event] = (await testApp.as('owner').get('/api/audit-events').query({ action: 'billing_settings.update' })).body.items;
    expect(event.changedFields.sort()).toEqual(['deposit', 'depositDueDaysBefore', 'lateCancellationFeeMinor', 'noShowFeeMinor', 'taxId']);
  });

  it('refuse a negative fee, a percentage over 100 and a deposit without its amount, field by field', async () => {
    const response = await testApp
      .as('owner')
      .put('/api/billing-settings')
      .send({ ...settings, noShowFeeMinor: -100, deposit: { kind: 'amount' } });
    expect(response.status).toBe(400);
    expect(response.headers['content-type']).toMatch(/^application\/problem\+json/);
    const fields = response.body.errors.map((error: { field: string }) => error.field);
    expect(fields).toEqual(expect.arrayContaining(['noShowFeeMinor', 'deposit.amountMinor']));
    const tooMuch = await testApp
      .as('owner')
      .put('/api/billing-settings')
      .send({ ...settings, deposit: { kind: 'percent', percent: 120 } });
    expect(tooMuch.body.errors).toEqual([{ field: 'deposit.percent', message: 'At most 100%' }]);
  });
});

describe('tax rates', () => {
  it('keep one default: a new default replaces the one before, an archived rate stops being it', async () => {
    const owner = testApp.as('owner');
    const standard = (await owner.post('/api/tax-rates').send({ name: 'Sales tax', basisPoints: 800, isDefault: true })).body;
    const reduced = (await owner.post('/api/tax-rates').send({ name: 'Reduced', basisPoints: 400 })).body;
    expect(reduced).toMatchObject({ name: 'Reduced', basisPoints: 400, isDefault: false, archivedAt: null });
    expect((await owner.post(`/api/tax-rates/${reduced.id}/default`)).body.isDefault).toBe(true);
    let rates = (await testApp.as('artist').get('/api/tax-rates')).body;
    expect(rates.filter((rate: { isDefault: boolean }) => rate.isDefault).map((rate: { id: string }) => rate.id)).toEqual([reduced.id]);

    const archived = await owner.post(`/api/tax-rates/${reduced.id}/archive`);
    expect(archived.status).toBe(200);
    expect(archived.body).toMatchObject({ isDefault: false, archivedAt: expect.any(String) });
    rates = (await testApp.as('artist').get('/api/tax-rates')).body;
    expect(rates.map((rate: { id: string }) => rate.id)).toEqual([standard.id]);
    expect((await testApp.as('artist').get('/api/tax-rates').query({ archived: 'true' })).body).toHaveLength(2);

    const madeDefault = await owner.post(`/api/tax-rates/${reduced.id}/default`);
    expect(madeDefault.status).toBe(409);
    expect(madeDefault.body.title).toBe('Tax rate archived');
    expect((await owner.post(`/api/tax-rates/${reduced.id}/archive`)).status).toBe(409);
    for (const action of ['tax_rate.add', 'tax_rate.default', 'tax_rate.archive']) {
      const events = (await owner.get('/api/audit-events').query({ action })).body.items as { entityId: string }[];
      expect(events.map((event) => event.entityId)).toContain(reduced.id);
    }
  });

  it('are managed by owners only, and a live rate’s name is not taken twice', async () => {
    expect((await testApp.as('receptionist').post('/api/tax-rates').send({ name: 'VAT', basisPoints: 2000 })).status).toBe(403);
    await testApp.as('owner').post('/api/tax-rates').send({ name: 'City tax', basisPoints: 200 });
    const twice = await testApp.as('owner').post('/api/tax-rates').send({ name: 'city tax', basisPoints: 250 });
    expect(twice.status).toBe(400);
    expect(twice.body.errors).toEqual([{ field: 'name', message: 'A live rate has this name already' }]);
    const negative = await testApp.as('owner').post('/api/tax-rates').send({ name: 'Odd', basisPoints: -1 });
    expect(negative.body.errors).toEqual([{ field: 'basisPoints', message: 'Must not be negative' }]);
    expect((await testApp.as('owner').post('/api/tax-rates/00000000-0000-4000-8000-000000000000/archive')).status).toBe(404);
  });
});
