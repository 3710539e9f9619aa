import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { createDatabase, type Database } from '../database/database.js';
import { TEMPLATE_DATABASE, TEST_SERVER_URL_VARIABLE } from './test-postgres.js';

export interface TestDatabase {
  url: string;
  /** Runs SQL as the login that owns the tables, not as the app's role: for set-up the app may not do. */
  asOwner(sql: string): Promise<void>;
  drop(): Promise<void>;
}

function serverUrl(): string {
  const url = process.env[TEST_SERVER_URL_VARIABLE];
  if (!url) throw new Error(`${TEST_SERVER_URL_VARIABLE} is not set: run the tests through jest's global setup`);
  return url;
}

async function withAdmin<T>(work: (admin: pg.Client) => Promise<T>): Promise<T> {
  const admin = new pg.Client({ connectionString: `${serverUrl()}/postgres` });
  await admin.connect();
  try {
    return await work(admin);
  } finally {
    await admin.end();
  }
}

/**
 * Empties clients and everything recorded about them, audit trail included. The
 * trail refuses TRUNCATE by trigger; the tables' owner (not only a superuser) may
 * lift that for the length of the transaction. Test set-up only.
 */
export const EMPTY_CLINICAL_DATA = `
  BEGIN;
  ALTER TABLE audit_events DISABLE TRIGGER audit_events_no_truncate;
  TRUNCATE clients, audit_events CASCADE;
  ALTER TABLE audit_events ENABLE TRIGGER audit_events_no_truncate;
  COMMIT;`;

/** A database of the test file's own, migrated, cloned from the template in milliseconds. */
export async function createTestDatabase(options: { migrated?: boolean } = {}): Promise<TestDatabase> {
  const name = `smp_test_${randomBytes(6).toString('hex')}`;
  const migrated = options.migrated ?? true;
  await withAdmin((admin) => admin.query(`CREATE DATABASE ${name}${migrated ? ` TEMPLATE ${TEMPLATE_DATABASE}` : ''}`));
  const url = `${serverUrl()}/${name}`;
  return {
    url,
    asOwner: async (sql) => {
      const owner = new pg.Client({ connectionString: url });
      await owner.connect();
      try {
        await owner.query(sql);
      } finally {
        await owner.end();
      }
    },
    drop: () => withAdmin((admin) => admin.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`)).then(() => undefined),
  };
}

/** A migrated database of the test file's own with a Prisma client on it, for tests below the HTTP layer. */
export async function openTestDatabase(): Promise<{ database: Database; asOwner(sql: string): Promise<void>; close(): Promise<void> }> {
  const testDatabase = await createTestDatabase();
  const database = createDatabase(testDatabase.url);
  return {
    database,
    asOwner: testDatabase.asOwner,
    close: async () => {
      await database.$disconnect();
      await testDatabase.drop();
    },
  };
}
