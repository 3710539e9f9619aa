import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import supertest from 'supertest';
import { createApp } from '../app.js';
import { createTestApp, testConfig, type TestApp } from '../test-support/test-app.js';
import { CLINIC_SETTINGS_CHANNEL } from './clinic-settings-cache.js';

// Two instances of the app over one database, as behind a load balancer.
let first: TestApp;
let second: NestFastifyApplication;
beforeAll(async () => {
  first = await createTestApp();
  second = await createApp({ config: testConfig({ FILES_DIR: first.filesDir }), databaseUrl: first.testDatabase.appUrl });
  await second.init();
});
afterAll(async () => {
  await second.close();
  await first.close();
});

const onSecond = () => supertest(second.getHttpServer());
const asOwnerOnSecond = (path: string) => onSecond().get(path).set('Authorization', `Bearer ${first.staff.owner.token}`);

/** Asks again until `read` gives what is expected: a notification arrives a moment after the commit. */
async function eventually<T>(read: () => Promise<T>, expected: T, timeoutMs = 5_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  let value = await read();
  while (!Object.is(value, expected) && Date.now() < deadline) {
    await new Promise((resolve) => setImmediate(resolve));
    value = await read();
  }
  expect(value).toBe(expected);
}

const nameOnSecond = async () => (await asOwnerOnSecond('/api/clinic')).body.name as string;

async function changeOnFirst(change: Record<string, unknown>) {
  const { updatedAt: _updatedAt, ...current } = (await first.as('owner').get('/api/clinic')).body;
  const response = await first
    .as('owner')
    .put('/api/clinic')
    .send({ ...current, ...change });
  expect(response.status).toBe(200);
  return response;
}

/** The app connections listening for changes, as the database sees them. */
async function listeners(): Promise<number> {
  const [row] = await first.database.$queryRaw<{ count: number }[]>`
    SELECT count(*)::int AS count FROM pg_stat_activity
    WHERE datname = current_database() AND query = ${`LISTEN "${CLINIC_SETTINGS_CHANNEL}"`}`;
  return row!.count;
}

describe('the clinic’s settings kept in memory by each instance', () => {
  it('are read back at once by the instance that changed them', async () => {
    expect((await first.as('owner').get('/api/clinic')).body.sessionIdleMinutes).toBe(30);
    await changeOnFirst({ sessionIdleMinutes: 45 });
    expect((await first.as('owner').get('/api/clinic')).body.sessionIdleMinutes).toBe(45);
  });

  it('are read again by another instance once one changes them', async () => {
    expect(await nameOnSecond()).not.toBe('Harbour Street SMP');
    await changeOnFirst({ name: 'Harbour Street SMP', openingHours: [{ weekday: 3, opens: '07:00', closes: '11:00' }] });
    await eventually(nameOnSecond, 'Harbour Street SMP');
    expect((await asOwnerOnSecond('/api/clinic')).body.openingHours).toEqual([{ weekday: 3, opens: '07:00', closes: '11:00' }]);
  });

  it('are read again after a change made in SQL, opening hours included', async () => {
    await first.testDatabase.asOwner(`UPDATE clinic_settings SET name = 'Changed In SQL'`);
    await eventually(nameOnSecond, 'Changed In SQL');
    await first.testDatabase.asOwner(`INSERT INTO clinic_opening_hours (weekday, opens, closes) VALUES (5, '20:00', '21:00')`);
    await eventually(async () => (await asOwnerOnSecond('/api/clinic')).body.openingHours.length as number, 2);
  });

  it('are read from the database while the connection that listens is lost, and listened for again', async () => {
    expect(await listeners()).toBe(2);
    await first.testDatabase.asOwner(`
      SELECT pg_terminate_backend(pid) FROM pg_stat_activity
      WHERE datname = current_database() AND query = 'LISTEN "${CLINIC_SETTINGS_CHANNEL}"'`);
    await first.testDatabase.asOwner(`UPDATE clinic_settings SET name = 'Changed While Deaf'`);
    expect(await nameOnSecond()).toBe('Changed While Deaf');
    await eventually(listeners, 2, 10_000);
    await first.testDatabase.asOwner(`UPDATE clinic_settings SET name = 'Heard Again'`);
    await eventually(nameOnSecond, 'Heard Again');
  });
});
