import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import pg from 'pg';
import { currentSchemaVersion, migrateToLatest } from './migrations.js';
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
});
