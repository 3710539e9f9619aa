import { Inject, Injectable } from '@nestjs/common';
import type { Actor } from '../audit/actor.js';
import { AuditService } from '../audit/audit.service.js';
import { HISTORY_ENTRY_TYPES, type HistoryEntry } from '@smp/contracts';
import { Prisma, PrismaClient } from '../generated/prisma/client.js';
import { positionAfter, toPage } from '../http/keyset-cursor.js';
import { existingClient } from '../shared/client-checks.js';
import type { Database } from '../database/database.js';
import { recordChangeInWords } from './record-change-words.js';

interface HistoryRow {
  type: HistoryEntry['type'];
  at: Date;
  id: string;
  title: string;
  detail: string | null;
  staff_id: string | null;
  staff_name: string | null;
  link_type: string | null;
  link_id: string | null;
}

/**
 * One timeline of a client's treatment, newest first: consultations, screenings,
 * plans, sessions and visits, photos, addenda and changes to the record. One query
 * over the client's rows (each branch uses a client index), paged by time.
 */
@Injectable()
export class ClientHistoryQueries {
  constructor(
    @Inject(PrismaClient) private readonly database: Database,
    private readonly audit: AuditService,
  ) {}

  /** Reading the history is reading the client's record, so it is audited as such. */
  async timeline(
    clientId: string,
    options: { types?: string[] | undefined; cursor?: string | undefined; limit: number; view?: string | undefined },
    actor: Actor,
  ): Promise<{ items: HistoryEntry[]; nextCursor: string | null }> {
    await existingClient(this.database, clientId);
    const after = positionAfter(options.cursor, 2, ([at]) => !Number.isNaN(Date.parse(at ?? '')));
    await this.audit.recordClientRead(actor, clientId, options.view, { history: true });
    const types = options.types?.length ? options.types : [...HISTORY_ENTRY_TYPES];
    const rows = await this.database.$queryRaw<HistoryRow[]>`
      SELECT * FROM (
      -- Milliseconds, as the cursor carries them, so paging neither skips nor repeats.
      SELECT type, date_trunc('milliseconds', at) AS at, id, title, detail, staff_id, staff_name, link_type, link_id FROM (
        SELECT 'consultation' AS type, a.starts_at AS at, c.id::text AS id,
               'Consultation (' || replace(c.mode, '_', ' ') || ')' AS title,
               CASE WHEN c.recorded_at IS NOT NULL THEN 'Recorded: ' || replace(c.desired_style, '_', ' ')
                    ELSE 'Appointment ' || replace(a.status, '_', ' ') END AS detail,
               s.id AS staff_id, s.name AS staff_name, 'consultation' AS link_type, c.id AS link_id
        FROM consultations c JOIN appointments a ON a.id = c.appointment_id JOIN staff s ON s.id = a.artist_id
        WHERE c.client_id = ${clientId}::uuid
        UNION ALL
        SELECT 'screening', sc.signed_at, sc.id::text, 'Screening signed', 'Outcome when signed: ' || replace(sc.answered_outcome, '_', ' '),
               s.id, s.name, 'screening', sc.id
        FROM screenings sc JOIN staff s ON s.id = sc.conducted_by WHERE sc.client_id = ${clientId}::uuid
        UNION ALL
        SELECT 'plan', p.created_at, p.id::text, 'Treatment plan: ' || replace(p.style, '_', ' '), 'Status: ' || p.status,
               s.id, s.name, 'treatment_plan', p.id
        FROM treatment_plans p JOIN staff s ON s.id = p.artist_id WHERE p.client_id = ${clientId}::uuid
        UNION ALL
        SELECT 'session', r.completed_at, r.id::text, 'Session recorded',
               replace(array_to_string(r.areas_treated, ', '), '_', ' ') || '; pain ' || r.pain_level || '/10', s.id, s.name, 'session_record', r.id
        FROM session_records r JOIN staff s ON s.id = r.artist_id WHERE r.client_id = ${clientId}::uuid
        UNION ALL
        -- The words the calendar uses: "Session 2 completed", "Touch-up no-show", "Fade check completed".
        SELECT 'appointment', a.starts_at, a.id::text,
               CASE a.kind WHEN 'plan_session' THEN 'Session ' || ps.number WHEN 'touch_up' THEN 'Touch-up'
                           WHEN 'fade_check' THEN 'Fade check' WHEN 'laser' THEN 'Laser removal' ELSE initcap(a.kind) END
                 || ' ' || CASE a.status WHEN 'no_show' THEN 'no-show' ELSE replace(a.status, '_', ' ') END,
               a.cancellation_reason, s.id, s.name, 'appointment', a.id
        FROM appointments a JOIN staff s ON s.id = a.artist_id LEFT JOIN plan_sessions ps ON ps.id = a.plan_session_id
        WHERE a.client_id = ${clientId}::uuid AND a.kind <> 'consultation'
        UNION ALL
        SELECT 'photo', ph.taken_at, ph.id::text, initcap(ph.view) || ' photo' || COALESCE(' (' || ph.phase || ')', ''), NULL,
               s.id, s.name, 'photo', ph.id
        FROM client_photos ph JOIN staff s ON s.id = ph.uploaded_by WHERE ph.client_id = ${clientId}::uuid
        UNION ALL
        SELECT 'addendum', ad.created_at, ad.id::text, 'Addendum to a session record', ad.reason, s.id, s.name, 'session_record', r.id
        FROM session_addenda ad JOIN session_records r ON r.id = ad.session_record_id JOIN staff s ON s.id = ad.author_id
        WHERE r.client_id = ${clientId}::uuid
        UNION ALL
        -- Action and field names, put into words below.
        SELECT 'record_change', e.occurred_at, e.id::text, e.action, array_to_string(e.changed_fields, ','), s.id, s.name, NULL, NULL
        FROM audit_events e LEFT JOIN staff s ON s.id = e.actor_id
        WHERE e.client_id = ${clientId}::uuid AND e.action IN ('client.create', 'client.update', 'client.archive', 'client.restore')
      ) raw) timeline
      WHERE type IN (${Prisma.join(types)})
        AND (${after === null} OR (at, id) < (${after ? new Date(after[0]!) : new Date(0)}::timestamptz, ${after?.[1] ?? ''}))
      ORDER BY at DESC, id DESC
      LIMIT ${options.limit + 1}`;
    return toPage(
      rows,
      options.limit,
      (row): HistoryEntry => ({
        type: row.type,
        at: row.at.toISOString(),
        id: row.id,
        ...(row.type === 'record_change' ? { title: recordChangeInWords(row.title, row.detail?.split(',').filter(Boolean) ?? []), detail: null } : { title: row.title, detail: row.detail }),
        staff: row.staff_id ? { id: row.staff_id, name: row.staff_name! } : null,
        link: row.link_type && row.link_id ? { type: row.link_type, id: row.link_id } : null,
      }),
      (row) => [row.at.toISOString(), row.id],
    );
  }
}
