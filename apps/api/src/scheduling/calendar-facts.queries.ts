import { Inject, Injectable } from '@nestjs/common';
import { addCalendarDays, zonedInstant, type ClinicSettings, type OpeningInterval, type WorkingInterval } from '@smp/contracts';
import { PrismaClient } from '../generated/prisma/client.js';
import { sqlPool, type Database } from '../database/database.js';
import { ClinicSettingsService } from '../clinic/clinic-settings.service.js';
import { LocationsService } from '../locations/locations.service.js';
import { BusyTime, workingSpans, type Span } from './working-time.js';

/** Whose facts to load: these artists as they are, or the active artists (every one, or one if it is active). */
export type ArtistsAsked = { ids: string[] } | { active: 'all' | { id: string } };

/** A location in use, with what decides its free time; its days are its own time zone's. */
export interface LocationFacts {
  id: string;
  timeZone: string;
  openingHours: readonly OpeningInterval[];
  /** Its closures and the clinic-wide ones. */
  closedDays: Set<string>;
  /** Its rooms in use, each with its appointments; none unless loaded with rooms. */
  busyByRoom: Map<string, BusyTime>;
}

/** An interval of an artist's week, at the location they work at then. */
export type LocatedInterval = WorkingInterval & { locationId: string };

export interface CalendarFacts {
  settings: ClinicSettings;
  /** The artists loaded, in name order. */
  artistIds: string[];
  /** The locations asked for that are in use, the main one first. */
  locations: LocationFacts[];
  weekly: Map<string, LocatedInterval[]>;
  /** Days each artist does not work. */
  daysOff: Map<string, Set<string>>;
  /** Every appointment of the artist, at whichever location: they are in one place at a time. */
  busyByArtist: Map<string, BusyTime>;
}

/** The facts as JSON arrays, dates as YYYY-MM-DD, times as HH:MM, instants as epoch milliseconds. */
interface FactsRow {
  artists: string[];
  hours: [staffId: string, locationId: string, weekday: number, starts: string, ends: string][];
  time_off: [staffId: string, startsOn: string, endsOn: string][];
  closures: [locationId: string | null, startsOn: string, endsOn: string][];
  rooms: [roomId: string, locationId: string][];
  appointments: [artistId: string, roomId: string | null, start: number, end: number][];
}

/**
 * The instants of some days on several clocks: from the first of their midnights
 * that begin `from` to the last of those that end `to`.
 */
export function daysInZones(from: string, to: string, zones: readonly string[]): { start: Date; end: Date } {
  return {
    start: new Date(Math.min(...zones.map((zone) => zonedInstant(from, '00:00', zone).getTime()))),
    end: new Date(Math.max(...zones.map((zone) => zonedInstant(addCalendarDays(to, 1), '00:00', zone).getTime()))),
  };
}

function eachDay(from: string, to: string): string[] {
  const days: string[] = [];
  for (let day = from; day <= to; day = addCalendarDays(day, 1)) days.push(day);
  return days;
}

/**
 * Everything that decides whether time is free, for some artists over some days,
 * in one statement: their hours, their time off and the clinic's closures cut to
 * the days asked for (a year-long absence is not a year of days on every search),
 * and the appointments (and live online holds) that overlap the range (never the whole history).
 */
@Injectable()
export class CalendarFactsQueries {
  constructor(
    @Inject(PrismaClient) private readonly database: Database,
    private readonly clinic: ClinicSettingsService,
    private readonly locations: LocationsService,
  ) {}

  /**
   * `withRooms`: also the rooms and every appointment that holds one (treatments need
   * a chair); without, only the given artists' appointments are read. `locationIds`:
   * only these locations (every one in use when absent). The days are each location's
   * own, so the range of instants read spans every location's time zone.
   */
  async load(
    asked: ArtistsAsked,
    fromDate: string,
    toDate: string,
    { withRooms = false, ignoreAppointmentId, locationIds }: { withRooms?: boolean; ignoreAppointmentId?: string | undefined; locationIds?: ReadonlySet<string> | undefined } = {},
  ): Promise<CalendarFacts> {
    const [settings, inUse] = await Promise.all([this.clinic.get(), this.locations.inUse()]);
    const locations = inUse.filter((location) => !locationIds || locationIds.has(location.id));
    const { start: rangeStart, end: rangeEnd } = daysInZones(fromDate, toDate, locations.length > 0 ? locations.map((location) => location.timeZone) : [settings.timeZone]);
    const onlyActive = 'active' in asked;
    const ids = 'ids' in asked ? asked.ids : asked.active === 'all' ? null : [asked.active.id];
    // One round trip straight to pg: availability runs this on every search, where
    // Prisma's per-query work and six separate queries cost more than the SQL.
    const {
      rows: [facts],
    } = await sqlPool(this.database).query<FactsRow>(
      `WITH chosen AS (
         SELECT id, name FROM staff
         WHERE CASE WHEN $8 THEN role = 'artist' AND deactivated_at IS NULL AND ($1::uuid[] IS NULL OR id = ANY($1::uuid[])) ELSE id = ANY($1::uuid[]) END)
       SELECT
         (SELECT coalesce(json_agg(id ORDER BY name, id), '[]') FROM chosen) AS artists,
         (SELECT coalesce(json_agg(json_build_array(staff_id, location_id, weekday, to_char(starts, 'HH24:MI'), to_char(ends, 'HH24:MI'))), '[]')
          FROM artist_working_hours WHERE staff_id IN (SELECT id FROM chosen)) AS hours,
         (SELECT coalesce(json_agg(json_build_array(staff_id, greatest(starts_on, $2::date), least(ends_on, $3::date))), '[]')
          FROM artist_time_off WHERE staff_id IN (SELECT id FROM chosen) AND ends_on >= $2::date AND starts_on <= $3::date) AS time_off,
         (SELECT coalesce(json_agg(json_build_array(location_id, greatest(starts_on, $2::date), least(ends_on, $3::date))), '[]')
          FROM clinic_closures WHERE ends_on >= $2::date AND starts_on <= $3::date) AS closures,
         (SELECT coalesce(json_agg(json_build_array(id, location_id) ORDER BY name), '[]') FROM rooms WHERE archived_at IS NULL AND $7) AS rooms,
         (SELECT coalesce(json_agg(json_build_array(artist_id, room_id, floor(extract(epoch FROM starts_at) * 1000), floor(extract(epoch FROM ends_at) * 1000))), '[]')
          FROM (
            SELECT artist_id, room_id, starts_at, ends_at FROM appointments
            WHERE status NOT IN ('cancelled', 'no_show')
              AND tstzrange(starts_at, ends_at) && tstzrange($4, $5)
              AND id <> $6::uuid
              AND (artist_id IN (SELECT id FROM chosen) OR ($7 AND room_id IS NOT NULL))
            -- A slot held for a client confirming online is taken until the hold lapses.
            UNION ALL
            SELECT artist_id, NULL, starts_at, ends_at FROM slot_holds
            WHERE released_at IS NULL AND expires_at > now()
              AND tstzrange(starts_at, ends_at) && tstzrange($4, $5)
              AND artist_id IN (SELECT id FROM chosen)
          ) AS taken) AS appointments`,
      [ids, fromDate, toDate, rangeStart, rangeEnd, ignoreAppointmentId ?? '00000000-0000-0000-0000-000000000000', withRooms, onlyActive],
    );
    const artistIds = facts!.artists;
    const weekly = new Map(artistIds.map((id) => [id, [] as LocatedInterval[]]));
    for (const [staffId, locationId, weekday, starts, ends] of facts!.hours) weekly.get(staffId)!.push({ weekday, starts, ends, locationId });
    const daysOff = new Map(artistIds.map((id) => [id, new Set<string>()]));
    for (const [staffId, startsOn, endsOn] of facts!.time_off) for (const day of eachDay(startsOn, endsOn)) daysOff.get(staffId)!.add(day);
    const appointmentsByArtist = new Map<string, Span[]>(artistIds.map((id) => [id, []]));
    const appointmentsByRoom = new Map<string, Span[]>(facts!.rooms.map(([roomId]) => [roomId, []]));
    for (const [artistId, roomId, start, end] of facts!.appointments) {
      const span = { start, end };
      appointmentsByArtist.get(artistId)?.push(span);
      if (roomId) appointmentsByRoom.get(roomId)?.push(span);
    }
    const busy = (byOwner: Iterable<[string, Span[]]>) => new Map([...byOwner].map(([id, spans]) => [id, new BusyTime(spans)]));
    return {
      settings,
      artistIds,
      locations: locations.map((location) => ({
        id: location.id,
        timeZone: location.timeZone,
        openingHours: location.openingHours,
        closedDays: new Set(facts!.closures.filter(([closedId]) => closedId === null || closedId === location.id).flatMap(([, startsOn, endsOn]) => eachDay(startsOn, endsOn))),
        busyByRoom: busy(facts!.rooms.filter(([, roomLocation]) => roomLocation === location.id).map(([roomId]) => [roomId, appointmentsByRoom.get(roomId)!])),
      })),
      weekly,
      daysOff,
      busyByArtist: busy(appointmentsByArtist),
    };
  }
}

/** An artist's working spans on a day of a location's calendar, from loaded facts. */
export function artistSpans(facts: CalendarFacts, artistId: string, date: string, location: LocationFacts): Span[] {
  const closed = location.closedDays.has(date) || (facts.daysOff.get(artistId)?.has(date) ?? false);
  const there = (facts.weekly.get(artistId) ?? []).filter((interval) => interval.locationId === location.id);
  return workingSpans(date, there, location.openingHours, closed, location.timeZone);
}

export { eachDay };
