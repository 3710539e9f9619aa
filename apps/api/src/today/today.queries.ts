import { Inject, Injectable } from '@nestjs/common';
import type { ExpiringCertification } from '@smp/contracts';
import { PrismaClient } from '../generated/prisma/client.js';
import type { Database } from '../database/database.js';
import { fromIsoDate, toIsoDate } from '../database/column-values.js';
import { calendarSql, type CalendarFilter } from '../scheduling/appointment-view.queries.js';
import type { AppointmentWithPeople } from '../scheduling/appointment-view.js';

export interface ClientOverride {
  clientId: string;
  screeningId: string | null;
  validUntil: string;
}

/** What the Today page reads, each in one indexed query whatever the number of rows. */
@Injectable()
export class TodayQueries {
  constructor(@Inject(PrismaClient) private readonly database: Database) {}

  /** In start order, with the people they link (the calendar's query). */
  appointments(window: { start: Date; end: Date }, only: CalendarFilter): Promise<AppointmentWithPeople[]> {
    return this.database.$queryRaw<AppointmentWithPeople[]>(calendarSql(window, only));
  }

  /** Owners' overrides of these clients' screenings still in force on `fromDay` or later. */
  async overrides(clientIds: string[], fromDay: string): Promise<ClientOverride[]> {
    if (clientIds.length === 0) return [];
    const rows = await this.database.eligibilityOverride.findMany({
      where: { clientId: { in: clientIds }, validUntil: { gte: fromIsoDate(fromDay)! } },
      select: { clientId: true, screeningId: true, validUntil: true },
    });
    return rows.map((row) => ({ clientId: row.clientId, screeningId: row.screeningId, validUntil: toIsoDate(row.validUntil)! }));
  }

  /** Certifications of active staff that end from `fromDay` to `untilDay`, soonest first. */
  async expiringCertifications(fromDay: string, untilDay: string): Promise<ExpiringCertification[]> {
    const rows = await this.database.artistCertification.findMany({
      where: { removedAt: null, expiresOn: { gte: fromIsoDate(fromDay)!, lte: fromIsoDate(untilDay)! }, staff: { deactivatedAt: null } },
      select: { name: true, expiresOn: true, requiredForTreatment: true, staff: { select: { id: true, name: true } } },
      orderBy: [{ expiresOn: 'asc' }, { name: 'asc' }],
    });
    return rows.map((row) => ({ staff: row.staff, name: row.name, expiresOn: toIsoDate(row.expiresOn)!, requiredForTreatment: row.requiredForTreatment }));
  }
}
