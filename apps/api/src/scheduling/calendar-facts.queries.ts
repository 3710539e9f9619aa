import { Inject, Injectable } from '@nestjs/common';
import { addCalendarDays, zonedInstant, type ClinicSettings, type WorkingInterval } from '@smp/contracts';
import { PrismaClient } from '../generated/prisma/client.js';
import { sqlPool, type Database } from '../database/database.js';
import { ClinicSettingsService } from '../clinic/clinic-settings.service.js';
import { workingSpans, type Span } from './working-time.js';

export interface CalendarFacts {
  settings: ClinicSettings;
  rangeStart: number;
  rangeEnd: number;
  weekly: Map<string, WorkingInterval[]>;
  /** Days each artist does not work, and days the clinic is closed. */
  daysOff: Map<string, Set<string>>;
  closedDays: Set<string>;
  busyByArtist: Map<string, Span[]>;
  /** Rooms in use, each with its appointments. */
  busyByRoom: Map<string, Span[]>;
}

interface DaysRow {
  starts_on: string;
  ends_on: string;
}

function eachDay(from: string, to: string): string[] {
  const days: string[] = [];
  for (let day = from; day <= to; day = addCalendarDays(day, 1)) days.push(day);
  return days;
}

/**
 * Everything that decides whether time is free, for some artists over some days,
 * in a handful of indexed queries: their hours, time off, closures, and the
 * appointments that overlap the range (never the whole history).
 */
@Injectable()
export class CalendarFactsQueries {
  constructor(
    @Inject(PrismaClient) private readonly database: Database,
    private readonly clinic: ClinicSettingsService,
  ) {}

  async load(artistIds: string[], fromDate: string, toDate: string, ignoreAppointmentId?: string): Promise<CalendarFacts> {
    const settings = await this.clinic.get();
    const rangeStart = zonedInstant(fromDate, '00:00', settings.timeZone);
    const rangeEnd = zonedInstant(addCalendarDays(toDate, 1), '00:00', settings.timeZone);
    // Straight to pg: availability runs these on every search, and Prisma's per-query work cost more than the SQL.
    const sql = sqlPool(this.database);
    const [hours, timeOff, closures, rooms, appointments] = await Promise.all([
      sql.query<{ staff_id: string; weekday: number; starts: string; ends: string }>(
        `SELECT staff_id, weekday, to_char(starts, 'HH24:MI') AS starts, to_char(ends, 'HH24:MI') AS ends
         FROM artist_working_hours WHERE staff_id = ANY($1::uuid[])`,
        [artistIds],
      ),
      sql.query<DaysRow & { staff_id: string }>(
        `SELECT staff_id, starts_on::text, ends_on::text FROM artist_time_off
         WHERE staff_id = ANY($1::uuid[]) AND ends_on >= $2::date AND starts_on <= $3::date`,
        [artistIds, fromDate, toDate],
      ),
      sql.query<DaysRow>(`SELECT starts_on::text, ends_on::text FROM clinic_closures WHERE ends_on >= $1::date AND starts_on <= $2::date`, [fromDate, toDate]),
      sql.query<{ id: string }>(`SELECT id FROM rooms WHERE archived_at IS NULL ORDER BY name`),
      sql.query<{ artist_id: string; room_id: string | null; starts_at: Date; ends_at: Date }>(
        `SELECT artist_id, room_id, starts_at, ends_at FROM appointments
         WHERE status NOT IN ('cancelled', 'no_show')
           AND tstzrange(starts_at, ends_at) && tstzrange($1, $2)
           AND id <> $3::uuid`,
        [rangeStart, rangeEnd, ignoreAppointmentId ?? '00000000-0000-0000-0000-000000000000'],
      ),
    ]);
    const weekly = new Map(artistIds.map((id) => [id, [] as WorkingInterval[]]));
    for (const row of hours.rows) weekly.get(row.staff_id)!.push({ weekday: row.weekday, starts: row.starts, ends: row.ends });
    const daysOff = new Map(artistIds.map((id) => [id, new Set<string>()]));
    for (const row of timeOff.rows) for (const day of eachDay(row.starts_on, row.ends_on)) daysOff.get(row.staff_id)!.add(day);
    const closedDays = new Set(closures.rows.flatMap((row) => eachDay(row.starts_on, row.ends_on)));
    const busyByArtist = new Map<string, Span[]>();
    const busyByRoom = new Map<string, Span[]>(rooms.rows.map((room) => [room.id, []]));
    for (const row of appointments.rows) {
      const span = { start: row.starts_at.getTime(), end: row.ends_at.getTime() };
      if (!busyByArtist.has(row.artist_id)) busyByArtist.set(row.artist_id, []);
      busyByArtist.get(row.artist_id)!.push(span);
      if (row.room_id) busyByRoom.get(row.room_id)?.push(span);
    }
    return { settings, rangeStart: rangeStart.getTime(), rangeEnd: rangeEnd.getTime(), weekly, daysOff, closedDays, busyByArtist, busyByRoom };
  }
}

/** An artist's working spans on a day, from loaded facts. */
export function artistSpans(facts: CalendarFacts, artistId: string, date: string): Span[] {
  const closed = facts.closedDays.has(date) || (facts.daysOff.get(artistId)?.has(date) ?? false);
  return workingSpans(date, facts.weekly.get(artistId) ?? [], facts.settings.openingHours, closed, facts.settings.timeZone);
}

export { eachDay };
