import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { runner } from 'node-pg-migrate';
import type pg from 'pg';

export const MIGRATIONS_DIR = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../../../prisma/migrations');
export const MIGRATIONS_TABLE = 'schema_migrations';

interface MigrationLog {
  info: (message: string) => void;
}

/**
 * Applies pending SQL migrations. An advisory lock makes a second instance that
 * starts at the same moment wait, then find nothing left to do.
 */
export async function migrateToLatest(databaseUrl: string, log?: MigrationLog): Promise<string[]> {
  const applied = await runner({
    databaseUrl,
    dir: MIGRATIONS_DIR,
    migrationsTable: MIGRATIONS_TABLE,
    direction: 'up',
    checkOrder: true,
    singleTransaction: true,
    advisoryLockMode: 'wait',
    log: () => {},
  });
  for (const migration of applied) log?.info(`Applied migration ${migration.name}`);
  return applied.map((migration) => migration.name);
}

/** The name of the newest applied migration, or null on an empty database. */
export async function currentSchemaVersion(client: Pick<pg.Pool, 'query'>): Promise<string | null> {
  const { rows } = await client.query<{ name: string }>(`SELECT name FROM ${MIGRATIONS_TABLE} ORDER BY run_on DESC, id DESC LIMIT 1`);
  return rows[0]?.name ?? null;
}
