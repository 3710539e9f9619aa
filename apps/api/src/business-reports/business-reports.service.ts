import { Inject, Injectable } from '@nestjs/common';
import { BUSINESS_REPORTS, type BusinessReport, type BusinessReportKey } from '@smp/contracts';
import { PrismaClient } from '../generated/prisma/client.js';
import type { Database } from '../database/database.js';
import { REPORT_SOURCE, type ReportSource } from '../database/report-source.js';
import { ClinicSettingsService } from '../clinic/clinic-settings.service.js';
import { LocationsService } from '../locations/locations.service.js';
import type { Actor } from '../audit/actor.js';
import { AuditService } from '../audit/audit.service.js';
import { artistUtilisation, attendance, consultationConversion, planCompletion, recallConversion } from './activity-reports.queries.js';
import { depositsHeld, outstandingBalances, paymentsByMethod, revenueByArtist, revenueByMonth, revenueByStyle } from './money-reports.queries.js';
import { reportRange, type ReportRange, type ReportReader, type ReportRow } from './report-range.js';

export const REPORT_QUERIES: Record<BusinessReportKey, (reader: ReportReader, range: ReportRange) => Promise<ReportRow[]>> = {
  revenue_by_month: revenueByMonth,
  revenue_by_artist: revenueByArtist,
  revenue_by_style: revenueByStyle,
  payments_by_method: paymentsByMethod,
  outstanding_balances: outstandingBalances,
  deposits_held: depositsHeld,
  attendance,
  consultation_conversion: consultationConversion,
  plan_completion: planCompletion,
  artist_utilisation: artistUtilisation,
  recall_conversion: recallConversion,
};

interface ReportQuery {
  from: string;
  to: string;
  artistId?: string | undefined;
  locationId?: string | undefined;
}

/** The owner's business reports: one SQL aggregate each, read in the clinic's calendar. */
@Injectable()
export class BusinessReportsService {
  constructor(
    @Inject(PrismaClient) private readonly database: Database,
    @Inject(REPORT_SOURCE) private readonly source: ReportSource,
    private readonly clinic: ClinicSettingsService,
    private readonly audit: AuditService,
    private readonly locations: LocationsService,
  ) {}

  /** A report's rows, keyed by its columns in their order. Reading it is audited: it names clients and their money. */
  async get(report: BusinessReportKey, query: ReportQuery, actor: Actor): Promise<BusinessReport> {
    const { timeZone, currency } = await this.clinic.get();
    // A location's report counts the days of its calendar.
    const range = reportRange(query, query.locationId ? (await this.locations.get(query.locationId)).timeZone : timeZone);
    const { result: rows, freshness } = await this.source.read((reader) => REPORT_QUERIES[report](reader, range));
    const { columns } = BUSINESS_REPORTS[report];
    await this.audit.record(this.database, actor, { action: 'business_report.read', entityType: 'business_report', details: { report, from: query.from, to: query.to } });
    return {
      report,
      from: query.from,
      to: query.to,
      artistId: query.artistId ?? null,
      locationId: query.locationId ?? null,
      currency,
      columns: columns.map(({ key, label, kind }) => ({ key, label, kind })),
      rows: rows.map((row) => Object.fromEntries(columns.map(({ key }) => [key, plainValue(row[key])]))),
      generatedAt: new Date().toISOString(),
      ...freshness,
    };
  }
}

/** Sums come back from PostgreSQL as bigints; amounts in minor units fit a number exactly. */
function plainValue(value: unknown): string | number | null {
  if (typeof value === 'bigint') return Number(value);
  return (value ?? null) as string | number | null;
}
