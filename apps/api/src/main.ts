import { inspect } from 'node:util';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { createApp } from './app.js';
import { ClinicSettingsService } from './clinic/clinic-settings.service.js';
import { loadConfigOrExit } from './config/config.js';
import { assertReadsInUtc, type Database } from './database/database.js';
import { leaveStopSignalsToTheApp, STOP_SIGNALS } from './database/embedded-postgres.js';
import { openMigratedDatabase, type OpenDatabase } from './database/open-database.js';
import { PrismaClient } from './generated/prisma/client.js';
import { createLogger } from './http/logging.js';
import { loadDemoDataOnFirstRun } from './demo-data/load-demo-data.js';
import { MessageOutbox } from './messaging/message-outbox.js';
import { FILE_STORAGE, type FileStorage } from './storage/file-storage.js';

/**
 * `pnpm start`: configuration → database (the given one, or an embedded one) →
 * migrations → clinic settings and demo data on the first run → HTTP on one port.
 */
async function main(): Promise<void> {
  const config = loadConfigOrExit();
  const logger = createLogger(config.logLevel);

  let database: OpenDatabase | undefined;
  let app: NestFastifyApplication | undefined;
  let stopping = false;
  const stop = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    logger.info({ signal }, 'Stopping');
    // HTTP first: no new connections, requests in flight run to their end; then the app's connections, then the server.
    await app?.close().catch((error: unknown) => logger.error({ err: error }, 'Error while closing the app'));
    await database?.close().catch((error: unknown) => logger.error({ err: error }, 'Error while stopping PostgreSQL'));
    logger.info('Stopped');
    process.exit(0);
  };
  for (const signal of STOP_SIGNALS) process.once(signal, () => void stop(signal));

  database = await openMigratedDatabase(config, logger);
  leaveStopSignalsToTheApp();
  app = await createApp({ config, databaseUrl: database.appUrl, logger });
  await assertReadsInUtc(app.get<Database>(PrismaClient));
  await app.get(ClinicSettingsService).prepare();
  if (config.loadDemoData && (await loadDemoDataOnFirstRun(app.get<Database>(PrismaClient), app.get<FileStorage>(FILE_STORAGE), app.get(MessageOutbox)))) {
    logger.info('Loaded demo data (first run)');
  }
  await app.listen(config.port, config.host);

  const shownHost = config.host === '0.0.0.0' || config.host === '::' ? 'localhost' : config.host;
  const url = `http://${shownHost}:${config.port}`;
  logger.info({ url }, 'SMP clinic is running');
  console.log(`\n  SMP clinic is running at ${url}  (API docs: ${url}/api/docs)  Press Ctrl-C to stop.\n`);
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? (error.cause ? `${error.message}\n  cause: ${inspect(error.cause)}` : error.stack) : error);
  process.exit(1);
});
