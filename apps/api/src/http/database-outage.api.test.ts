import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { problemTypes } from '@smp/contracts';
import { migrateForApp } from '../database/open-database.js';
import { createTestApp, type TestApp } from '../test-support/test-app.js';
import { testDatabaseAt } from '../test-support/test-database.js';
import { startThrowAwayPostgres, type ThrowAwayPostgres } from '../test-support/test-postgres.js';

// This file stops and restarts a PostgreSQL of its own, so the shared test server is never touched.
let server: ThrowAwayPostgres;
let testApp: TestApp;
beforeAll(async () => {
  server = await startThrowAwayPostgres();
  // Its own server goes when the file ends, so the database needs no dropping.
  testApp = await createTestApp(
    {},
    testDatabaseAt(server.url, await migrateForApp(server.url), async () => {}),
  );
}, 60_000);
afterAll(async () => {
  await server.resume();
  await testApp.close();
  await server.stop();
}, 60_000);

function expectUnavailable(response: { status: number; headers: Record<string, string>; body: { type?: string } }) {
  expect(response.status).toBe(503);
  expect(response.headers['content-type']).toMatch(/^application\/problem\+json/);
  expect(response.body.type).toBe(problemTypes.unavailable);
  expect(Number(response.headers['retry-after'])).toBeGreaterThan(0);
}

describe('while the database is down', () => {
  it('answers every request 503 with Retry-After, reads and writes alike, and recovers when it is back', async () => {
    expect((await testApp.as('receptionist').get('/api/clients')).status).toBe(200);
    await server.halt();

    expectUnavailable(await testApp.as('receptionist').get('/api/clients'));
    expectUnavailable(await testApp.as('receptionist').post('/api/clients').send({ firstName: 'Ann', lastName: 'Lee', email: 'ann@example.com' }));
    expectUnavailable(await testApp.http.post('/api/auth/login').send({ email: 'owner@clinic.test', password: 'whatever it is' }));
    expectUnavailable(await testApp.http.get('/api/health'));

    await server.resume();
    expect((await testApp.as('receptionist').get('/api/clients')).status).toBe(200);
    expect((await testApp.as('receptionist').post('/api/clients').send({ firstName: 'Ann', lastName: 'Lee', email: 'ann@example.com' })).status).toBe(201);
  }, 60_000);
});
