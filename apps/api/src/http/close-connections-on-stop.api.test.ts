import net, { type AddressInfo } from 'node:net';
import { rm } from 'node:fs/promises';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import pg from 'pg';
import { createTestApp, type TestApp } from '../test-support/test-app.js';
import { until } from '../test-support/until.js';

let testApp: TestApp;
let port: number;
beforeAll(async () => {
  testApp = await createTestApp();
  await testApp.app.listen(0, '127.0.0.1');
  port = (testApp.app.getHttpServer().address() as AddressInfo).port;
});
afterAll(async () => {
  // The test stops the app itself.
  await testApp.testDatabase.drop();
  await rm(testApp.filesDir, { recursive: true, force: true });
});

const refusesConnections = () =>
  new Promise<boolean>((resolve) => {
    const socket = net.connect(port, '127.0.0.1');
    socket.once('connect', () => {
      socket.destroy();
      resolve(false);
    });
    socket.once('error', () => resolve(true));
  });

describe('stopping the app', () => {
  it('takes no new connections, lets a request in flight finish, and does not wait for its connection to idle out', async () => {
    // The request waits on this lock in its sign-in check, so it is in flight when the stop begins.
    const blocker = new pg.Client({ connectionString: testApp.testDatabase.url });
    const watcher = new pg.Client({ connectionString: testApp.testDatabase.url });
    await Promise.all([blocker.connect(), watcher.connect()]);
    try {
      await blocker.query('BEGIN');
      await blocker.query('LOCK TABLE staff_sessions IN ACCESS EXCLUSIVE MODE');
      // fetch keeps its connection alive for the next request, as browsers do.
      const inFlight = fetch(`http://127.0.0.1:${port}/api/clients`, { headers: { Authorization: `Bearer ${testApp.staff.receptionist.token}` } });
      await until(async () => {
        const { rows } = await watcher.query<{ waiting: number }>("SELECT count(*)::int AS waiting FROM pg_stat_activity WHERE datname = current_database() AND wait_event_type = 'Lock'");
        return rows[0]!.waiting > 0;
      }, 'the request to wait on the lock');

      const stopped = testApp.app.close();
      await until(refusesConnections, 'the app to refuse connections');
      await blocker.query('COMMIT');

      const response = await inFlight;
      expect(response.status).toBe(200);
      expect(response.headers.get('connection')).toBe('close');
      expect(await response.json()).toEqual({ items: [], nextCursor: null });
      // Well within the keep-alive timeout (72 s) that an idle kept-alive connection would hold the stop up for.
      await stopped;
    } finally {
      await Promise.all([blocker.end(), watcher.end()]);
    }
  });
});
