// Starts the built app for the browser tests on a database of its own: a new
// embedded PostgreSQL in a temporary folder, or, when DATABASE_URL is set, a new
// database on that server. Either way the demo data loads as on a first run.
import { spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { chmodSync, mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import pg from 'pg';
import { freePort } from '../support/free-port.js';

const appEntry = fileURLToPath(new URL('../../apps/api/dist/main.js', import.meta.url));
const dataDir = mkdtempSync(path.join(os.tmpdir(), 'smp-e2e-'));
// Run as root, PostgreSQL runs as the postgres user, who must be able to enter this folder.
chmodSync(dataDir, 0o755);

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

const environment = {
  ...process.env,
  NODE_ENV: 'test',
  HOST: '127.0.0.1',
  DATA_DIR: dataDir,
  DEMO_DATA: 'true',
  LOG_LEVEL: 'warn',
  EMBEDDED_POSTGRES_PORT: String(await freePort()),
};
if (process.env.DATABASE_URL) environment.DATABASE_URL = await databaseUrlOnGivenServer(process.env.DATABASE_URL);

const app = spawn(process.execPath, [appEntry], { env: environment, stdio: 'inherit' });
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => app.kill(signal));
app.on('exit', (code) => {
  rmSync(dataDir, { recursive: true, force: true });
  process.exit(code ?? 0);
});
