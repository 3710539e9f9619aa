import { Inject, Injectable } from '@nestjs/common';
import { roleMay, type Location, type StaffRole, type locationInputSchema } from '@smp/contracts';
import type { z } from 'zod';
import { PrismaClient } from '../generated/prisma/client.js';
import type { Database, Transaction } from '../database/database.js';
import { conflictProblem, forbiddenProblem, notFoundProblem, validationProblem } from '../http/problem.js';
import { isUniqueViolation } from '../http/error-to-problem.js';
import type { Actor } from '../audit/actor.js';
import { AuditService, changedFields } from '../audit/audit.service.js';
import { ClinicSettingsCache } from '../clinic/clinic-settings-cache.js';
import { ClinicSettingsService } from '../clinic/clinic-settings.service.js';
import { replaceOpeningHours, sortIntervals, toOpeningInterval } from '../clinic/opening-hours.js';

type LocationInput = z.output<typeof locationInputSchema>;

const nameTaken = () => conflictProblem('Name in use', 'Another location in use has this name', 'name');

/**
 * The clinic's locations, kept in memory with its settings (the same notifications
 * drop both), since every search for free time needs their hours and time zones.
 */
@Injectable()
export class LocationsService {
  constructor(
    @Inject(PrismaClient) private readonly database: Database,
    private readonly audit: AuditService,
    private readonly clinic: ClinicSettingsService,
    private readonly cache: ClinicSettingsCache,
  ) {}

  /** Every location, the main one first, then by name; archived ones last. */
  all(): Promise<readonly Location[]> {
    return this.cache.read('locations', () => this.load());
  }

  /** The locations open for bookings. */
  async inUse(): Promise<Location[]> {
    return (await this.all()).filter((location) => !location.archived);
  }

  async get(locationId: string): Promise<Location> {
    const location = await this.find(locationId);
    if (!location) throw notFoundProblem('The location');
    return location;
  }

  /** Ids come from the database in lower case; a request may write them in either. */
  private async find(locationId: string): Promise<Location | undefined> {
    const id = locationId.toLowerCase();
    return (await this.all()).find((candidate) => candidate.id === id);
  }

  async main(): Promise<Location> {
    return (await this.all()).find((location) => location.main)!;
  }

  /** The location a request names, which must be in use; the main location when it names none. */
  async inUseOrMain(locationId: string | undefined, field = 'locationId'): Promise<Location> {
    return (await this.eachInUseOrMain([locationId], () => field))[0]!;
  }

  /**
   * The locations of a request's items (an artist's week), each in use or the main one
   * when an item names none, from one read of the locations; the first unusable is refused.
   */
  async eachInUseOrMain(locationIds: readonly (string | undefined)[], fieldOf: (index: number) => string): Promise<Location[]> {
    const locations = await this.all();
    return locationIds.map((locationId, index) => {
      const id = locationId?.toLowerCase();
      const location = locations.find((candidate) => (id === undefined ? candidate.main : candidate.id === id));
      if (!location || location.archived) throw validationProblem([{ field: fieldOf(index), message: 'Choose a location in use' }]);
      return location;
    });
  }

  private async load(): Promise<readonly Location[]> {
    const [settings, rows] = await Promise.all([
      this.clinic.get(),
      this.database.location.findMany({
        include: { openingHours: { orderBy: [{ weekday: 'asc' }, { opens: 'asc' }] } },
        orderBy: [{ main: 'desc' }, { archivedAt: { sort: 'desc', nulls: 'first' } }, { name: 'asc' }],
      }),
    ]);
    return Object.freeze(
      rows.map((row) =>
        Object.freeze({
          id: row.id,
          name: row.name,
          address: row.address,
          phone: row.phone,
          ownTimeZone: row.timeZone,
          timeZone: row.timeZone ?? settings.timeZone,
          main: row.main,
          archived: row.archivedAt !== null,
          openingHours: Object.freeze(row.openingHours.map((hours) => Object.freeze(toOpeningInterval(hours)))) as Location['openingHours'],
        }),
      ),
    );
  }

  async add(input: LocationInput, actor: Actor): Promise<Location> {
    const id = await this.writing(async (transaction) => {
      const created = await transaction.location.create({ data: { name: input.name, address: input.address, phone: input.phone, timeZone: input.timeZone } });
      await replaceOpeningHours(transaction, created.id, input.openingHours);
      await this.audit.record(transaction, actor, { action: 'location.add', entityType: 'location', entityId: created.id });
      return created.id;
    });
    return this.get(id);
  }

  /** Replaces a location's details and opening hours; booked appointments stay where they are. */
  async update(locationId: string, input: LocationInput, actor: Actor): Promise<Location> {
    const before = await this.get(locationId);
    await this.writing(async (transaction) => {
      await transaction.location.update({
        where: { id: locationId },
        data: { name: input.name, address: input.address, phone: input.phone, timeZone: input.timeZone, updatedAt: new Date() },
      });
      await replaceOpeningHours(transaction, locationId, input.openingHours);
      await this.audit.record(transaction, actor, {
        action: 'location.update',
        entityType: 'location',
        entityId: locationId,
        changedFields: changedFields(
          { name: before.name, address: before.address, phone: before.phone, timeZone: before.ownTimeZone, openingHours: before.openingHours },
          { ...input, openingHours: sortIntervals(input.openingHours) },
        ),
      });
    });
    return this.get(locationId);
  }

  /**
   * A location no longer in use keeps its history and is no longer offered for
   * bookings: its rooms are archived with it, the artists' hours there end, and staff
   * limited to it are no longer (an owner chooses again where they work). Not the main
   * one, and not while appointments there are still to come or under way.
   */
  async setArchived(locationId: string, archived: boolean, actor: Actor): Promise<Location> {
    await this.writing(async (transaction) => {
      const [location] = await transaction.$queryRaw<{ main: boolean }[]>`SELECT main FROM locations WHERE id = ${locationId}::uuid FOR UPDATE`;
      if (!location) throw notFoundProblem('The location');
      if (archived && location.main) throw conflictProblem('The main location', 'The main location stays in use: the clinic’s settings describe it');
      if (archived) {
        const [{ upcoming }] = await transaction.$queryRaw<[{ upcoming: number }]>`
          SELECT count(*)::int AS upcoming FROM appointments
          WHERE location_id = ${locationId}::uuid AND status NOT IN ('completed', 'no_show', 'cancelled')`;
        if (upcoming > 0) {
          throw conflictProblem('Appointments not closed', `${upcoming} appointment(s) there are still booked or under way: move, close or cancel them first`);
        }
        await transaction.room.updateMany({ where: { locationId, archivedAt: null }, data: { archivedAt: new Date() } });
        await transaction.artistWorkingHours.deleteMany({ where: { locationId } });
        await transaction.staffLocation.deleteMany({ where: { locationId } });
      }
      await transaction.location.update({ where: { id: locationId }, data: { archivedAt: archived ? new Date() : null, updatedAt: new Date() } });
      await this.audit.record(transaction, actor, { action: archived ? 'location.archive' : 'location.restore', entityType: 'location', entityId: locationId });
    });
    return this.get(locationId);
  }

  /** The ids of the locations a staff member works at; empty for every location. */
  async staffLocations(staffId: string): Promise<string[]> {
    const staff = await this.database.staff.findUnique({ where: { id: staffId }, select: { locations: { select: { locationId: true } } } });
    if (!staff) throw notFoundProblem('The staff member');
    return staff.locations.map((row) => row.locationId).sort();
  }

  async setStaffLocations(staffId: string, locationIds: string[], actor: Actor): Promise<string[]> {
    const known = new Set((await this.inUse()).map((location) => location.id));
    const unknown = locationIds.findIndex((id) => !known.has(id.toLowerCase()));
    if (unknown >= 0) throw validationProblem([{ field: `locationIds.${unknown}`, message: 'Choose a location in use' }]);
    await this.database.$transaction(async (transaction) => {
      const [staff] = await transaction.$queryRaw<unknown[]>`SELECT 1 FROM staff WHERE id = ${staffId}::uuid FOR NO KEY UPDATE`;
      if (!staff) throw notFoundProblem('The staff member');
      await transaction.staffLocation.deleteMany({ where: { staffId } });
      await transaction.staffLocation.createMany({ data: locationIds.map((locationId) => ({ staffId, locationId: locationId.toLowerCase() })) });
      await this.audit.record(transaction, actor, { action: 'staff.locations', entityType: 'staff', entityId: staffId, details: { locationIds } });
    });
    return this.staffLocations(staffId);
  }

  /**
   * The locations a staff member may see and book at: every one for owners and for
   * anyone not limited to some.
   */
  async reachableBy(actor: Actor, role: StaffRole): Promise<ReadonlySet<string> | 'all'> {
    if (roleMay(role, 'clinic.manage') || !actor.staffId) return 'all';
    const limited = await this.database.staffLocation.findMany({ where: { staffId: actor.staffId }, select: { locationId: true } });
    return limited.length === 0 ? 'all' : new Set(limited.map((row) => row.locationId));
  }

  /**
   * The locations a list or search covers: the one asked for, which the asker must
   * work at, else those they work at (undefined: every location).
   */
  async shownTo(actor: Actor, role: StaffRole, locationId: string | undefined): Promise<ReadonlySet<string> | undefined> {
    if (locationId) {
      await this.assertReachable(actor, role, locationId);
      return new Set([locationId.toLowerCase()]);
    }
    const reachable = await this.reachableBy(actor, role);
    return reachable === 'all' ? undefined : reachable;
  }

  /** Refuses a staff member limited to other locations. */
  async assertReachable(actor: Actor, role: StaffRole, locationId: string): Promise<void> {
    const reachable = await this.reachableBy(actor, role);
    if (reachable !== 'all' && !reachable.has(locationId.toLowerCase())) throw forbiddenProblem('You work at other locations: ask an owner or a colleague there');
  }

  private async writing<T>(write: (transaction: Transaction) => Promise<T>): Promise<T> {
    try {
      return await this.database.$transaction(write);
    } catch (error) {
      if (isUniqueViolation(error)) throw nameTaken();
      throw error;
    } finally {
      // This instance's next read sees the change at once; others hear of it from the database.
      this.cache.drop();
    }
  }
}
