import { PrismaPg } from '@prisma/adapter-pg';
import pg from 'pg';
import { PrismaClient } from '../generated/prisma/client.js';

/** Injection token of the connection URL the database module was built for. */
export const DATABASE_URL = Symbol('DATABASE_URL');

const pools = new WeakMap<object, pg.Pool>();
/** Connections each instance keeps to the database at most. */
export const POOL_SIZE = 10;

/**
 * How long a transaction may wait for a free connection, and run. Prisma's 2 s wait
 * answered 503 to the last of twenty desks issuing invoices at once on a busy machine,
 * while the others were done a second later: a burst should queue, not fail. A
 * transaction still past 10 s is stuck behind locks or a starved CPU, and is undone.
 */
export const TRANSACTION_LIMITS = { maxWait: 10_000, timeout: 10_000 };

/**
 * The connection settings of `url`, in UTC. Prisma's pg adapter sends a DateTime as
 * a date and time without an offset, which PostgreSQL reads in the connection's time
 * zone: in UTC it is the instant meant, whatever zone the database server or this
 * machine is set to (prisma/orm#28629). pg lets the URL's own `options` (a search
 * path, a provider's endpoint id) replace the config's, so they are joined, UTC last.
 */
export function inUtc(url: string): { connectionString: string; options: string } {
  const parsed = new URL(url);
  const given = parsed.searchParams.get('options');
  parsed.searchParams.delete('options');
  return { connectionString: parsed.toString(), options: [given, '-c TimeZone=UTC'].filter(Boolean).join(' ') };
}

/**
 * `url` with its server swapped for `address` (host:port): the same login and
 * database, reached through a pooler or on a replica. No address: `url` as it is.
 */
export function atAddress(url: string, address: string | undefined): string {
  if (!address) return url;
  const parsed = new URL(url);
  parsed.host = address;
  return parsed.toString();
}

/** The app's Prisma client over `appUrl`, the app's own login (smp_app, see app-login.ts), never the tables' owner. */
export function createDatabase(appUrl: string) {
  const pool = new pg.Pool({
    ...inUtc(appUrl),
    // Fail fast rather than hang a request when the server is gone.
    connectionTimeoutMillis: 5_000,
    max: POOL_SIZE,
  });
  // An idle connection that breaks is simply dropped; the next query reports the outage.
  pool.on('error', () => undefined);
  const database = new PrismaClient({
    adapter: new PrismaPg(pool, { disposeExternalPool: true }),
    // The database derives these for sorting and search; the app never reads them.
    omit: { client: { sortKey: true, searchText: true } },
    transactionOptions: TRANSACTION_LIMITS,
  });
  pools.set(database, pool);
  return database;
}

const UTC_NAMES = ['UTC', 'Etc/UTC', 'UCT', 'Etc/UCT', 'Zulu', 'Etc/Zulu', 'Universal', 'Etc/Universal'];

/**
 * Refuses to go on when the app's connections do not read instants in UTC: through
 * a pooler they take the database's default time zone (migration 0030), not ours.
 */
export async function assertReadsInUtc(database: Database): Promise<void> {
  const [{ zone }] = await database.$queryRaw<[{ zone: string }]>`SELECT current_setting('TimeZone') AS zone`;
  if (!UTC_NAMES.includes(zone)) {
    throw new Error(`The app's database connections are in time zone ${zone}, not UTC: run ALTER DATABASE … SET "TimeZone" TO 'UTC' as the database's owner`);
  }
}

/** The app's Prisma client; inject it with `@Inject(PrismaClient)`. */
export type Database = ReturnType<typeof createDatabase>;

/** A transaction of the app's Prisma client. */
export type Transaction = Parameters<Parameters<Database['$transaction']>[0]>[0];

/**
 * The connections under the Prisma client, for the few queries every request makes
 * (sign-in check, availability), where Prisma's per-query work costs more than the SQL.
 */
export function sqlPool(database: Database): pg.Pool {
  return pools.get(database)!;
}
