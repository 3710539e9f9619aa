import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { createDatabase, type Database } from './database.js';
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
