import { Logger } from '@nestjs/common';
import type { ReportFreshness } from '@smp/contracts';
import pg from 'pg';
import { isDatabaseUnavailable } from './connection-errors.js';
import { sqlPool, type Database } from './database.js';
import { closedAfter, openConnection, withConnection } from './own-connection.js';

/** Injection token of the ReportSource. */
export const REPORT_SOURCE = Symbol('REPORT_SOURCE');

/**
 * The instant up to which the server holds every committed change: now on the
 * primary, or on a replica that has replayed all it received while its WAL
 * receiver runs; otherwise the commit time of the last change it replayed. (The
 * receiver's row is all the app's login may see of it: its details, such as its
 * status, are for roles with pg_read_all_stats.)
 */
const DATA_AS_OF = `
  SELECT CASE
           WHEN NOT pg_is_in_recovery() THEN now()
           WHEN pg_last_wal_receive_lsn() = pg_last_wal_replay_lsn()
                AND EXISTS (SELECT FROM pg_stat_wal_receiver) THEN now()
           ELSE coalesce(pg_last_xact_replay_timestamp(), now())
         END AS "asOf"`;

/**
 * How fresh what `connection` reads is (see DATA_AS_OF). Read it before the work
 * (or the snapshot): whatever is read afterwards holds at least every change up to it.
 */
export async function dataAsOf(connection: pg.ClientBase | pg.Pool): Promise<Date> {
  const { rows } = await connection.query<{ asOf: Date }>(DATA_AS_OF);
  return rows[0]!.asOf;
}

/** One copy of the database: its Prisma client, and its URL for a connection of one's own. */
export interface DatabaseCopy {
  database: Database;
  url: string;
}

/** After the replica could not be reached, reports read the primary this long before trying it again. */
const REPLICA_RETRY_MS = 30_000;

/**
 * Where reports and exports read: a streaming replica when one is configured, so
 * long aggregates keep off the primary that bookings write to; the primary when
 * there is none, or while the replica cannot be reached. Either way the answer
 * says how fresh its figures are.
 */
export class ReportSource {
  private readonly logger = new Logger(ReportSource.name);
  /** Until then the replica is not tried: one that drops packets would cost every report a connection timeout. */
  private replicaAwayUntil = 0;

  constructor(
    private readonly primary: DatabaseCopy,
    private readonly replica: DatabaseCopy | null,
  ) {}

  /** `query`'s result, read from the replica if possible, with the freshness of what it read. */
  async read<Result>(query: (database: Database) => Promise<Result>): Promise<{ result: Result; freshness: ReportFreshness }> {
    if (this.replica && this.replicaWorthTrying()) {
      try {
        // Read before the figures: they hold at least every change up to this instant.
        const asOf = await dataAsOf(sqlPool(this.replica.database));
        return { result: await query(this.replica.database), freshness: { dataAsOf: asOf.toISOString(), readFrom: 'replica' } };
      } catch (error) {
        this.fallBackUnlessRefused(error);
      }
    }
    const asOf = await dataAsOf(sqlPool(this.primary.database));
    return { result: await query(this.primary.database), freshness: { dataAsOf: asOf.toISOString(), readFrom: 'primary' } };
  }

  /**
   * Runs `work` on a connection of its own, for a long read such as the clinic-wide
   * export: on the replica when it answers, else on the primary. A failure after
   * `work` began is the work's, and is not tried again elsewhere.
   */
  async onConnection<Result>(work: (client: pg.Client, readFrom: ReportFreshness['readFrom']) => Promise<Result>): Promise<Result> {
    if (this.replica && this.replicaWorthTrying()) {
      const client = await openConnection(this.replica.url).catch((error: unknown) => this.fallBackUnlessRefused(error));
      if (client) return closedAfter(client, () => work(client, 'replica'));
    }
    return withConnection(this.primary.url, (client) => work(client, 'primary'));
  }

  private replicaWorthTrying(): boolean {
    return Date.now() >= this.replicaAwayUntil;
  }

  /** Goes on to the primary when the replica cannot be reached; anything else it refused is an error of the query's. */
  private fallBackUnlessRefused(error: unknown): null {
    if (!isDatabaseUnavailable(error)) throw error;
    this.replicaAwayUntil = Date.now() + REPLICA_RETRY_MS;
    this.logger.warn(`The replica cannot be reached, reading from the primary for ${REPLICA_RETRY_MS / 1000} s: ${String(error)}`);
    return null;
  }
}
