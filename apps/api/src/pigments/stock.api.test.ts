import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { createTestApp, type TestApp } from '../test-support/test-app.js';
import { dayFromToday } from '../test-support/scheduling.js';

let testApp: TestApp;
let pigmentLot: string;
let needleLot: string;
beforeAll(async () => {
  testApp = await createTestApp();
  const owner = testApp.as('owner');
  const pigment = (await owner.post('/api/pigments').send({ brand: 'Perma', product: 'SMP Black', shadeName: 'Soft black', tone: 'neutral' })).body.items[0];
  pigmentLot = (await owner.post(`/api/pigments/${pigment.id}/lots`).send({ lotNumber: 'PB-1', expiresOn: dayFromToday(300), receivedOn: dayFromToday(-3), quantity: 6 })).body.items[0]
    .lots[0].id;
  const needle = (await owner.post('/api/needles').send({ configuration: '3-point', gauge: '0.30 mm' })).body.items[0];
  needleLot = (await owner.post(`/api/needles/${needle.id}/lots`).send({ lotNumber: 'N-1', expiresOn: dayFromToday(300), receivedOn: dayFromToday(-3), quantity: 10 })).body.items[0].lots[0]
    .id;
});
afterAll(async () => {
  await testApp.close();
});

const ledger = async (path: string) => (await testApp.as('owner').get(path)).body;

describe('owners adjusting stock', () => {
  it('changes the lot’s stock with the reason on its ledger and the audit trail', async () => {
    const adjusted = await testApp.as('owner').post(`/api/pigment-lots/${pigmentLot}/adjustments`).send({ change: -2, reason: 'Two bottles broke in delivery' });
    expect(adjusted.status).toBe(201);
    expect(adjusted.body.items[0].lots[0]).toMatchObject({ id: pigmentLot, quantity: 4 });
    const { lot, items } = await ledger(`/api/pigment-lots/${pigmentLot}/movements`);
    expect(lot).toEqual({ id: pigmentLot, lotNumber: 'PB-1', quantity: 4 });
    expect(items.map((movement: { kind: string; change: number; reason: string | null }) => [movement.kind, movement.change, movement.reason])).toEqual([
      ['received', 6, null],
      ['adjusted', -2, 'Two bottles broke in delivery'],
    ]);
    expect(items[1]).toMatchObject({ staff: { id: testApp.staff.owner.id, name: 'Olga Owner' }, occurredAt: expect.any(String) });
    const audited = await testApp.database.auditEvent.findFirstOrThrow({ where: { entityId: pigmentLot }, orderBy: { id: 'desc' } });
    expect(audited).toMatchObject({ actorId: testApp.staff.owner.id, details: { change: -2, reason: 'Two bottles broke in delivery' } });

    const needles = await testApp.as('owner').post(`/api/needle-lots/${needleLot}/adjustments`).send({ change: 5, reason: 'Found a box at the back' });
    expect(needles.body.items[0].lots[0]).toMatchObject({ id: needleLot, quantity: 15 });
  });

  it('needs a reason and a change, and cannot take more than the lot holds', async () => {
    const owner = testApp.as('owner');
    const noReason = await owner.post(`/api/pigment-lots/${pigmentLot}/adjustments`).send({ change: -1 });
    expect(noReason.status).toBe(400);
    expect(noReason.body.errors).toEqual([{ field: 'reason', message: expect.any(String) }]);
    const blankReason = await owner.post(`/api/pigment-lots/${pigmentLot}/adjustments`).send({ change: -1, reason: '  ' });
    expect(blankReason.body.errors).toEqual([{ field: 'reason', message: 'Say why the stock changes (at least 3 characters)' }]);
    const noChange = await owner.post(`/api/pigment-lots/${pigmentLot}/adjustments`).send({ change: 0, reason: 'Counted' });
    expect(noChange.body.errors).toEqual([{ field: 'change', message: 'Enter how many units to add or take away' }]);

    const before = (await ledger(`/api/pigment-lots/${pigmentLot}/movements`)).lot.quantity as number;
    const tooMany = await owner.post(`/api/pigment-lots/${pigmentLot}/adjustments`).send({ change: -(before + 1), reason: 'Stock count' });
    expect(tooMany.status).toBe(409);
    expect(tooMany.body.errors).toEqual([{ field: 'change', message: `The lot holds ${before}: it cannot lose ${before + 1}` }]);
    expect((await ledger(`/api/pigment-lots/${pigmentLot}/movements`)).lot.quantity).toBe(before);
    expect((await owner.post('/api/pigment-lots/7d1f6a1e-3c1e-4b8e-9a51-52b5a0c1e2f3/adjustments').send({ change: 1, reason: 'Stock count' })).status).toBe(404);
  });

  it('is for owners only: receptionists and artists see stock but cannot adjust it', async () => {
    const before = (await ledger(`/api/needle-lots/${needleLot}/movements`)).items.length;
    for (const role of ['receptionist', 'artist'] as const) {
      expect((await testApp.as(role).post(`/api/needle-lots/${needleLot}/adjustments`).send({ change: -1, reason: 'Stock count' })).status).toBe(403);
      expect((await testApp.as(role).get(`/api/needle-lots/${needleLot}/movements`)).status).toBe(200);
    }
    expect((await ledger(`/api/needle-lots/${needleLot}/movements`)).items).toHaveLength(before);
  });

  it('keeps the ledger written once, whoever asks', async () => {
    await expect(testApp.database.$executeRaw`UPDATE stock_movements SET quantity_change = 100`).rejects.toThrow(/permission denied/);
    await expect(testApp.testDatabase.asOwner('DELETE FROM stock_movements')).rejects.toThrow(/immutable/);
  });
});
