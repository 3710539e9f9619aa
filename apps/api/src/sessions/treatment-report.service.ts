import { Inject, Injectable } from '@nestjs/common';
import { zonedInstant, addCalendarDays, type ReportFreshness, type treatmentReportQuerySchema } from '@smp/contracts';
import type { z } from 'zod';
import { PrismaClient } from '../generated/prisma/client.js';
import type { Database } from '../database/database.js';
import { REPORT_SOURCE, type ReportSource } from '../database/report-source.js';
import { ClinicSettingsService } from '../clinic/clinic-settings.service.js';
import type { Actor } from '../audit/actor.js';
import { AuditService } from '../audit/audit.service.js';
import { treatmentReportCsv } from './treatment-report-csv.js';

type ReportQuery = z.output<typeof treatmentReportQuerySchema>;

/** A report shows at most this many sessions, newest first, and says when there are more. */
const REPORT_ROW_LIMIT = 10_000;

export interface ReportRow {
  sessionRecordId: string;
  completedAt: string;
  client: { id: string; name: string };
  artist: { id: string; name: string };
  style: string | null;
  planStatus: string | null;
  sessionNumber: number | null;
  pigmentLots: string[];
  needleLot: string;
}

/** Every client's sessions for owners, filtered, with counts per artist and per style, and a CSV of the same rows. */
@Injectable()
export class TreatmentReportService {
  constructor(
    @Inject(PrismaClient) private readonly database: Database,
    @Inject(REPORT_SOURCE) private readonly source: ReportSource,
    private readonly clinic: ClinicSettingsService,
    private readonly audit: AuditService,
  ) {}

  /** The report as owners open it: it names clients and their treatment, so opening it is audited. */
  async read(query: ReportQuery, actor: Actor) {
    const report = await this.report(query);
    await this.audit.record(this.database, actor, { action: 'report.export', entityType: 'treatment_report', details: { format: 'json', rows: report.rows.length } });
    return report;
  }

  private async report(query: ReportQuery) {
    const { timeZone } = await this.clinic.get();
    const { result: records, freshness } = await this.source.read((reader) =>
      reader.sessionRecord.findMany({
        where: {
          ...(query.artistId ? { artistId: query.artistId } : {}),
          ...(query.from || query.to
            ? {
                completedAt: {
                  ...(query.from ? { gte: zonedInstant(query.from, '00:00', timeZone) } : {}),
                  ...(query.to ? { lt: zonedInstant(addCalendarDays(query.to, 1), '00:00', timeZone) } : {}),
                },
              }
            : {}),
          ...(query.style || query.planStatus
            ? { appointment: { planSession: { plan: { ...(query.style ? { style: query.style } : {}), ...(query.planStatus ? { status: query.planStatus } : {}) } } } }
            : {}),
        },
        include: {
          client: { select: { id: true, firstName: true, lastName: true } },
          artist: { select: { id: true, name: true } },
          needleLot: { select: { lotNumber: true } },
          pigments: { include: { pigmentLot: { select: { lotNumber: true } } } },
          appointment: { select: { planSession: { select: { number: true, plan: { select: { style: true, status: true } } } } } },
        },
        orderBy: [{ completedAt: 'desc' }, { id: 'desc' }],
        take: REPORT_ROW_LIMIT,
      }),
    );
    const rows: ReportRow[] = records.map((record) => ({
      sessionRecordId: record.id,
      completedAt: record.completedAt.toISOString(),
      client: { id: record.client.id, name: `${record.client.firstName} ${record.client.lastName}` },
      artist: record.artist,
      style: record.appointment.planSession?.plan.style ?? null,
      planStatus: record.appointment.planSession?.plan.status ?? null,
      sessionNumber: record.appointment.planSession?.number ?? null,
      pigmentLots: record.pigments.map((use) => use.pigmentLot.lotNumber),
      needleLot: record.needleLot.lotNumber,
    }));
    const countBy = <Key>(key: (row: ReportRow) => Key, id: (key: Key) => string) => {
      const counts = new Map<string, { key: Key; sessions: number }>();
      for (const row of rows) {
        const value = key(row);
        const entry = counts.get(id(value)) ?? { key: value, sessions: 0 };
        entry.sessions += 1;
        counts.set(id(value), entry);
      }
      return [...counts.values()].sort((a, b) => b.sessions - a.sessions);
    };
    return {
      rows,
      countsByArtist: countBy(
        (row) => row.artist,
        (artist) => artist.id,
      ).map((entry) => ({ artist: entry.key, sessions: entry.sessions })),
      countsByStyle: countBy(
        (row) => row.style ?? 'no plan',
        (style) => style,
      ).map((entry) => ({ style: entry.key, sessions: entry.sessions })),
      truncated: rows.length === REPORT_ROW_LIMIT,
      generatedAt: new Date().toISOString(),
      ...freshness,
    };
  }

  /** The report's rows as CSV, with how fresh they are; exporting names and dates of treatment is audited. */
  async csv(query: ReportQuery, actor: Actor): Promise<{ csv: string; freshness: ReportFreshness }> {
    const [{ rows, dataAsOf, readFrom }, { timeZone }] = await Promise.all([this.report(query), this.clinic.get()]);
    await this.audit.record(this.database, actor, { action: 'report.export', entityType: 'treatment_report', details: { format: 'csv', rows: rows.length } });
    return { csv: treatmentReportCsv(rows, timeZone), freshness: { dataAsOf, readFrom } };
  }
}
