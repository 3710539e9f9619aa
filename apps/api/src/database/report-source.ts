import { Logger } from '@nestjs/common';
import type { ReportFreshness } from '@smp/contracts';
import { isDatabaseUnavailable } from './connection-errors.js';
import type { Database } from './database.js';

/** Injection token of the ReportSource. */
export const REPORT_SOURCE = Symbol('REPORT_SOURCE');

/**
 * The instant up to which the server holds every committed change: now on the
 * primary, or on a replica that has replayed all it received while streaming;
 * otherwise the commit time of the last change it replayed.
 */
async function dataAsOf(database: Database): Promise<Date> {
  const [{ asOf }] = await database.$queryRaw<[{ asOf: Date }]>`
    SELECT CASE
             WHEN NOT pg_is_in_recovery() THEN now()
             WHEN pg_last_wal_receive_lsn() = pg_last_wal_replay_lsn()
                  AND EXISTS (SELECT FROM pg_stat_wal_receiver WHERE status = 'streaming') THEN now()
             ELSE coalesce(pg_last_xact_replay_timestamp(), now())
           END AS "asOf"`;
  return asOf;
}

/**
 * Where reports and exports read: a streaming replica when one is configured, so
 * long aggregates keep off the primary that bookings write to; the primary when
 * there is none, or while the replica cannot be reached. Either way the answer
 * says how fresh its figures are.
 */
export class ReportSource {
  private readonly logger = new Logger(ReportSource.name);

  constructor(
    private readonly primary: Database,
    private readonly replica: Database | null,
  ) {}

  /** `query`'s result, read from the replica if possible, with the freshness of what it read. */
  async read<Result>(query: (database: Database) => Promise<Result>): Promise<{ result: Result; freshness: ReportFreshness }> {
    if (this.replica) {
      try {
        // Read before the figures: they hold at least every change up to this instant.
        const asOf = await dataAsOf(this.replica);
        return { result: await query(this.replica), freshness: { dataAsOf: asOf.toISOString(), readFrom: 'replica' } };
      } catch (error) {
        if (!isDatabaseUnavailable(error)) throw error;
        this.logger.warn(`The replica cannot be reached, reading the report from the primary: ${String(error)}`);
      }
    }
    const asOf = await dataAsOf(this.primary);
    return { result: await query(this.primary), freshness: { dataAsOf: asOf.toISOString(), readFrom: 'primary' } };
  }
}
