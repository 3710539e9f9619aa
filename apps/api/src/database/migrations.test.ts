import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import pg from 'pg';
import { runner } from 'node-pg-migrate';
import { currentSchemaVersion, migrateToLatest, MIGRATIONS_DIR, MIGRATIONS_TABLE } from './migrations.js';
import { createTestDatabase, type TestDatabase } from '../test-support/test-database.js';

describe('migrations', () => {
  let database: TestDatabase;
  beforeAll(async () => {
    database = await createTestDatabase({ migrated: false });
  });
  afterAll(async () => {
    await database.drop();
  });

  it('are applied once when two instances start at the same moment', async () => {
    const [first, second] = await Promise.all([migrateToLatest(database.url), migrateToLatest(database.url)]);
    const appliedTwice = first.filter((name) => second.includes(name));
    expect(appliedTwice).toEqual([]);
    expect([...first, ...second].length).toBeGreaterThan(0);

    const pool = new pg.Pool({ connectionString: database.url });
    try {
      expect(await currentSchemaVersion(pool)).toBe([...first, ...second].sort().at(-1));
      expect(await migrateToLatest(database.url)).toEqual([]);
    } finally {
      await pool.end();
    }
  });

  it('start the stock ledger of lots entered before it with an opening balance, dated when the ledger began', async () => {
    const earlier = await createTestDatabase({ migrated: false });
    const pool = new pg.Pool({ connectionString: earlier.url });
    try {
      await runner({ databaseUrl: earlier.url, dir: MIGRATIONS_DIR, migrationsTable: MIGRATIONS_TABLE, direction: 'up', count: 12, log: () => {} });
      await pool.query(`WITH pigment AS (INSERT INTO pigments (brand, product, shade_name, tone) VALUES ('Perma', 'SMP Black', 'Soft black', 'neutral') RETURNING id)
        INSERT INTO pigment_lots (pigment_id, lot_number, expires_on, received_on, quantity, created_at) SELECT id, 'PB-1', '2099-01-01', '2024-01-10', 4, '2024-01-10' FROM pigment`);
      const { rows: before } = await pool.query<{ now: Date }>('SELECT clock_timestamp() AS now');
      await migrateToLatest(earlier.url);
      const { rows } = await pool.query('SELECT kind, quantity_change, staff_id, occurred_at FROM stock_movements');
      expect(rows).toEqual([{ kind: 'opening_balance', quantity_change: 4, staff_id: null, occurred_at: expect.any(Date) }]);
      expect(rows[0].occurred_at.getTime()).toBeGreaterThanOrEqual(before[0]!.now.getTime());
    } finally {
      await pool.end();
      await earlier.drop();
    }
  });
});
