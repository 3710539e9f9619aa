import { Inject, Injectable } from '@nestjs/common';
import { calendarFeedRoutes, routePath, type CalendarFeed, type NewCalendarFeed } from '@smp/contracts';
import type { Actor } from '../audit/actor.js';
import { AuditService } from '../audit/audit.service.js';
import { newSecret, tokenHash } from '../auth/secret-tokens.js';
import { ClinicSettingsService } from '../clinic/clinic-settings.service.js';
import type { AppConfig } from '../config/config.js';
import { APP_CONFIG } from '../config/config.module.js';
import { sqlPool, type Database } from '../database/database.js';
import { PrismaClient } from '../generated/prisma/client.js';
import { notFoundProblem } from '../http/problem.js';
import { calendarFeedDocument, feedWindow, type FeedAppointment } from './calendar-feed-document.js';

/**
 * The artist of a live address and their appointments in the window: the holding
 * statuses are written as the artist's exclusion constraint's index says them, so
 * that index (artist, time range) finds the rows.
 */
export function feedSql(hash: Uint8Array, { from, to }: { from: Date; to: Date }): { text: string; values: unknown[] } {
  return {
    text: `SELECT staff.name AS artist_name,
             (SELECT coalesce(json_agg(json_build_object(
                       'id', a.id, 'kind', a.kind, 'startsAt', a.starts_at, 'endsAt', a.ends_at,
                       'clientFirstName', c.first_name, 'clientLastName', c.last_name, 'roomName', r.name,
                       'locationName', l.name) ORDER BY a.starts_at), '[]')
              FROM appointments a
              JOIN clients c ON c.id = a.client_id
              JOIN locations l ON l.id = a.location_id
              LEFT JOIN rooms r ON r.id = a.room_id
              WHERE a.artist_id = feed.staff_id AND a.status NOT IN ('cancelled', 'no_show')
                AND tstzrange(a.starts_at, a.ends_at) && tstzrange($2, $3)) AS appointments
           FROM calendar_feeds feed
           JOIN staff ON staff.id = feed.staff_id AND staff.deactivated_at IS NULL
           WHERE feed.token_hash = $1 AND feed.revoked_at IS NULL`,
    values: [hash, from, to],
  };
}

interface FeedRow {
  artist_name: string;
  appointments: (Omit<FeedAppointment, 'startsAt' | 'endsAt'> & { startsAt: string; endsAt: string })[];
}

/**
 * Each staff member's one live calendar subscription. The token is handed out once
 * and only its SHA-256 kept, so neither a database copy nor the audit trail lets
 * anyone read the feed.
 */
@Injectable()
export class CalendarFeedsService {
  constructor(
    @Inject(PrismaClient) private readonly database: Database,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly audit: AuditService,
    private readonly clinic: ClinicSettingsService,
  ) {}

  async status(staffId: string): Promise<CalendarFeed> {
    const [live] = await this.database.$queryRaw<{ created_at: Date }[]>`
      SELECT created_at FROM calendar_feeds WHERE staff_id = ${staffId}::uuid AND revoked_at IS NULL`;
    return { live: live !== undefined, since: live?.created_at.toISOString() ?? null };
  }

  /** A new secret address; the old one, if any, stops working in the same transaction. */
  async create(staffId: string, actor: Actor): Promise<NewCalendarFeed> {
    const token = newSecret();
    const created = await this.database.$transaction(async (transaction) => {
      const revoked = await transaction.$executeRaw`
        UPDATE calendar_feeds SET revoked_at = now() WHERE staff_id = ${staffId}::uuid AND revoked_at IS NULL`;
      const [row] = await transaction.$queryRaw<{ id: string; created_at: Date }[]>`
        INSERT INTO calendar_feeds (staff_id, token_hash) VALUES (${staffId}::uuid, ${tokenHash(token)}) RETURNING id, created_at`;
      await this.audit.record(transaction, actor, { action: 'calendar_feed.create', entityType: 'calendar_feed', entityId: row!.id, details: { replacedOne: revoked > 0 } });
      return row!;
    });
    return { url: `${this.config.publicUrl}${routePath(calendarFeedRoutes.feed, { token })}`, since: created.created_at.toISOString() };
  }

  async revoke(staffId: string, actor: Actor): Promise<void> {
    await this.database.$transaction(async (transaction) => {
      const [revoked] = await transaction.$queryRaw<{ id: string }[]>`
        UPDATE calendar_feeds SET revoked_at = now() WHERE staff_id = ${staffId}::uuid AND revoked_at IS NULL RETURNING id`;
      if (revoked) await this.audit.record(transaction, actor, { action: 'calendar_feed.revoke', entityType: 'calendar_feed', entityId: revoked.id });
    });
  }

  /**
   * The feed of a live address, in one statement: an unknown address, a revoked
   * one and one of someone no longer working here all answer the same 404.
   */
  async document(token: string): Promise<string> {
    const {
      rows: [feed],
    } = await sqlPool(this.database).query<FeedRow>(feedSql(tokenHash(token), feedWindow(new Date())));
    if (!feed) throw notFoundProblem('The calendar');
    const { name: clinicName } = await this.clinic.get();
    return calendarFeedDocument({
      clinicName,
      artistName: feed.artist_name,
      appointments: feed.appointments.map((appointment) => ({ ...appointment, startsAt: new Date(appointment.startsAt), endsAt: new Date(appointment.endsAt) })),
    });
  }
}
