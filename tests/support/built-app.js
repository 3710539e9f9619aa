// What the browser tests need to run the built app as `pnpm start` runs it, on
// data of its own: where it is, a data folder, and its environment.
import { chmodSync, mkdtempSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const appEntry = fileURLToPath(new URL('../../apps/api/dist/main.js', import.meta.url));

/** A new, empty data folder for one run of the app. */
export function newDataDir(prefix) {
  const dataDir = mkdtempSync(path.join(os.tmpdir(), prefix));
  // Run as root, PostgreSQL runs as the postgres user, who must be able to enter this folder.
  chmodSync(dataDir, 0o755);
  return dataDir;
}

/**
 * The app's environment: demo data on a first run, quiet logs, an embedded
 * PostgreSQL on `postgresPort` in `dataDir`, never the database of a DATABASE_URL
 * this process may have (the caller adds one when it means to), and messages
 * delivered by the job worker to an embedded mail catcher on a free port, never
 * to an SMTP server or SMS provider the environment may name.
 */
export function builtAppEnvironment(dataDir, postgresPort) {
  const { DATABASE_URL: _database, APP_DATABASE_URL: _appDatabase, SMTP_URL: _smtp, ...inherited } = process.env;
  const withoutTextMessages = Object.fromEntries(Object.entries(inherited).filter(([name]) => !name.startsWith('TWILIO_')));
  return {
    ...withoutTextMessages,
    NODE_ENV: 'test',
    HOST: '127.0.0.1',
    DATA_DIR: dataDir,
    DEMO_DATA: 'true',
    LOG_LEVEL: 'warn',
    EMBEDDED_POSTGRES_PORT: String(postgresPort),
    JOB_WORKER: 'true',
    MAIL_CATCHER_PORT: '0',
  };
}
