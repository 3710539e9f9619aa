import { readdir } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { Logger as WorkerLogger, runMigrations as runJobQueueMigrations } from 'graphile-worker';
import { runner } from 'node-pg-migrate';
import pg from 'pg';

export const MIGRATIONS_DIR = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../../../prisma/migrations');
export const MIGRATIONS_TABLE = 'schema_migrations';
/** The job queue's own schema (graphile-worker), which our SQL files build on. */
export const JOB_QUEUE_SCHEMA = 'graphile_worker';

interface MigrationLog {
  info: (message: string) => void;
}

/**
 * What the app's login (smp_app, made by migration 0003) needs to work the queue:
 * take, finish and retry jobs, and read which schema revision it runs on, which it
 * may not change. The queue's tables keep rows from every role but their owner
 * (row-level security without policies): smp_app gets a policy on each. Granted
 * again on every start, so an upgrade's new tables and functions are covered.
 */
const JOB_QUEUE_GRANTS = `
  DO $$
  DECLARE queue_table regclass;
  BEGIN
    FOR queue_table IN
      SELECT c.oid::regclass FROM pg_class c
       WHERE c.relnamespace = '${JOB_QUEUE_SCHEMA}'::regnamespace AND c.relkind = 'r' AND c.relrowsecurity
         AND NOT EXISTS (SELECT FROM pg_policy p WHERE p.polrelid = c.oid AND p.polname = 'smp_app_works_the_queue')
    LOOP
      EXECUTE format('CREATE POLICY smp_app_works_the_queue ON %s TO smp_app USING (true) WITH CHECK (true)', queue_table);
    END LOOP;
  END
  $$;
  GRANT USAGE ON SCHEMA ${JOB_QUEUE_SCHEMA} TO smp_app;
  GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA ${JOB_QUEUE_SCHEMA} TO smp_app;
  REVOKE INSERT, UPDATE, DELETE ON ${JOB_QUEUE_SCHEMA}.migrations FROM smp_app;
  GRANT USAGE, SELECT, UPDATE ON ALL SEQUENCES IN SCHEMA ${JOB_QUEUE_SCHEMA} TO smp_app;
  GRANT EXECUTE ON ALL FUNCTIONS IN SCHEMA ${JOB_QUEUE_SCHEMA} TO smp_app;`;

/** The job queue's migration messages, which say little worth a line at start-up, are dropped; its warnings are not. */
function jobQueueLogger(log?: MigrationLog): WorkerLogger {
  return new WorkerLogger(() => (level, message) => {
    // Its levels are a const enum, which isolated modules cannot read: their values are these words.
    const severity: string = level;
    if (severity === 'error' || severity === 'warning') log?.info(`Job queue: ${message}`);
  });
}

/** The names of our SQL migrations, oldest first, as the migrations table records them. */
export async function migrationLevels(): Promise<string[]> {
  const files = await readdir(MIGRATIONS_DIR);
  return files
    .filter((file) => file.endsWith('.sql'))
    .map((file) => file.slice(0, -'.sql'.length))
    .sort();
}

/**
 * Applies pending migrations: the job queue's schema first (the outbox's trigger
 * calls it), then our SQL files, then the app's rights on the queue. An advisory
 * lock makes a second instance that starts at the same moment wait, then find
 * nothing left to do.
 */
export function migrateToLatest(databaseUrl: string, log?: MigrationLog): Promise<string[]> {
  return applyMigrations(databaseUrl, Infinity, log);
}

/**
 * Migrates a database that is at most at `level` to exactly that level (a restore
 * loads tables as they were at the backup's level, which may be older than the code's).
 */
export async function migrateUpTo(databaseUrl: string, level: string): Promise<void> {
  const levels = await migrationLevels();
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    const pending = levels.indexOf(level) + 1 - (await appliedMigrations(client)).length;
    if (!levels.includes(level) || pending < 0) throw new Error(`The database cannot be migrated to ${level}`);
    if (pending > 0) await applyMigrations(databaseUrl, pending);
  } finally {
    await client.end();
  }
}

/** The names of the migrations applied to the database, oldest first; none on a database never migrated. */
export async function appliedMigrations(client: Pick<pg.ClientBase, 'query'>): Promise<string[]> {
  const { rows } = await client.query<{ migrated: boolean }>(`SELECT to_regclass('${MIGRATIONS_TABLE}') IS NOT NULL AS migrated`);
  if (!rows[0]!.migrated) return [];
  return (await client.query<{ name: string }>(`SELECT name FROM ${MIGRATIONS_TABLE} ORDER BY run_on, id`)).rows.map((row) => row.name);
}

async function applyMigrations(databaseUrl: string, count: number, log?: MigrationLog): Promise<string[]> {
  const owner = new pg.Client({ connectionString: databaseUrl });
  await owner.connect();
  try {
    await owner.query(`SELECT pg_advisory_lock(hashtext('smp:migrations'))`);
    await runJobQueueMigrations({ connectionString: databaseUrl, maxPoolSize: 1, logger: jobQueueLogger(log) });
    const applied = await runner({
      databaseUrl,
      dir: MIGRATIONS_DIR,
      migrationsTable: MIGRATIONS_TABLE,
      direction: 'up',
      count,
      checkOrder: true,
      singleTransaction: true,
      advisoryLockMode: 'wait',
      log: () => {},
    });
    await owner.query(`BEGIN; ${JOB_QUEUE_GRANTS} COMMIT;`);
    for (const migration of applied) log?.info(`Applied migration ${migration.name}`);
    return applied.map((migration) => migration.name);
  } finally {
    await owner.end();
  }
}

/** The name of the newest applied migration, or null on an empty database. */
export async function currentSchemaVersion(client: Pick<pg.Pool, 'query'>): Promise<string | null> {
  const { rows } = await client.query<{ name: string }>(`SELECT name FROM ${MIGRATIONS_TABLE} ORDER BY run_on DESC, id DESC LIMIT 1`);
  return rows[0]?.name ?? null;
}
