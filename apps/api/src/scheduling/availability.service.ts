import { Inject, Injectable } from '@nestjs/common';
import { instantIso, zonedInstant, type AppointmentKind, type Slot } from '@smp/contracts';
import { PrismaClient } from '../generated/prisma/client.js';
import { sqlPool, type Database } from '../database/database.js';
import { validationProblem } from '../http/problem.js';
import { artistSpans, CalendarFactsQueries, eachDay } from './calendar-facts.queries.js';
import { freeSlots } from './working-time.js';

export interface SlotQuery {
  artistId?: string | undefined;
  from: string;
  to: string;
  durationMinutes: number;
  kind: AppointmentKind;
}

/** Free start times, from indexed range queries over the days asked for only. */
@Injectable()
export class AvailabilityService {
  constructor(
    @Inject(PrismaClient) private readonly database: Database,
    private readonly facts: CalendarFactsQueries,
  ) {}

  async slots(query: SlotQuery, now = Date.now()): Promise<Slot[]> {
    const { rows: artists } = await sqlPool(this.database).query<{ id: string }>(
      `SELECT id FROM staff WHERE role = 'artist' AND deactivated_at IS NULL AND ($1::uuid IS NULL OR id = $1) ORDER BY name, id`,
      [query.artistId ?? null],
    );
    if (query.artistId && artists.length === 0) throw validationProblem([{ field: 'artistId', message: 'Not an active artist' }]);
    const artistIds = artists.map((artist) => artist.id);
    const needsRoom = query.kind !== 'consultation';
    const facts = await this.facts.load(artistIds, query.from, query.to, { withRooms: needsRoom });
    const found: { start: number; end: number; artistId: string; roomId: string | null }[] = [];
    for (const date of eachDay(query.from, query.to)) {
      const alignFrom = zonedInstant(date, '00:00', facts.settings.timeZone).getTime();
      for (const artistId of artistIds) {
        const slots = freeSlots({
          working: artistSpans(facts, artistId, date),
          busy: facts.busyByArtist.get(artistId)!,
          rooms: needsRoom ? facts.busyByRoom : null,
          durationMs: query.durationMinutes * 60_000,
          stepMs: facts.settings.slotStepMinutes * 60_000,
          alignFrom,
          notBefore: now,
        });
        for (const { start, end, roomId } of slots) found.push({ start, end, artistId, roomId });
      }
    }
    return found
      .sort((a, b) => a.start - b.start)
      .map((slot) => ({ startsAt: instantIso(slot.start), endsAt: instantIso(slot.end), artistId: slot.artistId, roomId: slot.roomId }));
  }
}
