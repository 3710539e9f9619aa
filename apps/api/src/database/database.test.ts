import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { createDatabase, POOL_SIZE, type Database } from './database.js';
import { createTestDatabase, type TestDatabase } from '../test-support/test-database.js';

let testDatabase: TestDatabase;
beforeAll(async () => {
  testDatabase = await createTestDatabase();
});
afterAll(async () => {
  await testDatabase.drop();
});

describe("the app's connections", () => {
  it.each([
    ['as given', (url: string) => url],
    ['with options of their own in the URL', (url: string) => `${url}${url.includes('?') ? '&' : '?'}options=${encodeURIComponent('-c search_path=public')}`],
  ])('run in UTC, so instants Prisma writes are the ones meant (%s)', async (_how, withOptions) => {
    const database: Database = createDatabase(withOptions(testDatabase.appUrl));
    try {
      const [setting] = await database.$queryRaw<{ TimeZone: string }[]>`SHOW TimeZone`;
      expect(setting!.TimeZone).toBe('UTC');
      const [path] = await database.$queryRaw<{ search_path: string }[]>`SHOW search_path`;
      expect(path!.search_path).not.toBe('');
    } finally {
      await database.$disconnect();
    }
  });
});

describe('a burst of work beyond the pool', () => {
  it('queues a transaction until a connection frees up, rather than refusing it after two seconds', async () => {
    const database: Database = createDatabase(testDatabase.appUrl);
    try {
      const busy = Array.from({ length: POOL_SIZE }, () => database.$queryRaw`SELECT pg_sleep(3)::text AS slept`);
      const queued = database.$transaction(async (transaction) => transaction.$queryRaw<{ answer: number }[]>`SELECT 42 AS answer`);
      await Promise.all(busy);
      await expect(queued).resolves.toEqual([{ answer: 42 }]);
    } finally {
      await database.$disconnect();
    }
  });
});
