import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { PrismaPg } from '@prisma/adapter-pg';
import { PrismaClient } from '../generated/prisma/client.js';
import { assertReadsInUtc, createDatabase, POOL_SIZE, type Database } from './database.js';
import { createTestDatabase, type TestDatabase } from '../test-support/test-database.js';

/** Sets the database's own default zone, as a server set up in the clinic's zone would have it. */
const setDatabaseZone = (zone: string) => testDatabase.asOwner(`DO $$ BEGIN EXECUTE format('ALTER DATABASE %I SET "TimeZone" TO %L', current_database(), '${zone}'); END $$`);

/** A Prisma client that connects as a pooler's clients do: without the app's startup options. */
function withoutStartupOptions(url: string): Database {
  return new PrismaClient({ adapter: new PrismaPg({ connectionString: url }) }) as unknown as Database;
}

let testDatabase: TestDatabase;
beforeAll(async () => {
  testDatabase = await createTestDatabase();
});
afterAll(async () => {
  await testDatabase.drop();
});

describe("the app's connections", () => {
  beforeAll(() => setDatabaseZone('Pacific/Auckland'));
  afterAll(() => setDatabaseZone('UTC'));

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

describe('connections through a pooler, which cannot pass the startup options', () => {
  it('read instants in UTC by the database’s own default, which the migrations set', async () => {
    const pooled = withoutStartupOptions(testDatabase.appUrl);
    try {
      await expect(assertReadsInUtc(pooled)).resolves.toBeUndefined();
    } finally {
      await pooled.$disconnect();
    }
  });

  it('keep the app from starting when the database’s default zone is not UTC', async () => {
    await setDatabaseZone('Pacific/Auckland');
    const pooled = withoutStartupOptions(testDatabase.appUrl);
    try {
      await expect(assertReadsInUtc(pooled)).rejects.toThrow(/in time zone Pacific\/Auckland, not UTC/);
    } finally {
      await pooled.$disconnect();
      await setDatabaseZone('UTC');
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
