import { Inject, Injectable } from '@nestjs/common';
import { dateInZone, type ArtistSchedule, type Room, type artistHoursInputSchema, type closureInputSchema, type roomInputSchema, type timeOffInputSchema } from '@smp/contracts';
import type { z } from 'zod';
import { PrismaClient } from '../generated/prisma/client.js';
import type { Database } from '../database/database.js';
import { fromIsoDate, fromTimeColumn, toIsoDate, toTimeColumn } from '../database/column-values.js';
import { conflictProblem, notFoundProblem, validationProblem } from '../http/problem.js';
import type { Actor } from '../audit/actor.js';
import { AuditService } from '../audit/audit.service.js';
import { ClinicSettingsService } from '../clinic/clinic-settings.service.js';
import { LocationsService } from '../locations/locations.service.js';
import type { Transaction } from '../database/database.js';

type Closure = z.output<typeof closureInputSchema>;
type RoomInput = z.output<typeof roomInputSchema>;

/** What bookings need around them: rooms, artists' hours and time off, clinic closures. */
@Injectable()
export class ResourcesService {
  constructor(
    @Inject(PrismaClient) private readonly database: Database,
    private readonly audit: AuditService,
    private readonly clinic: ClinicSettingsService,
    private readonly locations: LocationsService,
  ) {}

  async rooms(): Promise<Room[]> {
    const rows = await this.database.room.findMany({ orderBy: [{ archivedAt: { sort: 'desc', nulls: 'first' } }, { name: 'asc' }] });
    return rows.map((row) => ({ id: row.id, name: row.name, archived: row.archivedAt !== null, locationId: row.locationId }));
  }

  /** A room at a location in use: the main one unless the input names another. */
  async addRoom(input: RoomInput, actor: Actor): Promise<Room[]> {
    const { id: locationId } = await this.locations.inUseOrMain(input.locationId);
    if (await this.database.room.findUnique({ where: { locationId_name: { locationId, name: input.name } } })) {
      throw conflictProblem('Conflict', 'A room at this location has this name', 'name');
    }
    await this.database.$transaction(async (transaction) => {
      const room = await transaction.room.create({ data: { name: input.name, locationId } });
      await this.audit.record(transaction, actor, { action: 'resources.update', entityType: 'room', entityId: room.id, changedFields: ['name'] });
    });
    return this.rooms();
  }

  /** A room out of use keeps its history; it is no longer offered for bookings. It comes back only at a location in use. */
  async setRoomArchived(roomId: string, archived: boolean, actor: Actor): Promise<Room[]> {
    await this.database.$transaction(async (transaction) => {
      const room = await transaction.room.findUnique({ where: { id: roomId }, select: { location: { select: { archivedAt: true } } } });
      if (!room) throw notFoundProblem('The room');
      if (!archived && room.location.archivedAt) throw conflictProblem('Location out of use', 'The room’s location is out of use: put the location back in use first');
      await transaction.room.update({ where: { id: roomId }, data: { archivedAt: archived ? new Date() : null } });
      await this.audit.record(transaction, actor, { action: 'resources.update', entityType: 'room', entityId: roomId, changedFields: ['archived'] });
    });
    return this.rooms();
  }

  async schedule(artistId: string): Promise<ArtistSchedule> {
    const today = dateInZone(new Date(), (await this.clinic.get()).timeZone);
    const artist = await this.database.staff.findFirst({
      where: { id: artistId, role: 'artist' },
      include: {
        workingHours: { orderBy: [{ weekday: 'asc' }, { starts: 'asc' }] },
        timeOff: { where: { endsOn: { gte: fromIsoDate(today)! } }, orderBy: { startsOn: 'asc' } },
      },
    });
    if (!artist) throw notFoundProblem('The artist');
    return {
      artist: { id: artist.id, name: artist.name },
      weekly: artist.workingHours.map((row) => ({ weekday: row.weekday, starts: fromTimeColumn(row.starts), ends: fromTimeColumn(row.ends), locationId: row.locationId })),
      timeOff: artist.timeOff.map((row) => ({
        id: row.id,
        startsOn: toIsoDate(row.startsOn)!,
        endsOn: toIsoDate(row.endsOn)!,
        reason: row.reason as ArtistSchedule['timeOff'][number]['reason'],
        note: row.note,
      })),
    };
  }

  /**
   * Replaces an artist's weekly hours as a whole, each interval at a location in use
   * (the main one unless it names another). Existing bookings stay; new ones follow the new hours.
   */
  async setHours(artistId: string, input: z.output<typeof artistHoursInputSchema>, actor: Actor): Promise<ArtistSchedule> {
    const locationIds = await this.locations.eachInUseOrMain(
      input.weekly.map((interval) => interval.locationId),
      (index) => `weekly.${index}.locationId`,
    );
    // Hours are wall-clock times: on one day, an artist's locations must share a clock, or one
    // interval could fall inside another somewhere else (the database compares the clock times).
    const clockOfDay = new Map<number, string>();
    input.weekly.forEach((interval, index) => {
      const zone = locationIds[index]!.timeZone;
      if ((clockOfDay.get(interval.weekday) ?? zone) !== zone) {
        throw validationProblem([{ field: `weekly.${index}.locationId`, message: 'On one day, an artist works at locations in one time zone' }]);
      }
      clockOfDay.set(interval.weekday, zone);
    });
    return this.changeSchedule(artistId, 'workingHours', actor, async (transaction) => {
      await transaction.artistWorkingHours.deleteMany({ where: { staffId: artistId } });
      await transaction.artistWorkingHours.createMany({
        data: input.weekly.map((interval, index) => ({
          staffId: artistId,
          locationId: locationIds[index]!.id,
          weekday: interval.weekday,
          starts: toTimeColumn(interval.starts),
          ends: toTimeColumn(interval.ends),
        })),
      });
    });
  }

  addTimeOff(artistId: string, input: z.output<typeof timeOffInputSchema>, actor: Actor): Promise<ArtistSchedule> {
    return this.changeSchedule(artistId, 'timeOff', actor, async (transaction) => {
      await transaction.artistTimeOff.create({
        data: { staffId: artistId, startsOn: fromIsoDate(input.startsOn)!, endsOn: fromIsoDate(input.endsOn)!, reason: input.reason, note: input.note ?? null },
      });
    });
  }

  removeTimeOff(artistId: string, timeOffId: string, actor: Actor): Promise<ArtistSchedule> {
    return this.changeSchedule(artistId, 'timeOff', actor, async (transaction) => {
      const removed = await transaction.artistTimeOff.deleteMany({ where: { id: timeOffId, staffId: artistId } });
      if (removed.count === 0) throw notFoundProblem('The time off');
    });
  }

  /**
   * One change to an artist's schedule, in a transaction that first locks the
   * artist's row: changes to one artist's schedule (and to their role) wait for
   * each other, so two replacements of a week cannot both delete the old rows and
   * both insert theirs, and nothing is changed for someone who is not an artist.
   */
  private async changeSchedule(artistId: string, changed: 'workingHours' | 'timeOff', actor: Actor, change: (transaction: Transaction) => Promise<void>): Promise<ArtistSchedule> {
    await this.database.$transaction(async (transaction) => {
      const [artist] = await transaction.$queryRaw<unknown[]>`SELECT 1 FROM staff WHERE id = ${artistId}::uuid AND role = 'artist' FOR NO KEY UPDATE`;
      if (!artist) throw notFoundProblem('The artist');
      await change(transaction);
      await this.audit.record(transaction, actor, { action: 'resources.update', entityType: 'staff', entityId: artistId, changedFields: [changed] });
    });
    return this.schedule(artistId);
  }

  async closures() {
    const rows = await this.database.clinicClosure.findMany({ orderBy: { startsOn: 'asc' } });
    return rows.map((row) => ({ id: row.id, startsOn: toIsoDate(row.startsOn)!, endsOn: toIsoDate(row.endsOn)!, reason: row.reason, locationId: row.locationId }));
  }

  /** Closes one location, or every location when the input names none. */
  async addClosure(input: Closure, actor: Actor) {
    const locationId = input.locationId ? (await this.locations.inUseOrMain(input.locationId)).id : null;
    await this.database.$transaction(async (transaction) => {
      const closure = await transaction.clinicClosure.create({
        data: { startsOn: fromIsoDate(input.startsOn)!, endsOn: fromIsoDate(input.endsOn)!, reason: input.reason, locationId },
      });
      await this.audit.record(transaction, actor, { action: 'resources.update', entityType: 'clinic_closure', entityId: closure.id, changedFields: ['startsOn', 'endsOn', 'reason'] });
    });
    return this.closures();
  }

  async removeClosure(closureId: string, actor: Actor) {
    await this.database.$transaction(async (transaction) => {
      const removed = await transaction.clinicClosure.deleteMany({ where: { id: closureId } });
      if (removed.count === 0) throw notFoundProblem('The closure');
      await this.audit.record(transaction, actor, { action: 'resources.update', entityType: 'clinic_closure', entityId: closureId });
    });
    return this.closures();
  }
}
