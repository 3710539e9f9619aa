import { Injectable } from '@nestjs/common';
import { instantIso, zonedInstant, type AppointmentKind, type Slot } from '@smp/contracts';
import { validationProblem } from '../http/problem.js';
import { artistSpans, CalendarFactsQueries, eachDay } from './calendar-facts.queries.js';
import { freeSlots } from './working-time.js';

export interface SlotQuery {
  artistId?: string | undefined;
  from: string;
  to: string;
  durationMinutes: number;
  kind: AppointmentKind;
  /** An appointment being moved: its own time counts as free. */
  ignoreAppointmentId?: string | undefined;
  /** Only these locations; every one in use when absent. */
  locationIds?: ReadonlySet<string> | undefined;
}

/** Free start times, from indexed range queries over the days asked for only. */
@Injectable()
export class AvailabilityService {
  constructor(private readonly facts: CalendarFactsQueries) {}

  /** The days are each location's own: a slot on a date is that date in its location's time zone. */
  async slots(query: SlotQuery, now = Date.now()): Promise<Slot[]> {
    const needsRoom = query.kind !== 'consultation';
    const facts = await this.facts.load({ active: query.artistId ? { id: query.artistId } : 'all' }, query.from, query.to, {
      withRooms: needsRoom,
      ignoreAppointmentId: query.ignoreAppointmentId,
      locationIds: query.locationIds,
    });
    const { artistIds } = facts;
    if (query.artistId && artistIds.length === 0) throw validationProblem([{ field: 'artistId', message: 'Not an active artist' }]);
    const found: (Slot & { start: number })[] = [];
    for (const location of facts.locations) {
      for (const date of eachDay(query.from, query.to)) {
        const alignFrom = zonedInstant(date, '00:00', location.timeZone).getTime();
        for (const artistId of artistIds) {
          const slots = freeSlots({
            working: artistSpans(facts, artistId, date, location),
            busy: facts.busyByArtist.get(artistId)!,
            rooms: needsRoom ? location.busyByRoom : null,
            durationMs: query.durationMinutes * 60_000,
            stepMs: facts.settings.slotStepMinutes * 60_000,
            alignFrom,
            notBefore: now,
          });
          for (const { start, end, roomId } of slots) {
            found.push({ start, startsAt: instantIso(start), endsAt: instantIso(end), artistId, roomId, locationId: location.id });
          }
        }
      }
    }
    return found.sort((a, b) => a.start - b.start).map(({ start: _start, ...slot }) => slot);
  }
}
