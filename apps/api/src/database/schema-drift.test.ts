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

/** One readable line per foreign key, index or constraint, grouped by table and sorted. */
type Lines = Record<string, string[]>;

interface Schema {
  columns: Shape;
  /** `(client_id) REFERENCES clients (id) ON DELETE NO ACTION ON UPDATE NO ACTION` */
  foreignKeys: Lines;
  /** Primary keys, unique constraints and plain indexes, as PostgreSQL prints them. */
  indexes: Lines;
  /**
   * What Prisma's schema language cannot express: CHECK constraints, exclusion
   * constraints and partial or expression indexes. schema.prisma names each of them in
   * a `///` line on its model (`/// CHECK name, ...`, `/// EXCLUDE name`, `/// INDEX name`);
   * the test compares those names with the catalog both ways, so a migration that adds
   * or drops one fails here until the model's documentation says so. Names, not
   * definitions: the migrations stay the one place a rule is written out.
   */
  databaseOnly: Lines;
}

function addLine(lines: Lines, table: string, line: string): void {
  (lines[table] ??= []).push(line);
}

function sorted(lines: Lines): Lines {
  return Object.fromEntries(Object.entries(lines).map(([table, items]) => [table, [...items].sort()]));
}

function sortedLines(schema: Schema): Schema {
  return { ...schema, foreignKeys: sorted(schema.foreignKeys), indexes: sorted(schema.indexes), databaseOnly: sorted(schema.databaseOnly) };
}

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
      VarChar: args[0] === undefined ? 'character varying' : `character varying(${args[0]})`,
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

/** Prisma's referential actions in SQL words; the defaults are Prisma's own. */
const PRISMA_ACTIONS: Record<string, string> = {
  Cascade: 'CASCADE',
  Restrict: 'RESTRICT',
  NoAction: 'NO ACTION',
  SetNull: 'SET NULL',
  SetDefault: 'SET DEFAULT',
};

/** pg_constraint's confdeltype / confupdtype codes. */
const CATALOG_ACTIONS: Record<string, string> = {
  a: 'NO ACTION',
  r: 'RESTRICT',
  c: 'CASCADE',
  n: 'SET NULL',
  d: 'SET DEFAULT',
};

function foreignKeyLine(columns: string[], table: string, referenced: string[], onDelete: string, onUpdate: string): string {
  return `(${columns.join(', ')}) REFERENCES ${table} (${referenced.join(', ')}) ON DELETE ${onDelete} ON UPDATE ${onUpdate}`;
}

const DATABASE_ONLY_LINE = /^(CHECK|EXCLUDE|INDEX) (.+)$/;

/** `CHECK a, b` and `INDEX c` in a model's `///` lines, as `CHECK a`, `CHECK b`, `INDEX c`. */
function documentedDatabaseOnly(documentation: string | undefined): string[] {
  return (documentation?.split('\n') ?? []).flatMap((line) => {
    const [, kind, names] = DATABASE_ONLY_LINE.exec(line.trim()) ?? [];
    return kind && names ? names.split(',').map((name) => `${kind} ${name.trim()}`) : [];
  });
}

async function prismaSchema(): Promise<Schema> {
  const datamodel = readFileSync(path.join(MIGRATIONS_DIR, '..', 'schema.prisma'), 'utf8');
  const dmmf = await internals.getDMMF({ datamodel });
  const enums = new Set(dmmf.datamodel.enums.map((item) => item.dbName ?? item.name));
  const models = new Map(dmmf.datamodel.models.map((model) => [model.name, model]));
  const tableOf = (modelName: string) => {
    const model = models.get(modelName)!;
    return model.dbName ?? model.name;
  };
  const columnOf = (modelName: string, fieldName: string) => {
    const field = models.get(modelName)!.fields.find((candidate) => candidate.name === fieldName)!;
    return field.dbName ?? field.name;
  };
  const schema: Schema = { columns: {}, foreignKeys: {}, indexes: {}, databaseOnly: {} };
  for (const model of dmmf.datamodel.models) {
    const table = tableOf(model.name);
    const columns: Record<string, ColumnShape> = {};
    for (const field of model.fields) {
      if (field.kind === 'object') {
        if (!field.relationFromFields?.length) continue;
        const onDelete = field.relationOnDelete ?? (field.isRequired ? 'Restrict' : 'SetNull');
        const onUpdate = field.relationOnUpdate ?? 'Cascade';
        addLine(
          schema.foreignKeys,
          table,
          foreignKeyLine(
            field.relationFromFields.map((name) => columnOf(model.name, name)),
            tableOf(field.type),
            (field.relationToFields ?? []).map((name) => columnOf(field.type, name)),
            PRISMA_ACTIONS[onDelete]!,
            PRISMA_ACTIONS[onUpdate]!,
          ),
        );
        continue;
      }
      const type = field.kind === 'enum' && enums.has(field.type) ? field.type : postgresType(field.type, field.nativeType as never);
      columns[field.dbName ?? field.name] = {
        type: field.isList ? `${type}[]` : type,
        nullable: !field.isRequired,
      };
    }
    schema.columns[table] = columns;
    for (const line of documentedDatabaseOnly(model.documentation)) addLine(schema.databaseOnly, table, line);
  }
  for (const index of dmmf.datamodel.indexes) {
    const table = tableOf(index.model);
    const columns = index.fields.map((field) => columnOf(index.model, field.name));
    const unique = index.type === 'id' || index.type === 'unique';
    // Prisma's own names for what schema.prisma does not name with `map:`.
    const defaultName = index.type === 'id' ? `${table}_pkey` : `${table}_${columns.join('_')}_${unique ? 'key' : 'idx'}`;
    const keys = index.fields.map((field, position) => [columns[position], field.operatorClass, field.sortOrder === 'desc' ? 'DESC' : undefined].filter(Boolean).join(' '));
    const method = (index.algorithm ?? 'BTree').toLowerCase();
    addLine(schema.indexes, table, `${unique ? 'UNIQUE ' : ''}INDEX ${index.dbName ?? defaultName} USING ${method} (${keys.join(', ')})`);
  }
  return sortedLines(schema);
}

async function catalogSchema(databaseUrl: string): Promise<Schema> {
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    const [columnRows, foreignKeyRows, indexRows, constraintRows] = await Promise.all([
      client.query<{ table_name: string; column_name: string; type: string; nullable: boolean }>(`
        SELECT c.relname AS table_name, a.attname AS column_name,
               format_type(a.atttypid, a.atttypmod) AS type, NOT a.attnotnull AS nullable
        FROM pg_attribute a
        JOIN pg_class c ON c.oid = a.attrelid
        JOIN pg_namespace n ON n.oid = c.relnamespace
        WHERE n.nspname = 'public' AND c.relkind = 'r' AND a.attnum > 0 AND NOT a.attisdropped`),
      client.query<{ table_name: string; columns: string[]; referenced_table: string; referenced_columns: string[]; on_delete: string; on_update: string }>(`
        SELECT t.relname AS table_name, r.relname AS referenced_table,
               (SELECT array_agg(a.attname::text ORDER BY k.position) FROM unnest(c.conkey) WITH ORDINALITY AS k(attnum, position)
                JOIN pg_attribute a ON a.attrelid = c.conrelid AND a.attnum = k.attnum) AS columns,
               (SELECT array_agg(a.attname::text ORDER BY k.position) FROM unnest(c.confkey) WITH ORDINALITY AS k(attnum, position)
                JOIN pg_attribute a ON a.attrelid = c.confrelid AND a.attnum = k.attnum) AS referenced_columns,
               c.confdeltype AS on_delete, c.confupdtype AS on_update
        FROM pg_constraint c
        JOIN pg_class t ON t.oid = c.conrelid
        JOIN pg_class r ON r.oid = c.confrelid
        JOIN pg_namespace n ON n.oid = t.relnamespace
        WHERE n.nspname = 'public' AND c.contype = 'f'`),
      client.query<{ table_name: string; index_name: string; definition: string; beyond_prisma: boolean; excludes: boolean }>(`
        SELECT t.relname AS table_name, i.relname AS index_name, pg_get_indexdef(x.indexrelid) AS definition,
               x.indpred IS NOT NULL OR x.indexprs IS NOT NULL AS beyond_prisma,
               EXISTS (SELECT 1 FROM pg_constraint c WHERE c.conindid = x.indexrelid AND c.contype = 'x') AS excludes
        FROM pg_index x
        JOIN pg_class i ON i.oid = x.indexrelid
        JOIN pg_class t ON t.oid = x.indrelid
        JOIN pg_namespace n ON n.oid = t.relnamespace
        WHERE n.nspname = 'public'`),
      client.query<{ table_name: string; constraint_name: string; kind: 'CHECK' | 'EXCLUDE' }>(`
        SELECT t.relname AS table_name, c.conname AS constraint_name,
               CASE c.contype WHEN 'c' THEN 'CHECK' ELSE 'EXCLUDE' END AS kind
        FROM pg_constraint c
        JOIN pg_class t ON t.oid = c.conrelid
        JOIN pg_namespace n ON n.oid = t.relnamespace
        WHERE n.nspname = 'public' AND c.contype IN ('c', 'x')`),
    ]);
    const schema: Schema = { columns: {}, foreignKeys: {}, indexes: {}, databaseOnly: {} };
    const inPrisma = (table: string) => !TABLES_OUTSIDE_PRISMA.has(table);
    for (const row of columnRows.rows.filter((item) => inPrisma(item.table_name))) {
      (schema.columns[row.table_name] ??= {})[row.column_name] = { type: row.type, nullable: row.nullable };
    }
    for (const row of foreignKeyRows.rows.filter((item) => inPrisma(item.table_name))) {
      addLine(
        schema.foreignKeys,
        row.table_name,
        foreignKeyLine(row.columns, row.referenced_table, row.referenced_columns, CATALOG_ACTIONS[row.on_delete]!, CATALOG_ACTIONS[row.on_update]!),
      );
    }
    for (const row of indexRows.rows.filter((item) => inPrisma(item.table_name))) {
      // An exclusion constraint's index is listed with the constraint (EXCLUDE), not again.
      if (row.excludes) continue;
      if (row.beyond_prisma) addLine(schema.databaseOnly, row.table_name, `INDEX ${row.index_name}`);
      else addLine(schema.indexes, row.table_name, row.definition.replace(/^CREATE /, '').replace(/ ON \S+ USING /, ' USING '));
    }
    for (const row of constraintRows.rows.filter((item) => inPrisma(item.table_name))) {
      addLine(schema.databaseOnly, row.table_name, `${row.kind} ${row.constraint_name}`);
    }
    return sortedLines(schema);
  } finally {
    await client.end();
  }
}

// In a failure, "Expected" is the migrated database (the truth) and "Received" is schema.prisma.
describe('the Prisma datamodel and the migrated database', () => {
  let database: TestDatabase;
  let prisma: Schema;
  let catalog: Schema;
  beforeAll(async () => {
    database = await createTestDatabase();
    [prisma, catalog] = await Promise.all([prismaSchema(), catalogSchema(database.url)]);
  });
  afterAll(async () => {
    await database.drop();
  });

  it('have the same tables, columns, types and nullability', () => {
    expect(prisma.columns).toEqual(catalog.columns);
  });

  it('have the same foreign keys, with the same ON DELETE and ON UPDATE actions', () => {
    expect(prisma.foreignKeys).toEqual(catalog.foreignKeys);
  });

  it('have the same primary keys, unique constraints and indexes', () => {
    expect(prisma.indexes).toEqual(catalog.indexes);
  });

  it('name every CHECK, exclusion constraint and partial or expression index the migrations define', () => {
    expect(prisma.databaseOnly).toEqual(catalog.databaseOnly);
  });
});
