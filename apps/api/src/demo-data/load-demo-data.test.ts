import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { createDatabase, type Database } from '../database/database.js';
import { createTestDatabase, type TestDatabase } from '../test-support/test-database.js';
import { demoClients } from './demo-clients.js';
import { loadDemoDataOnFirstRun } from './load-demo-data.js';

describe('demo data', () => {
  let testDatabase: TestDatabase;
  let database: Database;
  beforeAll(async () => {
    testDatabase = await createTestDatabase();
    database = createDatabase(testDatabase.url);
  });
  afterAll(async () => {
    await database.$disconnect();
    await testDatabase.drop();
  });

  it('is loaded on the first run only, even by two instances at once, and never again after changes', async () => {
    const results = await Promise.all([loadDemoDataOnFirstRun(database), loadDemoDataOnFirstRun(database)]);
    expect(results.sort()).toEqual([false, true]);
    expect(await database.client.count()).toBe(demoClients.length);

    await database.client.deleteMany();
    expect(await loadDemoDataOnFirstRun(database)).toBe(false);
    expect(await database.client.count()).toBe(0);
  });
});
