import { afterAll, beforeAll, describe, expect, it, jest } from '@jest/globals';
import { sqlPool } from '../database/database.js';
import { createTestApp, type TestApp } from '../test-support/test-app.js';
import { openClinic, plannedSessions, screenedClient } from '../test-support/scheduling.js';

let testApp: TestApp;
beforeAll(async () => {
  testApp = await createTestApp();
  await openClinic(testApp);
});
afterAll(async () => {
  await testApp.close();
});

async function draftPlan(clientId: string, style: string): Promise<string> {
  const created = await testApp
    .as('artist')
    .post('/api/treatment-plans')
    .send({ clientId, style, artistId: testApp.staff.artist.id, sessions: await plannedSessions(testApp) });
  expect(created.status).toBe(201);
  return created.body.id as string;
}

/** The client's plans as the API lists them, and how many queries the app sent to list them. */
async function listCounted(clientId: string): Promise<{ items: Record<string, unknown>[]; queries: number }> {
  // Every query of the app goes through its pool: Prisma's outside transactions and the app's own SQL.
  const query = jest.spyOn(sqlPool(testApp.database), 'query');
  try {
    const listed = await testApp.as('receptionist').get(`/api/treatment-plans?clientId=${clientId}`);
    expect(listed.status).toBe(200);
    return { items: listed.body.items, queries: query.mock.calls.length };
  } finally {
    query.mockRestore();
  }
}

describe("a client's plans", () => {
  it('come newest first without the start checks, which a single plan carries', async () => {
    const clientId = await screenedClient(testApp);
    const older = await draftPlan(clientId, 'density');
    const newer = await draftPlan(clientId, 'hairline_restoration');
    const { items } = await listCounted(clientId);
    expect(items.map((plan) => plan.id)).toEqual([newer, older]);
    expect(items[0]).not.toHaveProperty('startBlockers');
    expect((await testApp.as('receptionist').get(`/api/treatment-plans/${newer}`)).body.startBlockers).toEqual([expect.objectContaining({ rule: 'design' })]);
  });

  it('are read in as many queries for many draft plans as for one', async () => {
    const clientId = await screenedClient(testApp);
    await draftPlan(clientId, 'alopecia_medical');
    await listCounted(clientId);
    const one = await listCounted(clientId);
    for (const style of ['hairline_restoration', 'correction', 'alopecia_medical', 'density']) await draftPlan(clientId, style);
    const five = await listCounted(clientId);
    expect(one.queries).toBeGreaterThan(0);
    expect(five.items).toHaveLength(5);
    expect(five.queries).toBe(one.queries);
  });
});
