import { readFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import internals from '@prisma/internals';
import pg from 'pg';
import { MIGRATIONS_DIR, MIGRATIONS_TABLE } from './migrations.js';
import { createTestDatabase, type TestDatabase } from '../test-support/test-database.js';

/** Tables that exist for the migration runner, not for the app. */
const TABLES_OUTSIDE_PRISMA = new Set([MIGRATIONS_TABLE]);

interface ColumnShape {
  type: string;
  nullable: boolean;
}

type Shape = Record<string, Record<string, ColumnShape>>;

/** What PostgreSQL's format_type() prints for a Prisma scalar and its @db attribute. */
function postgresType(type: string, nativeType: [string, string[]] | null | undefined): string {
  if (nativeType) {
    const [name, args] = nativeType;
    const native: Record<string, string> = {
      Uuid: 'uuid',
      Date: 'date',
      // Six digits is PostgreSQL's default precision, which format_type() leaves unsaid.
      Timestamptz: args[0] === undefined || args[0] === '6' ? 'timestamp with time zone' : `timestamp(${args[0]}) with time zone`,
      Time: args[0] === undefined || args[0] === '6' ? 'time without time zone' : `time(${args[0]}) without time zone`,
      Inet: 'inet',
      Timestamp: args[0] === undefined || args[0] === '6' ? 'timestamp without time zone' : `timestamp(${args[0]}) without time zone`,
      VarChar: `character varying(${args[0]})`,
      Text: 'text',
      Integer: 'integer',
      SmallInt: 'smallint',
      Citext: 'citext',
      JsonB: 'jsonb',
    };
    const mapped = native[name];
    if (!mapped) throw new Error(`Add @db.${name} to the drift test's type map`);
    return mapped;
  }
  const scalar: Record<string, string> = {
    String: 'text',
    Int: 'integer',
    BigInt: 'bigint',
    Boolean: 'boolean',
    DateTime: 'timestamp(3) without time zone',
    Float: 'double precision',
    Decimal: 'numeric(65,30)',
    Json: 'jsonb',
    Bytes: 'bytea',
  };
  const mapped = scalar[type];
  if (!mapped) throw new Error(`Add ${type} to the drift test's type map`);
  return mapped;
}

async function prismaShape(): Promise<Shape> {
  const datamodel = readFileSync(path.join(MIGRATIONS_DIR, '..', 'schema.prisma'), 'utf8');
  const dmmf = await internals.getDMMF({ datamodel });
  const enums = new Set(dmmf.datamodel.enums.map((item) => item.dbName ?? item.name));
  const shape: Shape = {};
  for (const model of dmmf.datamodel.models) {
    const table: Record<string, ColumnShape> = {};
    for (const field of model.fields) {
      if (field.kind === 'object') continue;
      const type = field.kind === 'enum' && enums.has(field.type) ? field.type : postgresType(field.type, field.nativeType as never);
      table[field.dbName ?? field.name] = {
        type: field.isList ? `${type}[]` : type,
        nullable: !field.isRequired,
      };
    }
    shape[model.dbName ?? model.name] = table;
  }
  return shape;
}

async function catalogShape(databaseUrl: string): Promise<Shape> {
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    const { rows } = await client.query<{ table_name: string; column_name: string; type: string; nullable: boolean }>(`
      SELECT c.relname AS table_name, a.attname AS column_name,
             format_type(a.atttypid, a.atttypmod) AS type, NOT a.attnotnull AS nullable
      FROM pg_attribute a
      JOIN pg_class c ON c.oid = a.attrelid
      JOIN pg_namespace n ON n.oid = c.relnamespace
      WHERE n.nspname = 'public' AND c.relkind = 'r' AND a.attnum > 0 AND NOT a.attisdropped`);
    const shape: Shape = {};
    for (const row of rows) {
      if (TABLES_OUTSIDE_PRISMA.has(row.table_name)) continue;
      (shape[row.table_name] ??= {})[row.column_name] = { type: row.type, nullable: row.nullable };
    }
    return shape;
  } finally {
    await client.end();
  }
}

describe('the Prisma datamodel and the migrated database', () => {
  let database: TestDatabase;
  beforeAll(async () => {
    database = await createTestDatabase();
  });
  afterAll(async () => {
    await database.drop();
  });

  it('have the same tables, columns, types and nullability', async () => {
    expect(await prismaShape()).toEqual(await catalogShape(database.url));
  });
});
