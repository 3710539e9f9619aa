import path from 'node:path';
import type { AppConfig } from '../config/config.js';
import { prepareAppLogin } from './app-login.js';
import { runningEmbeddedPostgres, startEmbeddedPostgres } from './embedded-postgres.js';
import { migrateToLatest } from './migrations.js';

const EMBEDDED_DATABASE_NAME = 'smp_clinic';

interface StartupLog {
  info: ((details: object, message: string) => void) & ((message: string) => void);
  debug: (details: object, message: string) => void;
}

export interface OpenDatabase {
  /** The app's own login (smp_app), for its queries. */
  appUrl: string;
  /** Stops the embedded server, if one was started; a given server is left alone. */
  close: () => Promise<void>;
}

/**
 * The database the app works on, migrated to the latest schema: the server of
 * DATABASE_URL, or else an embedded PostgreSQL keeping its data under DATA_DIR.
 * The owner's login migrates it and lets the app's login in; the app gets only the latter.
 */
export async function openMigratedDatabase(config: AppConfig, logger: StartupLog): Promise<OpenDatabase> {
  const { ownerUrl, close } = await openOwnersDatabase(config, logger);
  try {
    return { appUrl: await migrateForApp(ownerUrl, config.appDatabaseUrl, logger), close };
  } catch (error) {
    await close();
    throw error;
  }
}

/**
 * The app's database as the tables' owner, as it is (not migrated): the server of
 * DATABASE_URL, or the embedded one under DATA_DIR, started if it is not running.
 * `shareRunningServer`: an embedded server the running app started is used as it
 * is (one data folder takes one server); the app itself always starts its own.
 */
export async function openOwnersDatabase(config: AppConfig, logger: StartupLog, options: { shareRunningServer?: boolean } = {}): Promise<{ ownerUrl: string; close: () => Promise<void> }> {
  const leaveRunning = async () => {};
  if (config.databaseUrl) return { ownerUrl: config.databaseUrl, close: leaveRunning };
  const directory = path.join(config.dataDir, 'postgres');
  const embedded = { directory, port: config.embeddedPostgresPort, database: EMBEDDED_DATABASE_NAME };
  const running = options.shareRunningServer ? await runningEmbeddedPostgres(embedded) : null;
  if (running) return { ownerUrl: running, close: leaveRunning };
  logger.info({ directory, port: config.embeddedPostgresPort }, 'Starting the embedded PostgreSQL');
  const started = await startEmbeddedPostgres({ ...embedded, onLog: (message) => logger.debug({ component: 'postgres' }, String(message).trim()) });
  return { ownerUrl: started.url, close: () => started.stop() };
}

/** Migrates the owner's database to the latest schema, then returns the URL of the app's own login to it. */
export async function migrateForApp(ownerUrl: string, givenAppUrl?: string, logger?: StartupLog): Promise<string> {
  await migrateToLatest(ownerUrl, logger);
  return prepareAppLogin(ownerUrl, givenAppUrl);
}
