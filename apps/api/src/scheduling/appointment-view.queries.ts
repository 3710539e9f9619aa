import { Inject, Injectable } from '@nestjs/common';
import { MAX_APPOINTMENT_MINUTES } from '@smp/contracts';
import { Prisma, PrismaClient } from '../generated/prisma/client.js';
import type { Database } from '../database/database.js';
import type { AppointmentWithPeople } from './appointment-view.js';

/** Only one artist's appointments, or only those at some locations. */
export interface CalendarFilter {
  artistId?: string | undefined;
  locationIds?: string[] | undefined;
}

/** 42 days of 20 artists' full days; a guard, not a page size. */
const CALENDAR_LIMIT = 10_000;

/**
 * Appointments as the calendar shows them, with their client, artist, room, plan
 * session and consultation joined in: one query, and no list of ids sent back.
 */
function appointmentsWhere(condition: Prisma.Sql, limit: number): Prisma.Sql {
  return Prisma.sql`
    SELECT a.id, a.kind, a.status, a.client_id AS "clientId", a.starts_at AS "startsAt", a.ends_at AS "endsAt",
           a.notes, a.cancellation_reason AS "cancellationReason", a.cancelled_at AS "cancelledAt",
           a.late_cancellation AS "lateCancellation", a.override_reason AS "overrideReason",
           a.created_at AS "createdAt", a.updated_at AS "updatedAt", a.correction_plan_id AS "correctionPlanId",
           a.reschedule_requested_at AS "rescheduleRequestedAt", a.reschedule_request_note AS "rescheduleRequestNote",
           (SELECT max(event.occurred_at) FROM appointment_events event
            WHERE event.appointment_id = a.id AND event.by_client AND event.to_status = 'confirmed') AS "confirmedByClientAt",
           json_build_object('id', client.id, 'firstName', client.first_name, 'lastName', client.last_name) AS client,
           json_build_object('id', artist.id, 'name', artist.name) AS artist,
           CASE WHEN room.id IS NOT NULL THEN json_build_object('id', room.id, 'name', room.name) END AS room,
           json_build_object('id', location.id, 'name', location.name,
                             'timeZone', coalesce(location.time_zone, (SELECT time_zone FROM clinic_settings))) AS location,
           CASE WHEN session.id IS NOT NULL THEN json_build_object('id', session.id, 'planId', session.plan_id, 'number', session.number, 'style', plan.style) END AS "planSession",
           CASE WHEN consultation.id IS NOT NULL THEN json_build_object('id', consultation.id) END AS consultation
    FROM appointments a
    JOIN clients client ON client.id = a.client_id
    JOIN staff artist ON artist.id = a.artist_id
    JOIN locations location ON location.id = a.location_id
    LEFT JOIN rooms room ON room.id = a.room_id
    LEFT JOIN plan_sessions session ON session.id = a.plan_session_id
    LEFT JOIN treatment_plans plan ON plan.id = session.plan_id
    LEFT JOIN consultations consultation ON consultation.appointment_id = a.id
    WHERE ${condition}
    ORDER BY a.starts_at, a.id
    LIMIT ${limit}`;
}

/**
 * What overlaps [start, end), cancelled appointments included. Whatever overlaps
 * started less than the longest appointment before `start` (the database's CHECK
 * holds that bound), which lets the index on starts_at answer.
 */
export function calendarSql(window: { start: Date; end: Date }, only: CalendarFilter = {}): Prisma.Sql {
  const earliestStart = new Date(window.start.getTime() - MAX_APPOINTMENT_MINUTES * 60_000);
  return appointmentsWhere(
    Prisma.sql`a.starts_at < ${window.end} AND a.starts_at > ${earliestStart} AND a.ends_at > ${window.start}
               ${only.artistId ? Prisma.sql`AND a.artist_id = ${only.artistId}::uuid` : Prisma.empty}
               ${only.locationIds ? Prisma.sql`AND a.location_id = ANY(${only.locationIds}::uuid[])` : Prisma.empty}`,
    CALENDAR_LIMIT,
  );
}

@Injectable()
export class AppointmentViewQueries {
  constructor(@Inject(PrismaClient) private readonly database: Database) {}

  async one(appointmentId: string): Promise<AppointmentWithPeople | null> {
    const [row] = await this.database.$queryRaw<AppointmentWithPeople[]>(appointmentsWhere(Prisma.sql`a.id = ${appointmentId}::uuid`, 1));
    return row ?? null;
  }

  /** In start order. */
  calendar(window: { start: Date; end: Date }, only?: CalendarFilter): Promise<AppointmentWithPeople[]> {
    return this.database.$queryRaw<AppointmentWithPeople[]>(calendarSql(window, only));
  }
}
