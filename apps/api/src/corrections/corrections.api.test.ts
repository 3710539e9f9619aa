import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { problemTypes } from '@smp/contracts';
import { createTestApp, type TestApp } from '../test-support/test-app.js';
import { jpegPhoto } from '../test-support/files.js';
import { at, dayFromToday, openClinic, screenedClient, plannedSessions } from '../test-support/scheduling.js';

let testApp: TestApp;
let rooms: string[];
beforeAll(async () => {
  testApp = await createTestApp();
  ({ rooms } = await openClinic(testApp));
  const owner = testApp.as('owner');
  const { updatedAt: _updatedAt, ...settings } = (await owner.get('/api/clinic')).body;
  // Shorter than the clinic's defaults, so every booking stays within the screening signed today.
  expect((await owner.put('/api/clinic').send({ ...settings, laserSpacingDays: 14, laserHealingDays: 21 })).status).toBe(200);
});
afterAll(async () => {
  await testApp.close();
});

const assessment = (photoIds: string[] = []) => ({
  areas: ['hairline', 'temples'],
  issues: ['hairline_placement', 'blurred_dots'],
  previousArtist: 'Another studio, 2021',
  description: 'Hairline set too low and straight; dots blurred into patches at the temples.',
  photoIds,
});

async function draftCorrection(clientId: string): Promise<string> {
  const created = await testApp
    .as('artist')
    .post('/api/treatment-plans')
    .send({ clientId, style: 'correction', artistId: testApp.staff.artist.id, sessions: await plannedSessions(testApp) });
  expect(created.status).toBe(201);
  return created.body.id;
}

/** An active correction plan, assessed, with its SMP sessions. */
async function activeCorrection(): Promise<{ clientId: string; planId: string; sessions: { id: string }[] }> {
  const clientId = await screenedClient(testApp);
  const planId = await draftCorrection(clientId);
  expect((await testApp.as('artist').post(`/api/treatment-plans/${planId}/correction-assessment`).send(assessment())).status).toBe(201);
  const started = await testApp.as('receptionist').post(`/api/treatment-plans/${planId}/start`);
  expect(started.status).toBe(200);
  return { clientId, planId, sessions: started.body.sessions };
}

let pastConsultations = 0;
/** A photo of the client, taken at a consultation days ago (one an hour after the last, so none collide). */
async function clientPhoto(clientId: string): Promise<string> {
  const startsAt = at(dayFromToday(-3), `${String(9 + pastConsultations++).padStart(2, '0')}:00`);
  const consultation = await testApp
    .as('owner')
    .post('/api/appointments')
    .send({ kind: 'consultation', clientId, artistId: testApp.staff.artist.id, startsAt, override: { reason: 'Entered after the fact from the paper diary' } });
  expect(consultation.status).toBe(201);
  const photo = await testApp
    .as('artist')
    .post(`/api/clients/${clientId}/consultations/${consultation.body.consultationId}/photos`)
    .field('view', 'front')
    .attach('file', await jpegPhoto(), 'front.jpg');
  expect(photo.status).toBe(201);
  return photo.body.id;
}

const laser = (clientId: string, planId: string, date: string, time = '10:00') => ({
  kind: 'laser',
  clientId,
  artistId: testApp.staff.artist.id,
  roomId: rooms[0],
  correctionPlanId: planId,
  startsAt: at(date, time),
});
const smp = (clientId: string, planSessionId: string, date: string, time = '10:00') => ({
  kind: 'plan_session',
  clientId,
  artistId: testApp.staff.artist.id,
  roomId: rooms[1],
  planSessionId,
  startsAt: at(date, time),
});

describe('the assessment a correction starts from', () => {
  it('is required before the plan starts, and then lets it start', async () => {
    const clientId = await screenedClient(testApp);
    const planId = await draftCorrection(clientId);
    const refused = await testApp.as('receptionist').post(`/api/treatment-plans/${planId}/start`);
    expect(refused.status).toBe(409);
    expect(refused.headers['content-type']).toContain('application/problem+json');
    expect(refused.body.errors).toEqual([{ field: 'correctionAssessment', message: 'Record the assessment of the previous work' }]);

    const photoId = await clientPhoto(clientId);
    const recorded = await testApp
      .as('artist')
      .post(`/api/treatment-plans/${planId}/correction-assessment`)
      .send(assessment([photoId]));
    expect(recorded.status).toBe(201);
    expect(recorded.body).toMatchObject({ planId, areas: ['hairline', 'temples'], previousArtist: 'Another studio, 2021', recordedBy: { id: testApp.staff.artist.id } });
    expect(recorded.body.photos.map((photo: { id: string }) => photo.id)).toEqual([photoId]);
    expect((await testApp.as('receptionist').post(`/api/treatment-plans/${planId}/start`)).body.status).toBe('active');

    const read = await testApp.as('owner').get(`/api/treatment-plans/${planId}/correction-assessment`);
    expect(read.body.description).toBe(assessment().description);
    const trail = await testApp.database.auditEvent.findMany({ where: { clientId, action: { in: ['correction.assess', 'correction.read'] } }, orderBy: { id: 'asc' } });
    expect(trail.map((event) => [event.action, event.actorId])).toEqual([
      ['correction.assess', testApp.staff.artist.id],
      ['correction.read', testApp.staff.owner.id],
    ]);
  });

  it('is written once: a second one is refused, and the database refuses a change', async () => {
    const { planId } = await activeCorrection();
    const again = await testApp.as('artist').post(`/api/treatment-plans/${planId}/correction-assessment`).send(assessment());
    expect(again.status).toBe(409);
    await expect(testApp.database.$executeRawUnsafe(`UPDATE correction_assessments SET description = 'changed' WHERE plan_id = '${planId}'`)).rejects.toThrow();
  });

  it('takes a blank previous artist as not known', async () => {
    const planId = await draftCorrection(await screenedClient(testApp));
    const recorded = await testApp
      .as('artist')
      .post(`/api/treatment-plans/${planId}/correction-assessment`)
      .send({ ...assessment(), previousArtist: '  ' });
    expect(recorded.status).toBe(201);
    expect(recorded.body.previousArtist).toBeNull();
  });

  it('refuses photos of another client, naming the field', async () => {
    const clientId = await screenedClient(testApp);
    const otherPhoto = await clientPhoto(await screenedClient(testApp));
    const refused = await testApp
      .as('artist')
      .post(`/api/treatment-plans/${await draftCorrection(clientId)}/correction-assessment`)
      .send(assessment([otherPhoto]));
    expect(refused.status).toBe(400);
    expect(refused.body.errors).toEqual([{ field: 'photoIds.0', message: 'Not a photo of this client' }]);
  });

  it('is for clinicians only, and only for a correction plan', async () => {
    const clientId = await screenedClient(testApp);
    const planId = await draftCorrection(clientId);
    expect((await testApp.as('receptionist').post(`/api/treatment-plans/${planId}/correction-assessment`).send(assessment())).status).toBe(403);
    const density = await testApp
      .as('artist')
      .post('/api/treatment-plans')
      .send({ clientId, style: 'density', artistId: testApp.staff.artist.id, sessions: await plannedSessions(testApp) });
    expect((await testApp.as('artist').post(`/api/treatment-plans/${density.body.id}/correction-assessment`).send(assessment())).status).toBe(409);
  });
});

describe('laser removal sessions', () => {
  it('are appointments of their own kind, at least the spacing apart', async () => {
    const { clientId, planId } = await activeCorrection();
    const first = await testApp
      .as('receptionist')
      .post('/api/appointments')
      .send(laser(clientId, planId, dayFromToday(5)));
    expect(first.status).toBe(201);
    expect(first.body).toMatchObject({ kind: 'laser', correctionPlanId: planId, durationMinutes: 30 });

    const tooSoon = await testApp
      .as('receptionist')
      .post('/api/appointments')
      .send(laser(clientId, planId, dayFromToday(18)));
    expect(tooSoon.status).toBe(409);
    expect(tooSoon.body).toMatchObject({ type: problemTypes.laserSpacing, errors: [{ field: 'startsAt', message: `At least 14 days from the laser session of ${dayFromToday(5)}` }] });

    expect(
      (
        await testApp
          .as('receptionist')
          .post('/api/appointments')
          .send(laser(clientId, planId, dayFromToday(19)))
      ).status,
    ).toBe(201);
    const plan = await testApp.as('receptionist').get(`/api/treatment-plans/${planId}/laser-sessions`);
    expect(plan.body.sessions.map((session: { number: number; recorded: boolean }) => [session.number, session.recorded])).toEqual([
      [1, false],
      [2, false],
    ]);
    expect(plan.body.nextLaserFrom).toBe(dayFromToday(33));
  });

  it('belong to an active correction plan of the client', async () => {
    const clientId = await screenedClient(testApp);
    const draft = await draftCorrection(clientId);
    expect(
      (
        await testApp
          .as('receptionist')
          .post('/api/appointments')
          .send(laser(clientId, draft, dayFromToday(5)))
      ).status,
    ).toBe(409);
    const other = await activeCorrection();
    const refused = await testApp
      .as('receptionist')
      .post('/api/appointments')
      .send(laser(clientId, other.planId, dayFromToday(5)));
    expect(refused.status).toBe(400);
    expect(refused.body.errors).toEqual([{ field: 'correctionPlanId', message: 'Not a correction plan of this client' }]);
  });
});

describe('cancelling a correction plan', () => {
  it('cancels every laser session still booked or confirmed, each with its history, and leaves other appointments be', async () => {
    const { clientId, planId } = await activeCorrection();
    const book = async (date: string) => {
      const booked = await testApp
        .as('receptionist')
        .post('/api/appointments')
        .send(laser(clientId, planId, date, '16:00'));
      expect(booked.status).toBe(201);
      return booked.body.id as string;
    };
    const confirmedId = await book(dayFromToday(23));
    const laserIds = [await book(dayFromToday(8)), confirmedId, await book(dayFromToday(38))];
    expect((await testApp.as('receptionist').post(`/api/appointments/${confirmedId}/status`).send({ status: 'confirmed' })).status).toBe(200);
    const consultation = await testApp
      .as('receptionist')
      .post('/api/appointments')
      .send({ kind: 'consultation', clientId, artistId: testApp.staff.artist.id, roomId: rooms[1], startsAt: at(dayFromToday(9), '16:00') });
    expect(consultation.status).toBe(201);

    const cancelled = await testApp.as('receptionist').post(`/api/treatment-plans/${planId}/cancel`).send({ reason: 'Client moving abroad' });
    expect(cancelled.status).toBe(200);

    const appointments = await testApp.database.appointment.findMany({
      where: { id: { in: laserIds } },
      include: { events: { where: { change: 'status' }, orderBy: { occurredAt: 'asc' } } },
    });
    expect(appointments).toHaveLength(3);
    for (const appointment of appointments) {
      expect(appointment).toMatchObject({ status: 'cancelled', cancellationReason: 'Plan cancelled: Client moving abroad', lateCancellation: false });
      expect(appointment.events.at(-1)).toMatchObject({ toStatus: 'cancelled', staffId: testApp.staff.receptionist.id, reason: 'Plan cancelled: Client moving abroad' });
    }
    expect(appointments.find((appointment) => appointment.id === confirmedId)!.events.at(-1)!.fromStatus).toBe('confirmed');
    expect((await testApp.database.appointment.findUniqueOrThrow({ where: { id: consultation.body.id } })).status).toBe('booked');
  });
});

describe('SMP after laser removal', () => {
  it('is refused before the last laser session plus its healing time, naming the first day, and allowed from that day', async () => {
    const { clientId, planId, sessions } = await activeCorrection();
    await testApp
      .as('receptionist')
      .post('/api/appointments')
      .send(laser(clientId, planId, dayFromToday(6), '11:00'));
    await testApp
      .as('receptionist')
      .post('/api/appointments')
      .send(laser(clientId, planId, dayFromToday(20), '11:00'));

    const early = await testApp
      .as('receptionist')
      .post('/api/appointments')
      .send(smp(clientId, sessions[0]!.id, dayFromToday(40)));
    expect(early.status).toBe(409);
    expect(early.headers['content-type']).toContain('application/problem+json');
    expect(early.body).toMatchObject({
      type: problemTypes.beforeLaserHealing,
      earliestOn: dayFromToday(41),
      errors: [{ field: 'startsAt', message: `SMP may start on ${dayFromToday(41)} at the earliest` }],
    });
    expect(early.body.detail).toContain(dayFromToday(41));

    expect(
      (
        await testApp
          .as('receptionist')
          .post('/api/appointments')
          .send(smp(clientId, sessions[0]!.id, dayFromToday(41)))
      ).status,
    ).toBe(201);
    const plan = await testApp.as('receptionist').get(`/api/treatment-plans/${planId}/laser-sessions`);
    expect(plan.body.earliestSmp).toEqual({ on: dayFromToday(41), reason: `21 days of healing after the last laser session, on ${dayFromToday(20)}` });
  });

  it('is offered free times only from the first day it may start', async () => {
    const { clientId, planId } = await activeCorrection();
    await testApp
      .as('receptionist')
      .post('/api/appointments')
      .send(laser(clientId, planId, dayFromToday(9), '14:00'));
    const slots = (await testApp.as('receptionist').get(`/api/treatment-plans/${planId}/next-session-slots`)).body.slots as { startsAt: string }[];
    expect(slots.length).toBeGreaterThan(0);
    expect(slots[0]!.startsAt >= at(dayFromToday(30), '00:00')).toBe(true);
  });

  it('refuses a laser session that would fall within the healing time before a booked SMP session', async () => {
    const { clientId, planId, sessions } = await activeCorrection();
    await testApp
      .as('receptionist')
      .post('/api/appointments')
      .send(laser(clientId, planId, dayFromToday(7), '12:00'));
    expect(
      (
        await testApp
          .as('receptionist')
          .post('/api/appointments')
          .send(smp(clientId, sessions[0]!.id, dayFromToday(28), '12:00'))
      ).status,
    ).toBe(201);
    const late = await testApp
      .as('receptionist')
      .post('/api/appointments')
      .send(laser(clientId, planId, dayFromToday(21), '12:00'));
    expect(late.status).toBe(409);
    expect(late.body.type).toBe(problemTypes.beforeLaserHealing);
  });

  it('is booked earlier only on an owner’s override, with the reason audited', async () => {
    const { clientId, planId, sessions } = await activeCorrection();
    await testApp
      .as('receptionist')
      .post('/api/appointments')
      .send(laser(clientId, planId, dayFromToday(8), '13:00'));
    const early = smp(clientId, sessions[0]!.id, dayFromToday(15), '13:00');
    const override = { reason: 'Laser faded the old work fully; the doctor cleared the skin early' };
    expect(
      (
        await testApp
          .as('receptionist')
          .post('/api/appointments')
          .send({ ...early, override })
      ).status,
    ).toBe(403);
    const booked = await testApp
      .as('owner')
      .post('/api/appointments')
      .send({ ...early, override });
    expect(booked.status).toBe(201);
    expect(booked.body.overrideReason).toBe(override.reason);
    const event = await testApp.database.auditEvent.findFirst({ where: { action: 'appointment.book', entityId: booked.body.id } });
    expect(event?.details).toMatchObject({ overrideReason: override.reason });
  });
});

describe('a laser session’s record', () => {
  it('holds the device, settings and reaction, completes the session, and is written once', async () => {
    const { clientId, planId } = await activeCorrection();
    // Today from midnight, on the owner's override: arriving waits for the appointment's day.
    const booked = await testApp
      .as('owner')
      .post('/api/appointments')
      .send({ ...laser(clientId, planId, dayFromToday(0), '00:00'), durationMinutes: 15, override: { reason: 'Walk-in laser session for the test' } });
    expect(booked.status).toBe(201);
    for (const status of ['arrived', 'in_progress']) await testApp.as('artist').post(`/api/appointments/${booked.body.id}/status`).send({ status });
    expect((await testApp.as('artist').post(`/api/appointments/${booked.body.id}/session-record`).send({})).status).toBe(400);

    const input = { device: 'PicoWay', wavelengthNm: 1064, fluenceJPerCm2: 2.5, spotSizeMm: 4, settingsNotes: '2 Hz, one pass', reaction: 'Immediate frosting, settled within 10 minutes' };
    const recorded = await testApp.as('artist').post(`/api/appointments/${booked.body.id}/laser-record`).send(input);
    expect(recorded.status).toBe(201);
    expect(recorded.body).toMatchObject({ ...input, artist: { id: testApp.staff.artist.id } });
    expect((await testApp.as('receptionist').get(`/api/appointments/${booked.body.id}`)).body.status).toBe('completed');
    expect((await testApp.as('receptionist').get(`/api/treatment-plans/${planId}/laser-sessions`)).body.sessions[0].recorded).toBe(true);

    expect((await testApp.as('artist').post(`/api/appointments/${booked.body.id}/laser-record`).send(input)).status).toBe(409);
    await expect(testApp.database.$executeRawUnsafe(`UPDATE laser_session_records SET reaction = 'none' WHERE appointment_id = '${booked.body.id}'`)).rejects.toThrow();

    expect((await testApp.as('receptionist').get(`/api/appointments/${booked.body.id}/laser-record`)).status).toBe(403);
    expect((await testApp.as('owner').get(`/api/appointments/${booked.body.id}/laser-record`)).body.reaction).toBe(input.reaction);
    const trail = await testApp.database.auditEvent.findMany({ where: { clientId, action: { in: ['laser.record', 'laser.read'] } }, orderBy: { id: 'asc' } });
    expect(trail.map((event) => event.action)).toEqual(['laser.record', 'laser.read']);
  });

  it('refuses a record without its settings, naming the fields', async () => {
    const refused = await testApp.as('artist').post(`/api/appointments/${crypto.randomUUID()}/laser-record`).send({ device: 'PicoWay', reaction: 'Frosting' });
    expect(refused.status).toBe(400);
    expect(refused.body.errors.map((error: { field: string }) => error.field).sort()).toEqual(['fluenceJPerCm2', 'spotSizeMm', 'wavelengthNm']);
  });
});
