import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { appLoginUrl } from '../database/app-login.js';
import { createDatabase, type Database } from '../database/database.js';
import { TEMPLATE_DATABASE, TEST_SERVER_URL_VARIABLE } from './test-postgres.js';

export interface TestDatabase {
  /** The tables' owner's URL. */
  url: string;
  /** The app's own login (smp_app), as the app connects. */
  appUrl: string;
  /** Runs SQL as the login that owns the tables, not as the app's role: for set-up the app may not do. */
  asOwner: (sql: string) => Promise<void>;
  drop: () => Promise<void>;
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

const WRITTEN_ONCE_TRIGGERS = (toggle: 'DISABLE' | 'ENABLE') => `
  DO $$
  DECLARE written_once regclass;
  BEGIN
    FOR written_once IN
      SELECT DISTINCT tgrelid::regclass FROM pg_trigger
      WHERE tgfoid IN ('refuse_audit_change'::regproc, 'refuse_change_to_signed_record'::regproc)
    LOOP
      EXECUTE format('ALTER TABLE %s ${toggle} TRIGGER USER', written_once);
    END LOOP;
  END
  $$;`;

/**
 * Owner SQL that may change written-once rows (the audit trail, screenings, session
 * records…): their triggers refuse even the tables' owner, who (not only a
 * superuser) may lift them for the length of a transaction. Test set-up only.
 */
export function changingWrittenOnceRows(sql: string): string {
  return `BEGIN; ${WRITTEN_ONCE_TRIGGERS('DISABLE')} ${sql}; ${WRITTEN_ONCE_TRIGGERS('ENABLE')} COMMIT;`;
}

/** Empties clients and everything recorded about them, audit trail and their messages' delivery jobs included. */
export const EMPTY_CLINICAL_DATA = changingWrittenOnceRows('TRUNCATE clients, audit_events, graphile_worker._private_jobs CASCADE');

/** A database of the test file's own, migrated, cloned from the template in milliseconds. */
export async function createTestDatabase(options: { migrated?: boolean } = {}): Promise<TestDatabase> {
  const name = `smp_test_${randomBytes(6).toString('hex')}`;
  const migrated = options.migrated ?? true;
  await withAdmin(async (admin) => {
    await admin.query(`CREATE DATABASE ${name}${migrated ? ` TEMPLATE ${TEMPLATE_DATABASE}` : ''}`);
    if (migrated) await copyDatabaseSettings(admin, TEMPLATE_DATABASE, name);
  });
  const url = `${serverUrl()}/${name}`;
  return testDatabaseAt(url, appLoginUrl(url), () => withAdmin((admin) => admin.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`)).then(() => undefined));
}

/**
 * Gives `clone` the settings the migrations gave `template` (such as its default
 * time zone, migration 0030): a clone copies the tables, not the database's settings.
 */
async function copyDatabaseSettings(admin: pg.Client, template: string, clone: string): Promise<void> {
  const { rows } = await admin.query<{ name: string; value: string }>(
    `SELECT split_part(setting, '=', 1) AS name, substr(setting, strpos(setting, '=') + 1) AS value
       FROM pg_db_role_setting, unnest(setconfig) AS setting
      WHERE setrole = 0 AND setdatabase = (SELECT oid FROM pg_database WHERE datname = $1)`,
    [template],
  );
  for (const { name, value } of rows) await admin.query(`ALTER DATABASE ${clone} SET ${admin.escapeIdentifier(name)} TO ${admin.escapeLiteral(value)}`);
}

/** The test handle of the database at `url` (the tables' owner's login), which the app reaches as `appUrl`. */
export function testDatabaseAt(url: string, appUrl: string, drop: () => Promise<void>): TestDatabase {
  return {
    url,
    appUrl,
    asOwner: async (sql) => {
      const owner = new pg.Client({ connectionString: url });
      await owner.connect();
      try {
        await owner.query(sql);
      } finally {
        await owner.end();
      }
    },
    drop,
  };
}

/** A migrated database of the test file's own with a Prisma client on it, for tests below the HTTP layer. */
export async function openTestDatabase(): Promise<{ database: Database; appUrl: string; asOwner: (sql: string) => Promise<void>; close: () => Promise<void> }> {
  const testDatabase = await createTestDatabase();
  const database = createDatabase(testDatabase.appUrl);
  return {
    database,
    appUrl: testDatabase.appUrl,
    asOwner: testDatabase.asOwner,
    close: async () => {
      await database.$disconnect();
      await testDatabase.drop();
    },
  };
}
