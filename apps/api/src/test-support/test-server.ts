import pg from 'pg';
import { createDatabaseIfMissing, type EmbeddedDatabase } from '../database/embedded-postgres.js';
import { migrateForApp } from '../database/open-database.js';
import { serverUrlOf, startThrowAwayPostgres, TEMPLATE_DATABASE, TEST_SERVER_URL_VARIABLE } from './test-postgres.js';

let throwAwayServer: EmbeddedDatabase | undefined;

/**
 * Starts one PostgreSQL for the whole run (or uses the server of DATABASE_URL),
 * migrates a template database that each test file clones, and lets the app's
 * login in as the app does.
 */
export async function startTestDatabaseServer(): Promise<void> {
  let serverUrl: string;
  if (process.env.DATABASE_URL) {
    serverUrl = serverUrlOf(process.env.DATABASE_URL);
  } else {
    throwAwayServer = await startThrowAwayPostgres();
    serverUrl = throwAwayServer.serverUrl;
  }
  await recreateTemplate(serverUrl);
  process.env[TEST_SERVER_URL_VARIABLE] = serverUrl;
}

async function recreateTemplate(serverUrl: string): Promise<void> {
  const admin = new pg.Client({ connectionString: `${serverUrl}/postgres` });
  await admin.connect();
  try {
    await admin.query(`DROP DATABASE IF EXISTS ${TEMPLATE_DATABASE} WITH (FORCE)`);
  } finally {
    await admin.end();
  }
  await createDatabaseIfMissing(serverUrl, TEMPLATE_DATABASE);
  await migrateForApp(`${serverUrl}/${TEMPLATE_DATABASE}`);
}

export async function stopTestDatabaseServer(): Promise<void> {
  await throwAwayServer?.stop();
  throwAwayServer = undefined;
}
