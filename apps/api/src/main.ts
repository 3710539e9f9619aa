import path from 'node:path';
import type { NestExpressApplication } from '@nestjs/platform-express';
import { createApp } from './app.js';
import { ConfigurationError, loadConfig, type AppConfig } from './config/config.js';
import { startEmbeddedPostgres, type EmbeddedDatabase } from './database/embedded-postgres.js';
import { migrateToLatest } from './database/migrations.js';
import type { Database } from './database/database.js';
import { PrismaClient } from './generated/prisma/client.js';
import { createLogger } from './http/logging.js';
import { ClinicSettingsService } from './clinic/clinic-settings.service.js';
import { loadDemoDataOnFirstRun } from './demo-data/load-demo-data.js';

const EMBEDDED_DATABASE_NAME = 'smp_clinic';

/**
 * `pnpm start`: configuration → database (the given one, or an embedded one) →
 * migrations → demo data on the first run → HTTP on one port.
 */
async function main(): Promise<void> {
  let config: AppConfig;
  try {
    config = loadConfig();
  } catch (error) {
    if (error instanceof ConfigurationError) {
      console.error(error.message);
      process.exit(2);
    }
    throw error;
  }
  const logger = createLogger(config.logLevel);

  let embedded: EmbeddedDatabase | undefined;
  let app: NestExpressApplication | undefined;
  let stopping = false;
  const stop = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    logger.info({ signal }, 'Stopping');
    await app?.close().catch((error: unknown) => logger.error({ err: error }, 'Error while closing the app'));
    await embedded?.stop().catch((error: unknown) => logger.error({ err: error }, 'Error while stopping PostgreSQL'));
    logger.info('Stopped');
    process.exit(0);
  };
  process.once('SIGINT', () => void stop('SIGINT'));
  process.once('SIGTERM', () => void stop('SIGTERM'));

  let databaseUrl = config.databaseUrl;
  if (!databaseUrl) {
    const directory = path.join(config.dataDir, 'postgres');
    logger.info({ directory, port: config.embeddedPostgresPort }, 'Starting the embedded PostgreSQL');
    embedded = await startEmbeddedPostgres({
      directory,
      port: config.embeddedPostgresPort,
      database: EMBEDDED_DATABASE_NAME,
      onLog: (message) => logger.debug({ component: 'postgres' }, String(message).trim()),
    });
    databaseUrl = embedded.url;
  }

  await migrateToLatest(databaseUrl, logger);
  app = await createApp({ config, databaseUrl, logger });
  await app.get(ClinicSettingsService).prepare();
  if (config.loadDemoData && (await loadDemoDataOnFirstRun(app.get<Database>(PrismaClient)))) {
    logger.info('Loaded demo data (first run)');
  }
  await app.listen(config.port, config.host);

  const shownHost = config.host === '0.0.0.0' || config.host === '::' ? 'localhost' : config.host;
  const url = `http://${shownHost}:${config.port}`;
  logger.info({ url }, 'SMP clinic is running');
  console.log(`\n  SMP clinic is running at ${url}  (API docs: ${url}/api/docs)  Press Ctrl-C to stop.\n`);
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? (error.cause ? `${error.message}\n  cause: ${String(error.cause)}` : error.stack) : error);
  process.exit(1);
});
