import { addCalendarDays, zonedInstant } from '@smp/contracts';
import { Prisma } from '../generated/prisma/client.js';
import type { Database } from '../database/database.js';

/** Reads reports with raw SQL: one aggregate statement each. */
export type ReportReader = Pick<Database, '$queryRaw'>;

/** A row of a report, keyed by its columns (see BUSINESS_REPORTS). */
export type ReportRow = Record<string, string | number | null>;

/** The days a report covers, in the clinic's calendar, and the instants they span. */
export interface ReportRange {
  /** First day, YYYY-MM-DD. */
  from: string;
  /** Last day, included. */
  to: string;
  /** The first day's midnight in the clinic's zone. */
  start: Date;
  /** The midnight after the last day in the clinic's zone (excluded). */
  end: Date;
  timeZone: string;
  /** Only this artist's plans, visits and hours, where a report has an artist. */
  artistId: string | null;
  /** Only the visits and hours at this location, where a report has a location. */
  locationId: string | null;
}

export function reportRange(query: { from: string; to: string; artistId?: string | undefined; locationId?: string | undefined }, timeZone: string): ReportRange {
  return {
    from: query.from,
    to: query.to,
    start: zonedInstant(query.from, '00:00', timeZone),
    end: zonedInstant(addCalendarDays(query.to, 1), '00:00', timeZone),
    timeZone,
    artistId: query.artistId ?? null,
    locationId: query.locationId ?? null,
  };
}

/** `AND <column> = the location` when the range names one. */
export function locationFilter(range: ReportRange, column: Prisma.Sql): Prisma.Sql {
  return range.locationId ? Prisma.sql`AND ${column} = ${range.locationId}::uuid` : Prisma.empty;
}

/** `AND <column> = the artist` when the range names one. */
export function artistFilter(range: ReportRange, column: Prisma.Sql): Prisma.Sql {
  return range.artistId ? Prisma.sql`AND ${column} = ${range.artistId}::uuid` : Prisma.empty;
}

/** The first day of every month the range touches, for reports that show empty months as zeros. */
export function monthsOf(range: ReportRange): Prisma.Sql {
  return Prisma.sql`(SELECT month::date FROM generate_series(date_trunc('month', ${range.from}::date), ${range.to}::date, interval '1 month') AS month)`;
}

/** "the share of part in whole", or null when there is no whole to share. */
export function rate(part: Prisma.Sql, whole: Prisma.Sql): Prisma.Sql {
  return Prisma.sql`CASE WHEN ${whole} > 0 THEN round(${part}::numeric / ${whole}, 4)::float8 END`;
}
