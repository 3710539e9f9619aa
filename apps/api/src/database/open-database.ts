import path from 'node:path';
import type { AppConfig } from '../config/config.js';
import { prepareAppLogin } from './app-login.js';
import { startEmbeddedPostgres } from './embedded-postgres.js';
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
  let ownerUrl = config.databaseUrl;
  let close = async () => {};
  if (!ownerUrl) {
    const directory = path.join(config.dataDir, 'postgres');
    logger.info({ directory, port: config.embeddedPostgresPort }, 'Starting the embedded PostgreSQL');
    const embedded = await startEmbeddedPostgres({
      directory,
      port: config.embeddedPostgresPort,
      database: EMBEDDED_DATABASE_NAME,
      onLog: (message) => logger.debug({ component: 'postgres' }, String(message).trim()),
    });
    ownerUrl = embedded.url;
    close = () => embedded.stop();
  }
  try {
    return { appUrl: await migrateForApp(ownerUrl, config.appDatabaseUrl, logger), close };
  } catch (error) {
    await close();
    throw error;
  }
}

/** Migrates the owner's database to the latest schema, then returns the URL of the app's own login to it. */
export async function migrateForApp(ownerUrl: string, givenAppUrl?: string, logger?: StartupLog): Promise<string> {
  await migrateToLatest(ownerUrl, logger);
  return prepareAppLogin(ownerUrl, givenAppUrl);
}
