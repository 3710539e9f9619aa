import pg from 'pg';
import { to as copyTo, type CopyToStreamQuery } from 'pg-copy-streams';
import { JOB_QUEUE_SCHEMA, MIGRATIONS_TABLE } from '../database/migrations.js';

/** The clinic's data: our tables, and the job queue's (a message's pending delivery is a job). */
export const CLINIC_SCHEMAS = ['public', JOB_QUEUE_SCHEMA];
/** What the migration runners keep: a restore's migrations write them, not the backup. */
const MIGRATION_TABLES = [`public.${MIGRATIONS_TABLE}`, `${JOB_QUEUE_SCHEMA}.migrations`];

export interface ClinicTable {
  /** Schema-qualified and quoted, ready for SQL. */
  sqlName: string;
  /** schema.table, for file names and messages. */
  name: string;
  /** The columns a row is written with: generated ones are left out, the database derives them. */
  columns: string[];
  /** Those of `columns` that hold instants (timestamptz). */
  instantColumns: string[];
}

export interface ClinicSequence {
  sqlName: string;
  name: string;
}

type Queryable = Pick<pg.ClientBase, 'query'>;

/** Every table of the clinic's data, in name order. */
export async function clinicTables(client: Queryable): Promise<ClinicTable[]> {
  const { rows } = await client.query<{ schema: string; table: string; columns: string[]; instant_columns: string[] }>(
    `SELECT n.nspname AS schema, c.relname AS table,
            array_agg(a.attname::text ORDER BY a.attnum) AS columns,
            coalesce(array_agg(a.attname::text ORDER BY a.attnum) FILTER (WHERE a.atttypid = 'timestamptz'::regtype), '{}') AS instant_columns
       FROM pg_class c
       JOIN pg_namespace n ON n.oid = c.relnamespace
       JOIN pg_attribute a ON a.attrelid = c.oid AND a.attnum > 0 AND NOT a.attisdropped AND a.attgenerated = ''
      WHERE c.relkind IN ('r', 'p') AND n.nspname = ANY($1)
      GROUP BY n.nspname, c.relname
      ORDER BY n.nspname, c.relname`,
    [CLINIC_SCHEMAS],
  );
  return rows
    .map((row) => ({ name: `${row.schema}.${row.table}`, sqlName: quotedName(row.schema, row.table), columns: row.columns, instantColumns: row.instant_columns }))
    .filter((table) => !MIGRATION_TABLES.includes(table.name));
}

/** Every sequence of the clinic's schemas (identity and serial counters among them), in name order. */
export async function clinicSequences(client: Queryable): Promise<ClinicSequence[]> {
  const { rows } = await client.query<{ schema: string; sequence: string }>(
    `SELECT n.nspname AS schema, c.relname AS sequence
       FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
      WHERE c.relkind = 'S' AND n.nspname = ANY($1)
      ORDER BY n.nspname, c.relname`,
    [CLINIC_SCHEMAS],
  );
  return rows.map((row) => ({ name: `${row.schema}.${row.sequence}`, sqlName: quotedName(row.schema, row.sequence) }));
}

/** The names of the clinic's tables that hold any row. */
export async function tablesWithRows(client: Queryable): Promise<string[]> {
  const withRows = [];
  for (const table of await clinicTables(client)) {
    if ((await client.query(`SELECT FROM ${table.sqlName} LIMIT 1`)).rowCount) withRows.push(table.name);
  }
  return withRows;
}

function quotedName(schema: string, relation: string): string {
  return `${pg.escapeIdentifier(schema)}.${pg.escapeIdentifier(relation)}`;
}

/**
 * The table's rows as CSV with a header line, in a stable order (by the whole
 * row's text), so that two dumps of the same rows are the same bytes. Instants are
 * written as PostgreSQL writes them, in the connection's time zone, unless
 * `instantsInUtcIso`: then as ISO 8601 in UTC (2026-03-05T14:30:00.000000Z), for
 * software other than PostgreSQL. The stream's rowCount is the rows' once it has ended.
 */
export function copyTableOut(client: pg.ClientBase, table: ClinicTable, options: { instantsInUtcIso?: boolean } = {}): CopyToStreamQuery {
  const columns = table.columns
    .map((column) => {
      const name = pg.escapeIdentifier(column);
      return options.instantsInUtcIso && table.instantColumns.includes(column) ? `to_char(${name} AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"') AS ${name}` : name;
    })
    .join(', ');
  return client.query(copyTo(`COPY (SELECT ${columns} FROM ${table.sqlName} AS row ORDER BY row::text) TO STDOUT (FORMAT csv, HEADER)`));
}

/**
 * Runs `work` in one read-only snapshot of the whole database: every table it reads
 * is as of the same instant, whatever the app writes meanwhile. When `work` fails the
 * connection is closed, which ends the snapshot: a ROLLBACK would wait behind a COPY
 * cut short, whose rows nobody reads any more.
 */
export async function inSnapshot<T>(client: pg.Client, work: () => Promise<T>): Promise<T> {
  await client.query('BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY');
  try {
    const result = await work();
    await client.query('COMMIT');
    return result;
  } catch (error) {
    await client.end();
    throw error;
  }
}
