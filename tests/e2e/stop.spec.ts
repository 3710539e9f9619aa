import { spawn, type ChildProcess } from 'node:child_process';
import { readFileSync, rmSync } from 'node:fs';
import { connect } from 'node:net';
import path from 'node:path';
import { expect, test } from '@playwright/test';
import pg from 'pg';
import { appEntry, builtAppEnvironment, newDataDir } from '../support/built-app.js';
import { freePort } from '../support/free-port.js';
import { demoAccounts, demoPassword } from './helpers.js';

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

async function until(condition: () => Promise<boolean>, what: string, timeoutMs = 90_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await condition())) {
    if (Date.now() > deadline) throw new Error(`Timed out waiting until ${what}`);
    await pause(20);
  }
}

const refusesConnections = (port: number) =>
  new Promise<boolean>((resolve) => {
    const socket = connect(port, '127.0.0.1');
    socket.once('connect', () => {
      socket.destroy();
      resolve(false);
    });
    socket.once('error', () => resolve(true));
  });

// Its own app, on its own embedded PostgreSQL (as `pnpm start` runs), since the test stops it.
test('a stop (SIGTERM) lets the request in flight finish before the database goes', async () => {
  test.setTimeout(120_000);
  const dataDir = newDataDir('smp-e2e-stop-');
  const [port, postgresPort] = [await freePort(), await freePort()];
  const base = `http://127.0.0.1:${port}`;
  const app: ChildProcess = spawn(process.execPath, [appEntry], { env: { ...builtAppEnvironment(dataDir, postgresPort), PORT: String(port) }, stdio: 'inherit' });
  const exited = new Promise<number | null>((resolve) => app.once('exit', (code) => resolve(code)));
  // The app's first start sets the superuser's password; read when they connect.
  const asSuperuser = () =>
    new pg.Client({
      host: '127.0.0.1',
      port: postgresPort,
      database: 'smp_clinic',
      user: 'postgres',
      password: () => readFileSync(path.join(dataDir, 'postgres', 'superuser-password'), 'utf8').trim(),
    });
  const [blocker, watcher] = [asSuperuser(), asSuperuser()];
  // Were the database to stop under them, the test must go on to fail on the request's answer, not crash.
  for (const client of [blocker, watcher]) client.on('error', () => undefined);
  try {
    await until(
      () =>
        fetch(`${base}/api/health`).then(
          (response) => response.ok,
          () => false,
        ),
      'the app answers',
    );
    const signIn = await fetch(`${base}/api/auth/token`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ email: demoAccounts.receptionist.email, password: demoPassword, label: 'stop test' }),
    });
    const { token } = (await signIn.json()) as { token: string };

    // The request waits on this lock in its sign-in check, so it is in flight when the stop comes.
    await Promise.all([blocker.connect(), watcher.connect()]);
    await blocker.query('BEGIN');
    await blocker.query('LOCK TABLE staff_sessions IN ACCESS EXCLUSIVE MODE');
    const inFlight = fetch(`${base}/api/clients`, { headers: { Authorization: `Bearer ${token}` } });
    const requestWaits = async () => {
      const { rows } = await watcher.query<{ waiting: number }>("SELECT count(*)::int AS waiting FROM pg_stat_activity WHERE wait_event_type = 'Lock'");
      return rows[0]!.waiting > 0;
    };
    await until(requestWaits, 'the request waits on the lock');

    app.kill('SIGTERM');
    await until(() => refusesConnections(port), 'the app takes no new connections');
    // Time for anything that would close the database too early; then it must still answer, with the request still waiting.
    await pause(500);
    expect(await requestWaits()).toBe(true);
    // Fails only if the database went away, which the request's answer then shows.
    await blocker.query('COMMIT').catch(() => undefined);

    const response = await inFlight;
    expect(response.status).toBe(200);
    expect(((await response.json()) as { items: unknown[] }).items.length).toBeGreaterThan(0);
    // Promptly: a kept-alive connection must not hold the stop up (Fastify keeps one 72 s).
    expect(await Promise.race([exited, pause(15_000).then(() => 'still running')])).toBe(0);
  } finally {
    await Promise.all([blocker.end().catch(() => undefined), watcher.end().catch(() => undefined)]);
    if (app.exitCode === null) app.kill('SIGKILL');
    await exited;
    rmSync(dataDir, { recursive: true, force: true });
  }
});
