import { Inject, Injectable } from '@nestjs/common';
import type { ScreeningAnswer, ScreeningStatus } from '@smp/contracts';
import { PrismaClient } from '../generated/prisma/client.js';
import type { Database } from '../database/database.js';
import { ClinicSettingsService } from '../clinic/clinic-settings.service.js';
import { dateInZone } from '@smp/contracts';
import { toIsoDate } from '../database/column-values.js';
import { screeningStanding, type LatestScreening, type ScreeningStanding } from './screening-status.js';

interface LatestRow {
  client_id: string;
  screening_id: string;
  questionnaire_version: string;
  answers: Record<string, ScreeningAnswer>;
  valid_until: Date;
  cleared_question_ids: string[];
  patch_test_passed: boolean;
}

/**
 * Clients' screening standing, for one client or a whole page of them in one
 * query: their latest screening, the items cleared since, and whether the latest
 * patch test of some pigment was passed (session records then check each pigment used).
 */
@Injectable()
export class ScreeningStandingQueries {
  constructor(
    @Inject(PrismaClient) private readonly database: Database,
    private readonly settings: ClinicSettingsService,
  ) {}

  async latestScreenings(clientIds: string[]): Promise<Map<string, LatestScreening & { screeningId: string }>> {
    if (clientIds.length === 0) return new Map();
    const rows = await this.database.$queryRaw<LatestRow[]>`
      SELECT DISTINCT ON (s.client_id)
             s.client_id, s.id AS screening_id, s.questionnaire_version, s.answers, s.valid_until,
             ARRAY(SELECT c.question_id FROM screening_clearances c WHERE c.screening_id = s.id) AS cleared_question_ids,
             COALESCE((SELECT bool_or(latest.result = 'passed')
                       FROM (SELECT DISTINCT ON (COALESCE(p.pigment_id::text, lower(p.pigment))) p.result FROM patch_tests p
                             WHERE p.client_id = s.client_id
                             ORDER BY COALESCE(p.pigment_id::text, lower(p.pigment)), p.read_on DESC, p.recorded_at DESC) latest), false)
               AS patch_test_passed
      FROM screenings s
      WHERE s.client_id = ANY(${clientIds}::uuid[])
      ORDER BY s.client_id, s.signed_at DESC, s.id DESC`;
    return new Map(
      rows.map((row) => [
        row.client_id,
        {
          screeningId: row.screening_id,
          questionnaireVersion: row.questionnaire_version,
          answers: row.answers,
          validUntil: toIsoDate(row.valid_until)!,
          clearedQuestionIds: new Set(row.cleared_question_ids),
          patchTestPassed: row.patch_test_passed,
        },
      ]),
    );
  }

  /** Each client's standing on `onDate`, today in the clinic's calendar when not given. */
  async standings(clientIds: string[], onDate?: string): Promise<Map<string, ScreeningStanding & { screeningId: string | null }>> {
    const [latest, settings] = await Promise.all([this.latestScreenings(clientIds), this.settings.get()]);
    const day = onDate ?? dateInZone(new Date(), settings.timeZone);
    return new Map(
      clientIds.map((clientId) => {
        const screening = latest.get(clientId) ?? null;
        return [clientId, { ...screeningStanding(screening, settings.injectablesDeferDays, day), screeningId: screening?.screeningId ?? null }];
      }),
    );
  }

  async statuses(clientIds: string[]): Promise<Map<string, ScreeningStatus>> {
    const standings = await this.standings(clientIds);
    return new Map([...standings].map(([clientId, standing]) => [clientId, standing.status]));
  }
}
