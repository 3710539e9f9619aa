import { Inject, Injectable } from '@nestjs/common';
import { addCalendarDays, zonedInstant, type ClinicSettings, type WorkingInterval } from '@smp/contracts';
import { PrismaClient } from '../generated/prisma/client.js';
import type { Database } from '../database/database.js';
import { fromIsoDate, toIsoDate } from '../clients/client-record.js';
import { ClinicSettingsService } from '../clinic/clinic-settings.service.js';
import { fromTimeColumn } from './time-columns.js';
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
    const [hours, timeOff, closures, rooms, appointments] = await Promise.all([
      this.database.artistWorkingHours.findMany({ where: { staffId: { in: artistIds } } }),
      this.database.artistTimeOff.findMany({ where: { staffId: { in: artistIds }, endsOn: { gte: fromIsoDate(fromDate)! }, startsOn: { lte: fromIsoDate(toDate)! } } }),
      this.database.clinicClosure.findMany({ where: { endsOn: { gte: fromIsoDate(fromDate)! }, startsOn: { lte: fromIsoDate(toDate)! } } }),
      this.database.room.findMany({ where: { archivedAt: null }, select: { id: true }, orderBy: { name: 'asc' } }),
      this.database.$queryRaw<{ artist_id: string; room_id: string | null; starts_at: Date; ends_at: Date }[]>`
        SELECT artist_id, room_id, starts_at, ends_at FROM appointments
        WHERE status NOT IN ('cancelled', 'no_show')
          AND tstzrange(starts_at, ends_at) && tstzrange(${rangeStart}, ${rangeEnd})
          AND id <> ${ignoreAppointmentId ?? '00000000-0000-0000-0000-000000000000'}::uuid`,
    ]);
    const weekly = new Map(artistIds.map((id) => [id, [] as WorkingInterval[]]));
    for (const row of hours) weekly.get(row.staffId)!.push({ weekday: row.weekday, starts: fromTimeColumn(row.starts), ends: fromTimeColumn(row.ends) });
    const daysOff = new Map(artistIds.map((id) => [id, new Set<string>()]));
    for (const row of timeOff) for (const day of eachDay(toIsoDate(row.startsOn)!, toIsoDate(row.endsOn)!)) daysOff.get(row.staffId)!.add(day);
    const closedDays = new Set(closures.flatMap((row) => eachDay(toIsoDate(row.startsOn)!, toIsoDate(row.endsOn)!)));
    const busyByArtist = new Map<string, Span[]>();
    const busyByRoom = new Map<string, Span[]>(rooms.map((room) => [room.id, []]));
    for (const row of appointments) {
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
