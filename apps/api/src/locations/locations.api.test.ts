import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { dateInZone, timeInZone, zonedInstant, type Appointment, type FollowUp, type Location, type Slot } from '@smp/contracts';
import { createTestApp, type TestApp } from '../test-support/test-app.js';
import { activePlan, CLINIC_ZONE, dayFromToday, openClinic, screenedClient } from '../test-support/scheduling.js';

const LONDON = 'Europe/London';
const everyDay = [1, 2, 3, 4, 5, 6, 7];

let testApp: TestApp;
let main: Location;
let london: Location;
let londonChair: string;
let mainChairs: string[];
let bea: string;

const slotsAt = async (query: Record<string, string>, role: 'owner' | 'receptionist' = 'owner') => (await testApp.as(role).get('/api/availability').query(query)).body.slots as Slot[];

beforeAll(async () => {
  testApp = await createTestApp();
  mainChairs = (await openClinic(testApp)).rooms;
  const owner = testApp.as('owner');
  // A branch five hours ahead of the main location, open 10:00–16:00 on its own clock.
  london = (
    await owner.post('/api/locations').send({
      name: 'Soho',
      address: '1 Greek Street, London',
      phone: null,
      timeZone: LONDON,
      openingHours: everyDay.map((weekday) => ({ weekday, opens: '10:00', closes: '16:00' })),
    })
  ).body;
  main = ((await owner.get('/api/locations')).body.items as Location[]).find((location) => location.main)!;
  const rooms = (await owner.post('/api/rooms').send({ name: 'Chair 1', locationId: london.id })).body.items as { id: string; locationId: string }[];
  londonChair = rooms.find((room) => room.locationId === london.id)!.id;
  bea = (await testApp.addStaff('artist', 'Bea Branch')).staff.id;
  await owner.put(`/api/artists/${bea}/hours`).send({ weekly: everyDay.map((weekday) => ({ weekday, starts: '09:00', ends: '17:00', locationId: london.id })) });
});
afterAll(async () => {
  await testApp.close();
});

describe('locations', () => {
  it('start with the main one, named after the clinic, whose hours the clinic’s settings show', async () => {
    const { items } = (await testApp.as('receptionist').get('/api/locations')).body as { items: Location[] };
    expect(items.map((location) => [location.name, location.main, location.timeZone])).toEqual([
      [expect.any(String), true, CLINIC_ZONE],
      ['Soho', false, LONDON],
    ]);
    const clinic = (await testApp.as('owner').get('/api/clinic')).body;
    expect(items[0]!.openingHours).toEqual(clinic.openingHours);
    expect(items[0]!.ownTimeZone).toBeNull();
  });

  it('are added and changed by owners only, with field-level refusals', async () => {
    const location = { name: 'Soho', address: null, phone: null, timeZone: null, openingHours: [] };
    expect(
      (
        await testApp
          .as('receptionist')
          .post('/api/locations')
          .send({ ...location, name: 'Elsewhere' })
      ).status,
    ).toBe(403);
    const taken = await testApp
      .as('owner')
      .post('/api/locations')
      .send({ ...location, name: 'soho' });
    expect(taken.status).toBe(409);
    expect(taken.body.errors).toEqual([{ field: 'name', message: expect.any(String) }]);
    const badZone = await testApp
      .as('owner')
      .post('/api/locations')
      .send({ ...location, name: 'Nowhere', timeZone: 'Mars/Olympus' });
    expect(badZone.status).toBe(400);
    expect(badZone.body.errors.map((error: { field: string }) => error.field)).toEqual(['timeZone']);
    expect(((await testApp.as('owner').get('/api/locations')).body.items as Location[]).map((candidate) => candidate.name)).not.toContain('Nowhere');
  });

  it('offer free times on their own clock, with their own rooms', async () => {
    const day = dayFromToday(3);
    const slots = await slotsAt({ from: day, to: day, durationMinutes: '60', kind: 'maintenance', locationId: london.id });
    expect(slots.length).toBeGreaterThan(0);
    expect(new Set(slots.map((slot) => slot.locationId))).toEqual(new Set([london.id]));
    expect(new Set(slots.map((slot) => slot.roomId))).toEqual(new Set([londonChair]));
    expect(new Set(slots.map((slot) => slot.artistId))).toEqual(new Set([bea]));
    // Bea works 09:00–17:00 but Soho opens 10:00–16:00, London time.
    expect(timeInZone(new Date(slots[0]!.startsAt), LONDON)).toBe('10:00');
    expect(timeInZone(new Date(slots.at(-1)!.endsAt), LONDON)).toBe('16:00');
    expect(dateInZone(new Date(slots[0]!.startsAt), LONDON)).toBe(day);

    const everywhere = await slotsAt({ from: day, to: day, durationMinutes: '60', kind: 'maintenance' });
    expect(new Set(everywhere.map((slot) => slot.locationId))).toEqual(new Set([main.id, london.id]));
    const atMain = everywhere.filter((slot) => slot.locationId === main.id);
    expect(new Set(atMain.map((slot) => slot.artistId))).toEqual(new Set([testApp.staff.artist.id]));
    expect(mainChairs).toContain(atMain[0]!.roomId);
  });

  it('are not offered on the online booking page, which books the main location', async () => {
    const offer = await testApp
      .as('owner')
      .put('/api/clinic/online-booking')
      .send({ enabled: true, artistIds: [bea, testApp.staff.artist.id], modes: ['in_person'], minNoticeHours: 0, horizonDays: 30 });
    expect(offer.status).toBe(200);
    const day = dayFromToday(3);
    const online = async (artistId: string) => (await testApp.http.get('/api/public/booking/slots').query({ artistId, from: day, to: day })).body.slots as unknown[];
    expect(await slotsAt({ from: day, to: day, durationMinutes: '45', kind: 'consultation', artistId: bea })).not.toEqual([]);
    expect(await online(bea)).toEqual([]);
    expect(await online(testApp.staff.artist.id)).not.toEqual([]);
  });

  it('are found by ids written in capitals too', async () => {
    const day = dayFromToday(3);
    expect((await slotsAt({ from: day, to: day, durationMinutes: '60', kind: 'consultation', locationId: london.id.toUpperCase() })).length).toBeGreaterThan(0);
    const { id: _id, main: _main, archived: _archived, ownTimeZone, timeZone: _zone, ...fields } = london;
    expect(
      (
        await testApp
          .as('owner')
          .put(`/api/locations/${london.id.toUpperCase()}`)
          .send({ ...fields, timeZone: ownTimeZone })
      ).status,
    ).toBe(200);
  });

  it('keep each of an artist’s days on one clock', async () => {
    const refused = await testApp
      .as('owner')
      .put(`/api/artists/${bea}/hours`)
      .send({
        weekly: [
          { weekday: 1, starts: '09:00', ends: '12:00', locationId: london.id },
          { weekday: 1, starts: '18:00', ends: '20:00', locationId: main.id },
        ],
      });
    expect(refused.status).toBe(400);
    expect(refused.body.errors).toEqual([{ field: 'weekly.1.locationId', message: 'On one day, an artist works at locations in one time zone' }]);
    expect(((await testApp.as('owner').get(`/api/artists/${bea}/schedule`)).body.weekly as unknown[]).length).toBe(7);
  });

  it('each close on their own, or all at once', async () => {
    const day = dayFromToday(5);
    const owner = testApp.as('owner');
    const closure = (await owner.post('/api/closures').send({ startsOn: day, endsOn: day, reason: 'Refit', locationId: london.id })).body.items.find(
      (candidate: { reason: string }) => candidate.reason === 'Refit',
    );
    expect(closure.locationId).toBe(london.id);
    const query = { from: day, to: day, durationMinutes: '60', kind: 'consultation' };
    expect(new Set((await slotsAt(query)).map((slot) => slot.locationId))).toEqual(new Set([main.id]));
    await owner.post('/api/closures').send({ startsOn: day, endsOn: day, reason: 'Public holiday' });
    expect(await slotsAt(query)).toEqual([]);
  });

  describe('bookings', () => {
    let clientId: string;
    let atSoho: Appointment;
    const day = dayFromToday(4);

    beforeAll(async () => {
      clientId = await screenedClient(testApp);
      const booked = await testApp
        .as('receptionist')
        .post('/api/appointments')
        .send({ kind: 'consultation', clientId, artistId: bea, roomId: londonChair, startsAt: zonedInstant(day, '10:00', LONDON).toISOString() });
      expect(booked.status).toBe(201);
      atSoho = booked.body;
    });

    it('take place at their room’s location, on its clock', () => {
      expect(atSoho.location).toEqual({ id: london.id, name: 'Soho', timeZone: LONDON });
    });

    it('without a room take place where the artist works then', async () => {
      const consultation = await testApp
        .as('receptionist')
        .post('/api/appointments')
        .send({ kind: 'consultation', clientId, artistId: bea, startsAt: zonedInstant(day, '14:00', LONDON).toISOString() });
      expect(consultation.status).toBe(201);
      expect(consultation.body.location.id).toBe(london.id);
    });

    it('are refused outside the artist’s hours at that location', async () => {
      // 10:00 in London is 05:00 in New York: the main location's artist does not work in Soho at all.
      const refused = await testApp
        .as('receptionist')
        .post('/api/appointments')
        .send({ kind: 'consultation', clientId, artistId: testApp.staff.artist.id, roomId: londonChair, startsAt: zonedInstant(day, '11:00', LONDON).toISOString() });
      expect(refused.status).toBe(409);
      expect(refused.body.title).toBe('Outside working hours');
    });

    it('name a room at their location only', async () => {
      const refused = await testApp
        .as('receptionist')
        .post('/api/appointments')
        .send({ kind: 'consultation', clientId, artistId: bea, roomId: londonChair, locationId: main.id, startsAt: zonedInstant(day, '12:00', LONDON).toISOString() });
      expect(refused.status).toBe(400);
      expect(refused.body.errors).toEqual([{ field: 'roomId', message: 'Choose a room at the appointment’s location' }]);
    });

    it('are held to their room’s location by the database', async () => {
      await expect(testApp.database.appointment.update({ where: { id: atSoho.id }, data: { locationId: main.id } })).rejects.toThrow(/appointments_room_at_location/);
    });

    it('show in the calendar of their location only', async () => {
      const calendar = async (locationId: string) =>
        ((await testApp.as('owner').get('/api/appointments').query({ from: day, to: day, locationId })).body.items as Appointment[]).map((appointment) => appointment.id);
      expect(await calendar(london.id)).toContain(atSoho.id);
      expect(await calendar(main.id)).not.toContain(atSoho.id);
    });

    it('bring their clients’ follow-ups to that location; a client never booked is followed up at the main one', async () => {
      await activePlan(testApp, clientId);
      const neverBooked = await screenedClient(testApp);
      await activePlan(testApp, neverBooked);
      const queue = async (locationId: string) => ((await testApp.as('receptionist').get('/api/follow-ups').query({ locationId })).body.items as FollowUp[]).map((item) => item.client.id);
      expect(await queue(london.id)).toContain(clientId);
      expect(await queue(london.id)).not.toContain(neverBooked);
      expect(await queue(main.id)).toContain(neverBooked);
      expect(await queue(main.id)).not.toContain(clientId);
    });

    it('count in the visit reports of their location only', async () => {
      const attendance = async (locationId: string) =>
        ((await testApp.as('owner').get('/api/business-reports/attendance').query({ from: day, to: day, locationId })).body.rows as { appointments: number }[]).reduce(
          (sum, row) => sum + row.appointments,
          0,
        );
      // The consultation in Soho's chair and the one without a room, both where Bea works.
      expect(await attendance(london.id)).toBe(2);
      expect(await attendance(main.id)).toBe(0);
      const utilisation = (await testApp.as('owner').get('/api/business-reports/artist_utilisation').query({ from: day, to: day, locationId: main.id })).body.rows as {
        artist_id: string;
        working_hours: number;
      }[];
      // Bea works in Soho only: none of her hours are the main location's.
      expect(utilisation.find((row) => row.artist_id === bea)?.working_hours ?? 0).toBe(0);
      expect(utilisation.find((row) => row.artist_id === testApp.staff.artist.id)?.working_hours).toBe(8);
    });

    it('keep a location in use while they are still to come', async () => {
      const refused = await testApp.as('owner').post(`/api/locations/${london.id}/archive`);
      expect(refused.status).toBe(409);
      expect((await testApp.as('owner').post(`/api/locations/${main.id}/archive`)).status).toBe(409);
    });

    describe('by a receptionist limited to the main location', () => {
      beforeAll(async () => {
        const limited = await testApp
          .as('owner')
          .put(`/api/staff/${testApp.staff.receptionist.id}/locations`)
          .send({ locationIds: [main.id] });
        expect(limited.body).toEqual({ locationIds: [main.id] });
      });
      afterAll(async () => {
        await testApp.as('owner').put(`/api/staff/${testApp.staff.receptionist.id}/locations`).send({ locationIds: [] });
      });

      it('see neither the other location’s calendar nor its free times', async () => {
        expect(((await testApp.as('receptionist').get('/api/locations')).body.items as Location[]).map((location) => location.id)).toEqual([main.id]);
        const calendar = await testApp.as('receptionist').get('/api/appointments').query({ from: day, to: day });
        expect((calendar.body.items as Appointment[]).map((appointment) => appointment.id)).not.toContain(atSoho.id);
        expect((await testApp.as('receptionist').get('/api/appointments').query({ from: day, to: day, locationId: london.id })).status).toBe(403);
        const slots = await slotsAt({ from: day, to: day, durationMinutes: '60', kind: 'consultation' }, 'receptionist');
        expect(new Set(slots.map((slot) => slot.locationId))).toEqual(new Set([main.id]));
        const followUps = (await testApp.as('receptionist').get('/api/follow-ups')).body.items as FollowUp[];
        expect(followUps.map((item) => item.client.id)).not.toContain(clientId);
        expect(new Set(followUps.map((item) => item.locationId))).toEqual(new Set([main.id]));
        const today = (await testApp.as('receptionist').get('/api/today').query({ date: day })).body;
        expect((today.appointments as Appointment[]).map((appointment) => appointment.id)).not.toContain(atSoho.id);
        expect((await testApp.as('owner').get('/api/today').query({ date: day })).body.appointments.map((appointment: Appointment) => appointment.id)).toContain(atSoho.id);
      });

      it('cannot open, confirm or cancel what is there', async () => {
        expect((await testApp.as('receptionist').get(`/api/appointments/${atSoho.id}`)).status).toBe(403);
        expect((await testApp.as('receptionist').post(`/api/appointments/${atSoho.id}/status`).send({ status: 'confirmed' })).status).toBe(403);
        expect((await testApp.as('receptionist').post(`/api/appointments/${atSoho.id}/status`).send({ status: 'cancelled', reason: 'Asked' })).status).toBe(403);
        expect((await testApp.as('owner').get(`/api/appointments/${atSoho.id}`)).body.status).toBe('booked');
      });

      it('hear back only their locations’ queue when they log a call', async () => {
        const logged = await testApp.as('receptionist').post('/api/follow-ups/contacts').send({ clientId, channel: 'phone', outcome: 'no_answer' });
        expect(logged.status).toBe(201);
        expect(new Set((logged.body.items as FollowUp[]).map((item) => item.locationId))).toEqual(new Set([main.id]));
      });

      it('cannot book there, nor move what is there', async () => {
        const booking = await testApp
          .as('receptionist')
          .post('/api/appointments')
          .send({ kind: 'consultation', clientId, artistId: bea, roomId: londonChair, startsAt: zonedInstant(day, '15:00', LONDON).toISOString() });
        expect(booking.status).toBe(403);
        const move = await testApp
          .as('receptionist')
          .patch(`/api/appointments/${atSoho.id}`)
          .send({ startsAt: zonedInstant(day, '11:00', LONDON).toISOString() });
        expect(move.status).toBe(403);
      });
    });

    it('once gone, take a location out of use with its rooms and the artists’ hours there', async () => {
      const owner = testApp.as('owner');
      for (const appointment of ((await owner.get('/api/appointments').query({ from: day, to: day, locationId: london.id })).body.items as Appointment[]).filter(
        (candidate) => candidate.status === 'booked',
      )) {
        expect((await owner.post(`/api/appointments/${appointment.id}/status`).send({ status: 'cancelled', reason: 'Branch closing' })).status).toBe(200);
      }
      await owner.put(`/api/staff/${testApp.staff.receptionist.id}/locations`).send({ locationIds: [london.id] });
      const archived = await owner.post(`/api/locations/${london.id}/archive`);
      expect(archived.status).toBe(200);
      expect(archived.body.archived).toBe(true);
      // Staff limited to it are not locked out: they work everywhere until an owner chooses again.
      expect((await owner.get(`/api/staff/${testApp.staff.receptionist.id}/locations`)).body).toEqual({ locationIds: [] });
      expect((await owner.post(`/api/rooms/${londonChair}/restore`)).status).toBe(409);
      const rooms = (await owner.get('/api/rooms')).body.items as { id: string; archived: boolean }[];
      expect(rooms.find((room) => room.id === londonChair)?.archived).toBe(true);
      expect((await owner.get(`/api/artists/${bea}/schedule`)).body.weekly).toEqual([]);
      expect(await slotsAt({ from: dayFromToday(3), to: dayFromToday(3), durationMinutes: '60', kind: 'consultation', artistId: bea })).toEqual([]);
      // The artist's other hours can be saved again, and the location can come back.
      expect((await owner.put(`/api/artists/${testApp.staff.artist.id}/hours`).send({ weekly: [{ weekday: 1, starts: '09:00', ends: '17:00' }] })).status).toBe(200);
      expect((await owner.post(`/api/locations/${london.id}/restore`)).body.archived).toBe(false);
      expect((await owner.post(`/api/rooms/${londonChair}/restore`)).status).toBe(200);
    });
  });
});
