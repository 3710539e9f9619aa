import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { addCalendarDays, isoWeekday, timeInZone, dateInZone, zonedInstant, type WorkingInterval } from '@smp/contracts';
import { createTestApp, type TestApp } from '../test-support/test-app.js';
import { changingWrittenOnceRows } from '../test-support/test-database.js';
import { CLINIC_ZONE, dayFromToday, openClinic } from '../test-support/scheduling.js';

/** The second Sunday of March, when New York's clocks go forward, in the first year it is still ahead. */
function nextSpringForward(): string {
  const today = dayFromToday(0);
  for (let year = Number(today.slice(0, 4)); ; year += 1) {
    const firstOfMarch = new Date(Date.UTC(year, 2, 1)).getUTCDay();
    const secondSunday = `${year}-03-${String(1 + ((7 - firstOfMarch) % 7) + 7).padStart(2, '0')}`;
    if (secondSunday > addCalendarDays(today, 7)) return secondSunday;
  }
}

/**
 * The availability endpoint against a plain reference that checks every five
 * minutes of every candidate slot, on random calendars over a fortnight that
 * includes the next spring daylight-saving change in New York.
 */
const FROM = addCalendarDays(nextSpringForward(), -6);
const TO = addCalendarDays(FROM, 13);
const STEP_MINUTES = 15;

function random(seed: number) {
  let state = seed;
  return () => {
    state = (state * 1_103_515_245 + 12_345) % 2_147_483_648;
    return state / 2_147_483_648;
  };
}

interface Calendar {
  hours: Map<string, WorkingInterval[]>;
  daysOff: Map<string, Set<string>>;
  closed: Set<string>;
  opening: { weekday: number; opens: string; closes: string }[];
  byArtist: Map<string, { start: number; end: number }[]>;
  byRoom: Map<string, { start: number; end: number }[]>;
}

const time = (minutes: number) => `${String(Math.floor(minutes / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`;
const minutesOf = (clock: string) => Number(clock.slice(0, 2)) * 60 + Number(clock.slice(3, 5));

/** Whether one instant is a working minute of the artist, by the plainest reading of the rules. */
function working(calendar: Calendar, artistId: string, instant: number): boolean {
  const day = dateInZone(instant, CLINIC_ZONE);
  if (calendar.closed.has(day) || calendar.daysOff.get(artistId)!.has(day)) return false;
  const minute = minutesOf(timeInZone(instant, CLINIC_ZONE));
  const weekday = isoWeekday(day);
  const inside = (starts: string, ends: string) => minutesOf(starts) <= minute && minute < minutesOf(ends);
  return (
    calendar.hours.get(artistId)!.some((interval) => interval.weekday === weekday && inside(interval.starts, interval.ends)) &&
    calendar.opening.some((interval) => interval.weekday === weekday && inside(interval.opens, interval.closes))
  );
}

function reference(calendar: Calendar, artistIds: string[], rooms: string[], durationMinutes: number): string[] {
  const slots: string[] = [];
  for (let day = FROM; day <= TO; day = addCalendarDays(day, 1)) {
    const dayStart = zonedInstant(day, '00:00', CLINIC_ZONE).getTime();
    const dayEnd = zonedInstant(addCalendarDays(day, 1), '00:00', CLINIC_ZONE).getTime();
    for (const artistId of artistIds) {
      for (let start = dayStart; start < dayEnd; start += STEP_MINUTES * 60_000) {
        const end = start + durationMinutes * 60_000;
        const samples = Array.from({ length: durationMinutes / 5 }, (_, index) => start + index * 5 * 60_000);
        if (!samples.every((instant) => working(calendar, artistId, instant) && dateInZone(instant, CLINIC_ZONE) === day)) continue;
        const free = (taken: { start: number; end: number }[]) => taken.every((busy) => busy.end <= start || end <= busy.start);
        if (!free(calendar.byArtist.get(artistId)!)) continue;
        if (!rooms.some((room) => free(calendar.byRoom.get(room)!))) continue;
        slots.push(`${artistId} ${new Date(start).toISOString()}`);
      }
    }
  }
  return slots.sort();
}

let testApp: TestApp;
beforeAll(async () => {
  testApp = await createTestApp();
});
afterAll(async () => {
  await testApp.close();
});

describe('availability', () => {
  it('matches a minute-by-minute reference on random calendars, across a daylight-saving change', async () => {
    const { rooms } = await openClinic(testApp);
    const owner = testApp.as('owner');
    const clientId = (await testApp.as('receptionist').post('/api/clients').send({ firstName: 'Busy', lastName: 'Calendar', email: 'busy@example.com' })).body.id;
    const second = (await owner.post('/api/staff').send({ name: 'Bea Second', email: 'bea@clinic.test', role: 'artist', password: 'a long first password' })).body.id;
    const artistIds = [testApp.staff.artist.id, second];

    for (const seed of [7, 42, 2027]) {
      const next = random(seed);
      const pick = (values: number[]) => values[Math.floor(next() * values.length)]!;
      await testApp.testDatabase.asOwner(changingWrittenOnceRows('DELETE FROM appointment_events; DELETE FROM appointments; DELETE FROM artist_time_off; DELETE FROM clinic_closures'));
      const calendar: Calendar = { hours: new Map(), daysOff: new Map(), closed: new Set(), opening: [], byArtist: new Map(), byRoom: new Map(rooms.map((room) => [room, []])) };

      calendar.opening = [1, 2, 3, 4, 5, 6, 7].map((weekday) => ({ weekday, opens: time(pick([7, 8, 9]) * 60), closes: time(pick([17, 18, 19]) * 60) }));
      const { updatedAt: _updatedAt, ...settings } = (await owner.get('/api/clinic')).body;
      await owner.put('/api/clinic').send({ ...settings, openingHours: calendar.opening });

      for (const artistId of artistIds) {
        const weekly = [1, 2, 3, 4, 5, 6, 7].flatMap((weekday) => {
          if (next() < 0.2) return [];
          const morning = pick([8, 9, 10]) * 60;
          const lunch = pick([12, 13]) * 60;
          return [
            { weekday, starts: time(morning), ends: time(lunch) },
            { weekday, starts: time(lunch + pick([30, 60])), ends: time(pick([16, 17, 18, 20]) * 60) },
          ];
        });
        calendar.hours.set(artistId, weekly);
        await owner.put(`/api/artists/${artistId}/hours`).send({ weekly });
        const off = addCalendarDays(FROM, pick([0, 3, 6, 9, 12]));
        calendar.daysOff.set(artistId, new Set([off]));
        await owner.post(`/api/artists/${artistId}/time-off`).send({ startsOn: off, endsOn: off, reason: 'day_off' });
        calendar.byArtist.set(artistId, []);
      }
      const closedDay = addCalendarDays(FROM, pick([1, 5, 10]));
      calendar.closed.add(closedDay);
      await owner.post('/api/closures').send({ startsOn: closedDay, endsOn: closedDay, reason: 'Closed' });

      for (let attempt = 0; attempt < 40; attempt += 1) {
        const day = addCalendarDays(FROM, Math.floor(next() * 14));
        const start = zonedInstant(day, time(pick([8, 9, 10, 11, 12, 13, 14, 15, 16]) * 60 + pick([0, 15, 30, 45])), CLINIC_ZONE).getTime();
        const end = start + pick([30, 60, 90, 120, 210]) * 60_000;
        const artistId = pick([0, 1]) === 0 ? artistIds[0]! : artistIds[1]!;
        const roomId = rooms[pick([0, 1])]!;
        try {
          await testApp.database.appointment.create({
            data: { kind: 'maintenance', clientId, artistId, roomId, startsAt: new Date(start), endsAt: new Date(end), createdById: testApp.staff.owner.id },
          });
          calendar.byArtist.get(artistId)!.push({ start, end });
          calendar.byRoom.get(roomId)!.push({ start, end });
        } catch {
          // Overlaps the database refuses are not part of the calendar.
        }
      }

      for (const durationMinutes of [60, 210]) {
        const response = await testApp.as('receptionist').get('/api/availability').query({ from: FROM, to: TO, durationMinutes });
        expect(response.status).toBe(200);
        const actual = (response.body.slots as { artistId: string; startsAt: string }[]).map((slot) => `${slot.artistId} ${slot.startsAt}`).sort();
        expect({ seed, durationMinutes, slots: actual }).toEqual({ seed, durationMinutes, slots: reference(calendar, artistIds, rooms, durationMinutes) });
        expect(actual.length).toBeGreaterThan(0);
      }
    }
  });

  it('offers consultations without a room, and only the artist asked for', async () => {
    const artistId = testApp.staff.artist.id;
    const response = await testApp.as('receptionist').get('/api/availability').query({ artistId, from: FROM, to: FROM, durationMinutes: 45, kind: 'consultation' });
    expect(response.body.slots.every((slot: { artistId: string; roomId: string | null }) => slot.artistId === artistId && slot.roomId === null)).toBe(true);
    expect((await testApp.as('receptionist').get('/api/availability').query({ from: TO, to: FROM, durationMinutes: 45 })).status).toBe(400);
  });
});
