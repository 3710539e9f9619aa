// Starts the built app for the browser tests on a database of its own: a new
// embedded PostgreSQL in a temporary folder, or, when DATABASE_URL is set, a new
// database on that server. Either way the demo data loads as on a first run.
import { spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { rmSync } from 'node:fs';
import pg from 'pg';
import { appEntry, builtAppEnvironment, newDataDir } from '../support/built-app.js';
import { freePort } from '../support/free-port.js';
import { middayZone } from '../support/midday-zone.js';

const dataDir = newDataDir('smp-e2e-');

async function databaseUrlOnGivenServer(serverUrl) {
  const name = `smp_e2e_${randomBytes(6).toString('hex')}`;
  const admin = new pg.Client({ connectionString: serverUrl });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${name}`);
  await admin.end();
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  return url.toString();
}

const environment = builtAppEnvironment(dataDir, await freePort());
// Journeys record visits earlier the same clinic day, which the first hours after midnight would not hold.
environment.CLINIC_TIME_ZONE = process.env.E2E_CLINIC_TIME_ZONE ?? middayZone();
// The links in messages lead back to this server, at the address the browser uses (and its sign-in cookie).
environment.PUBLIC_URL = `http://127.0.0.1:${process.env.PORT}`;
if (process.env.DATABASE_URL) environment.DATABASE_URL = await databaseUrlOnGivenServer(process.env.DATABASE_URL);

const app = spawn(process.execPath, [appEntry], { env: environment, stdio: 'inherit' });
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => app.kill(signal));
app.on('exit', (code) => {
  rmSync(dataDir, { recursive: true, force: true });
  process.exit(code ?? 0);
});
