import { afterAll, beforeAll, describe, expect, it, jest } from '@jest/globals';
import pg from 'pg';
import { openTestDatabase } from '../test-support/test-database.js';
import { freePort } from '../test-support/test-postgres.js';
import { atAddress, createDatabase, type Database } from './database.js';
import { dataAsOf, ReportSource, type DatabaseCopy } from './report-source.js';

let primary: DatabaseCopy;
let appUrl: string;
let close: () => Promise<void>;
const extraClients: Database[] = [];

beforeAll(async () => {
  const opened = await openTestDatabase();
  ({ appUrl, close } = opened);
  primary = { database: opened.database, url: appUrl };
});

afterAll(async () => {
  await Promise.all(extraClients.map((client) => client.$disconnect()));
  await close();
});

/** The database at `address` as a replica: the same server (which is not replaying), or one that nobody answers at. */
function replicaAt(address: string): DatabaseCopy {
  const url = atAddress(appUrl, address);
  const database = createDatabase(url);
  extraClients.push(database);
  return { database, url };
}

const countStaff = (database: Database) => database.staff.count();

describe('ReportSource', () => {
  it('reads the primary when there is no replica, with figures as of the moment it read them', async () => {
    const before = Date.now();
    const { result, freshness } = await new ReportSource(primary, null).read(countStaff);
    expect(result).toBe(await primary.database.staff.count());
    expect(freshness.readFrom).toBe('primary');
    expect(Date.parse(freshness.dataAsOf)).toBeGreaterThanOrEqual(before - 1000);
    expect(Date.parse(freshness.dataAsOf)).toBeLessThanOrEqual(Date.now() + 1000);
  });

  it('reads the replica when there is one: a server that is not replaying is as fresh as its clock', async () => {
    const sameServer = replicaAt(new URL(appUrl).host);
    const { freshness } = await new ReportSource(primary, sameServer).read(countStaff);
    expect(freshness.readFrom).toBe('replica');
    expect(Math.abs(Date.parse(freshness.dataAsOf) - Date.now())).toBeLessThan(5_000);
  });

  it('reads the primary, and says so, while the replica cannot be reached', async () => {
    const nobodyListens = replicaAt(`127.0.0.1:${await freePort()}`);
    const { result, freshness } = await new ReportSource(primary, nobodyListens).read(countStaff);
    expect(result).toBe(await primary.database.staff.count());
    expect(freshness.readFrom).toBe('primary');
  });

  it('does not hide a query the replica refused as if it were an outage', async () => {
    const sameServer = replicaAt(new URL(appUrl).host);
    await expect(new ReportSource(primary, sameServer).read((database) => database.$queryRaw`SELECT no_such_column FROM staff`)).rejects.toThrow(/no_such_column/);
  });

  it('reads the primary for a while after the replica could not be reached, rather than waiting on it for every report', async () => {
    const source = new ReportSource(primary, replicaAt(`127.0.0.1:${await freePort()}`));
    expect((await source.read(countStaff)).freshness.readFrom).toBe('primary');
    const asked = jest.spyOn(pg.Client.prototype, 'connect');
    try {
      expect(await source.onConnection((_client, readFrom) => Promise.resolve(readFrom))).toBe('primary');
      expect(asked).toHaveBeenCalledTimes(1);
    } finally {
      asked.mockRestore();
    }
  });

  it('reads the primary while the replica’s host name does not resolve, as when its container is stopped', async () => {
    const { freshness } = await new ReportSource(primary, replicaAt('replica.invalid:5432')).read(countStaff);
    expect(freshness.readFrom).toBe('primary');
    await expect(new ReportSource(primary, replicaAt('replica.invalid:5432')).onConnection((_client, readFrom) => Promise.resolve(readFrom))).resolves.toBe('primary');
  });

  it('gives a long read a connection of its own on the replica, or on the primary while the replica cannot be reached', async () => {
    const onItsOwn = (source: ReportSource) => source.onConnection(async (client, readFrom) => ({ readFrom, asOf: await dataAsOf(client) }));
    expect((await onItsOwn(new ReportSource(primary, replicaAt(new URL(appUrl).host)))).readFrom).toBe('replica');
    const fallback = await onItsOwn(new ReportSource(primary, replicaAt(`127.0.0.1:${await freePort()}`)));
    expect(fallback.readFrom).toBe('primary');
    expect(Math.abs(fallback.asOf.getTime() - Date.now())).toBeLessThan(5_000);
  });
});
