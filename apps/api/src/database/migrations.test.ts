import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import pg from 'pg';
import { runner } from 'node-pg-migrate';
import { currentSchemaVersion, migrateToLatest, migrateUpTo, MIGRATIONS_DIR, MIGRATIONS_TABLE } from './migrations.js';
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

  it('move an existing clinic into one main location, named after it, with its rooms, hours and appointments; its closures close every location', async () => {
    const earlier = await createTestDatabase({ migrated: false });
    const pool = new pg.Pool({ connectionString: earlier.url });
    try {
      await migrateUpTo(earlier.url, '0030_database_reads_in_utc');
      await pool.query(`
        INSERT INTO clinic_settings (name, country, time_zone, currency) VALUES ('Northside Scalp Studio of the Greater Springfield Metropolitan Area and Surroundings', 'US', 'America/Chicago', 'USD');
        INSERT INTO clinic_opening_hours (weekday, opens, closes) VALUES (1, '09:00', '17:00');
        INSERT INTO clinic_closures (starts_on, ends_on, reason) VALUES ('2030-12-25', '2030-12-25', 'Christmas');
        INSERT INTO staff (name, email, role, password_hash) VALUES ('Ari Artist', 'ari@clinic.test', 'artist', '$argon2id$fixture');
        INSERT INTO artist_working_hours (staff_id, weekday, starts, ends) SELECT id, 1, '09:00', '17:00' FROM staff;
        INSERT INTO clients (first_name, last_name, email) VALUES ('Cleo', 'Client', 'cleo@example.com');
        INSERT INTO rooms (name) VALUES ('Chair 1');
        INSERT INTO appointments (kind, client_id, artist_id, room_id, starts_at, ends_at, created_by)
          SELECT 'maintenance', (SELECT id FROM clients), s.id, (SELECT id FROM rooms), '2030-01-07 15:00Z', '2030-01-07 17:00Z', s.id FROM staff s;
        INSERT INTO appointments (kind, client_id, artist_id, starts_at, ends_at, created_by)
          SELECT 'consultation', (SELECT id FROM clients), s.id, '2030-01-08 15:00Z', '2030-01-08 16:00Z', s.id FROM staff s;`);
      await migrateToLatest(earlier.url);
      const { rows: locations } = await pool.query('SELECT id, name, main, time_zone FROM locations');
      expect(locations).toEqual([{ id: expect.any(String), name: 'Northside Scalp Studio of the Greater Springfield Metropolitan Area and Surroundings', main: true, time_zone: null }]);
      const main = locations[0].id;
      expect((await pool.query('SELECT location_id FROM clinic_closures')).rows).toEqual([{ location_id: null }]);
      for (const table of ['rooms', 'clinic_opening_hours', 'artist_working_hours', 'appointments']) {
        const { rows } = await pool.query<{ location_id: string }>(`SELECT DISTINCT location_id FROM ${table}`);
        expect({ table, locations: rows.map((row) => row.location_id) }).toEqual({ table, locations: [main] });
      }
    } finally {
      await pool.end();
      await earlier.drop();
    }
  });
});
