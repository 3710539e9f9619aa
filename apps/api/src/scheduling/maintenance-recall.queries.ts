import { Inject, Injectable } from '@nestjs/common';
import { dateInZone, HOLDING_STATUSES, maintenanceRecall, type ClinicSettings, type MaintenanceRecall, type SunExposure } from '@smp/contracts';
import { Prisma, PrismaClient } from '../generated/prisma/client.js';
import type { Database } from '../database/database.js';
import { toIsoDate } from '../database/column-values.js';

/** Visits that put pigment in: the recall counts from the last of them, booked ones included (a booked touch-up answers the recall). */
const SESSION_KINDS = ['plan_session', 'touch_up', 'maintenance'];

export interface ClientRecall {
  clientId: string;
  plan: { id: string; style: string; artistId: string };
  recall: MaintenanceRecall;
}

interface RecallRow {
  client_id: string;
  plan_id: string;
  style: string;
  artist_id: string;
  last_session_at: Date | null;
  sun_exposure: SunExposure | null;
  assessed_on: Date | null;
  highest_score: number | null;
}

/**
 * The maintenance recall of clients whose latest plan is completed, from the facts
 * the rule needs, in one query: the last session, the sun exposure of the latest
 * consultation that asked, and the latest fade assessment with its highest score.
 */
@Injectable()
export class MaintenanceRecallQueries {
  constructor(@Inject(PrismaClient) private readonly database: Database) {}

  /** Every client not archived whose latest completed plan is due on or before `onDay`. */
  async dueBy(onDay: string, settings: ClinicSettings): Promise<ClientRecall[]> {
    const recalls = await this.recalls(Prisma.sql`cl.archived_at IS NULL`, settings);
    return recalls.filter((candidate) => candidate.recall.dueOn <= onDay);
  }

  async forClient(clientId: string, settings: ClinicSettings): Promise<ClientRecall | null> {
    return (await this.recalls(Prisma.sql`cl.id = ${clientId}::uuid`, settings))[0] ?? null;
  }

  private async recalls(which: Prisma.Sql, settings: ClinicSettings): Promise<ClientRecall[]> {
    const rows = await this.database.$queryRaw<RecallRow[]>`
      SELECT p.client_id, p.id AS plan_id, p.style, p.artist_id,
             (SELECT max(a.ends_at) FROM appointments a
               WHERE a.client_id = p.client_id AND a.kind = ANY(${SESSION_KINDS}) AND a.status = ANY(${[...HOLDING_STATUSES]})) AS last_session_at,
             (SELECT c.sun_exposure FROM consultations c
               WHERE c.client_id = p.client_id AND c.sun_exposure IS NOT NULL ORDER BY c.recorded_at DESC LIMIT 1) AS sun_exposure,
             fade.assessed_on, fade.highest_score
        FROM (SELECT DISTINCT ON (client_id) id, client_id, style, artist_id FROM treatment_plans
               WHERE status = 'completed' ORDER BY client_id, completed_at DESC) p
        JOIN clients cl ON cl.id = p.client_id
        LEFT JOIN LATERAL (
          SELECT f.assessed_on, (SELECT max(score)::int FROM fade_assessment_areas s WHERE s.fade_assessment_id = f.id) AS highest_score
            FROM fade_assessments f WHERE f.client_id = p.client_id ORDER BY f.assessed_on DESC, f.recorded_at DESC LIMIT 1
        ) fade ON true
       WHERE ${which}`;
    return rows.flatMap((row) => {
      if (!row.last_session_at) return [];
      const recall = maintenanceRecall(
        {
          lastSessionOn: dateInZone(row.last_session_at, settings.timeZone),
          sunExposure: row.sun_exposure,
          lastFadeAssessment: row.assessed_on ? { assessedOn: toIsoDate(row.assessed_on)!, highestScore: row.highest_score ?? 0 } : null,
        },
        settings,
      );
      return [{ clientId: row.client_id, plan: { id: row.plan_id, style: row.style, artistId: row.artist_id }, recall }];
    });
  }
}
