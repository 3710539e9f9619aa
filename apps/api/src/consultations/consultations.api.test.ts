import { readdir } from 'node:fs/promises';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import sharp from 'sharp';
import { createTestApp, type TestApp } from '../test-support/test-app.js';
import { DecodePool } from '../storage/decode-pool.js';
import { heicPhoto, jpegPhoto } from '../test-support/files.js';
import { at, dayFromToday, openClinic } from '../test-support/scheduling.js';

let testApp: TestApp;
let clientId: string;
let rooms: string[];
beforeAll(async () => {
  testApp = await createTestApp();
  ({ rooms } = await openClinic(testApp));
  clientId = (await testApp.as('receptionist').post('/api/clients').send({ firstName: 'Ana', lastName: 'Lopez', phone: '(415) 555-0199' })).body.id;
});
afterAll(async () => {
  await testApp.close();
});

// Each booking an hour after the last, six a day within the artist's hours: an artist is never in two consultations at once.
let bookings = 0;
function nextBookingTime(): string {
  const number = bookings++;
  return at(dayFromToday(3 + Math.floor(number / 6)), `${String(9 + (number % 6)).padStart(2, '0')}:00`);
}
const booking = () => ({
  artistId: testApp.staff.artist.id,
  mode: 'video',
  startsAt: nextBookingTime(),
  durationMinutes: 45,
});
const record = {
  hairLossCauses: ['genetic_pattern'],
  norwoodStage: 4,
  naturalHairColour: 'dark_brown',
  skinTone: 'III',
  usesMinoxidil: true,
  usesFinasteride: false,
  transplantHistory: 'fue',
  desiredStyle: 'hairline_restoration',
  shadeDirection: 'dark_grey',
  expectationsDiscussed: true,
  notes: 'Soft, slightly irregular hairline; two sessions.',
};

async function bookConsultation() {
  const response = await testApp.as('receptionist').post(`/api/clients/${clientId}/consultations`).send(booking());
  expect(response.status).toBe(201);
  return response.body as { id: string };
}

// Consultations that have taken place: days before today, entered on an owner's override, one an hour after the last.
let pastBookings = 0;
/** A consultation whose time has passed, with the test artist unless another is named. */
async function pastConsultation(artistId = testApp.staff.artist.id) {
  const number = pastBookings++;
  const startsAt = at(dayFromToday(-3 - Math.floor(number / 6)), `${String(9 + (number % 6)).padStart(2, '0')}:00`);
  const response = await testApp
    .as('owner')
    .post('/api/appointments')
    .send({ kind: 'consultation', clientId, artistId, startsAt, durationMinutes: 45, override: { reason: 'Entered after the fact from the paper diary' } });
  expect(response.status).toBe(201);
  return { id: response.body.consultationId as string, startsAt };
}

const upload = (consultationId: string, file: Buffer, name: string, view = 'front') =>
  testApp.as('artist').post(`/api/clients/${clientId}/consultations/${consultationId}/photos`).field('view', view).attach('file', file, name);

async function storedFiles(): Promise<string[]> {
  return (await readdir(testApp.filesDir, { recursive: true, withFileTypes: true })).filter((entry) => entry.isFile()).map((entry) => entry.name);
}

describe('booking and recording a consultation', () => {
  it('is booked by reception, recorded by the artist once it has started, and shows its record only to clinicians', async () => {
    const booked = await bookConsultation();
    const early = await testApp.as('artist').put(`/api/clients/${clientId}/consultations/${booked.id}/record`).send(record);
    expect(early.status).toBe(409);
    await testApp
      .as('owner')
      .patch(`/api/appointments/${(await testApp.as('artist').get(`/api/clients/${clientId}/consultations/${booked.id}`)).body.appointmentId}`)
      .send({ startsAt: at(dayFromToday(-2), '09:00'), override: { reason: 'It took place two days ago; the diary was wrong' } });
    const recorded = await testApp.as('artist').put(`/api/clients/${clientId}/consultations/${booked.id}/record`).send(record);
    expect(recorded.status).toBe(200);
    expect(recorded.body).toMatchObject({
      status: 'completed',
      mode: 'video',
      startsAt: at(dayFromToday(-2), '09:00'),
      artist: { id: testApp.staff.artist.id },
      record: { ...record, ludwigStage: null, recordedBy: { id: testApp.staff.artist.id } },
    });
    const asReception = await testApp.as('receptionist').get(`/api/clients/${clientId}/consultations/${booked.id}`);
    expect(asReception.body).toMatchObject({ status: 'completed', record: null, photos: [] });
    expect((await testApp.as('receptionist').put(`/api/clients/${clientId}/consultations/${booked.id}/record`).send(record)).status).toBe(403);
  });

  it('keeps which fields a correction changed', async () => {
    const booked = await pastConsultation();
    await testApp.as('artist').put(`/api/clients/${clientId}/consultations/${booked.id}/record`).send(record);
    await testApp
      .as('artist')
      .put(`/api/clients/${clientId}/consultations/${booked.id}/record`)
      .send({ ...record, norwoodStage: 5 });
    const [correction] = (await testApp.as('owner').get('/api/audit-events').query({ action: 'consultation.record', clientId })).body.items;
    expect(correction.changedFields).toEqual(['norwoodStage']);
  });

  it('refuses a record with field-level reasons', async () => {
    const booked = await pastConsultation();
    const response = await testApp
      .as('artist')
      .put(`/api/clients/${clientId}/consultations/${booked.id}/record`)
      .send({ ...record, hairLossCauses: [], norwoodStage: 9, ludwigStage: 2, expectationsDiscussed: false, skinTone: 'VII' });
    expect(response.status).toBe(400);
    expect(response.body.errors.map((error: { field: string }) => error.field).sort()).toEqual(['expectationsDiscussed', 'hairLossCauses', 'norwoodStage', 'skinTone']);
    const both = await testApp
      .as('artist')
      .put(`/api/clients/${clientId}/consultations/${booked.id}/record`)
      .send({ ...record, ludwigStage: 2 });
    expect(both.body.errors).toEqual([{ field: 'ludwigStage', message: 'Give a Norwood or a Ludwig stage, not both' }]);
  });

  it('refuses to put the artist in two consultations at once', async () => {
    const first = booking();
    expect((await testApp.as('receptionist').post(`/api/clients/${clientId}/consultations`).send(first)).status).toBe(201);
    const overlapping = { ...first, startsAt: new Date(Date.parse(first.startsAt) + 30 * 60_000).toISOString() };
    const clash = await testApp.as('receptionist').post(`/api/clients/${clientId}/consultations`).send(overlapping);
    expect(clash.status).toBe(409);
    expect(clash.body).toMatchObject({ title: 'The artist is already booked', errors: [{ field: 'artistId', message: 'Already booked at that time' }] });
  });

  it('keeps the room an artist books it in, and refuses a room already in use then', async () => {
    const inRoom = { ...booking(), mode: 'in_person', roomId: rooms[0] };
    const booked = await testApp.as('artist').post(`/api/clients/${clientId}/consultations`).send(inRoom);
    expect(booked.status).toBe(201);
    expect((await testApp.as('artist').get(`/api/appointments/${booked.body.appointmentId}`)).body.room).toMatchObject({ id: rooms[0] });

    const { staff: otherArtist, agent } = await testApp.addStaff('artist', 'Second Artist');
    await testApp
      .as('owner')
      .put(`/api/artists/${otherArtist.id}/hours`)
      .send({ weekly: [1, 2, 3, 4, 5, 6, 7].map((weekday) => ({ weekday, starts: '09:00', ends: '17:00' })) });
    const clash = await agent()
      .post(`/api/clients/${clientId}/consultations`)
      .send({ ...inRoom, artistId: otherArtist.id, startsAt: new Date(Date.parse(inRoom.startsAt) + 15 * 60_000).toISOString() });
    expect(clash.status).toBe(409);
    expect(clash.body.errors).toEqual([{ field: 'roomId', message: 'Already in use at that time' }]);
    await testApp.as('owner').post(`/api/staff/${otherArtist.id}/deactivate`);
  });

  it('books only inside the artist’s hours', async () => {
    const evening = await testApp
      .as('receptionist')
      .post(`/api/clients/${clientId}/consultations`)
      .send({ ...booking(), startsAt: at(dayFromToday(4), '18:30') });
    expect(evening.status).toBe(409);
    expect(evening.body.type).toBe('/problems/outside-working-hours');
  });

  it('books only with an active artist, and cancels only what is booked', async () => {
    const withReceptionist = await testApp
      .as('receptionist')
      .post(`/api/clients/${clientId}/consultations`)
      .send({ ...booking(), artistId: testApp.staff.receptionist.id });
    expect(withReceptionist.body.errors).toEqual([{ field: 'artistId', message: 'Choose an active artist' }]);
    const booked = await bookConsultation();
    const cancelled = await testApp.as('receptionist').post(`/api/clients/${clientId}/consultations/${booked.id}/cancel`).send({ reason: 'Client unwell' });
    expect(cancelled.body).toMatchObject({ status: 'cancelled', cancellationReason: 'Client unwell' });
    expect((await testApp.as('receptionist').post(`/api/clients/${clientId}/consultations/${booked.id}/cancel`).send({ reason: 'again' })).status).toBe(409);
    expect((await testApp.as('artist').put(`/api/clients/${clientId}/consultations/${booked.id}/record`).send(record)).status).toBe(409);
  });

  it('lists a client’s consultations newest first, page by page', async () => {
    const page = await testApp.as('artist').get(`/api/clients/${clientId}/consultations?limit=2`);
    expect(page.body.items).toHaveLength(2);
    const next = await testApp.as('artist').get(`/api/clients/${clientId}/consultations?limit=2&cursor=${page.body.nextCursor}`);
    expect(next.status).toBe(200);
    expect(next.body.items[0].id).not.toBe(page.body.items[1].id);
    // A cursor from another client's list names none of this one's rows: refused, not page one again.
    const other = await testApp.as('receptionist').post('/api/clients').send({ firstName: 'Other', lastName: 'Client', email: 'other.client@example.com' });
    const elsewhere = await testApp.as('artist').get(`/api/clients/${other.body.id}/consultations?limit=2&cursor=${page.body.nextCursor}`);
    expect(elsewhere.status).toBe(400);
    expect(elsewhere.body.errors).toEqual([{ field: 'cursor', message: 'Not a cursor from this list; start again without it' }]);
  });

  it('lists the active artists for booking, to every role', async () => {
    const artists = await testApp.as('receptionist').get('/api/artists');
    expect(artists.body.items).toEqual([{ id: testApp.staff.artist.id, name: 'Arturo Artist' }]);
  });
});

describe('who records a consultation, and when', () => {
  const recordOf = async (consultationId: string) => testApp.database.consultation.findUniqueOrThrow({ where: { id: consultationId }, include: { appointment: true } });

  it('refuses another artist’s consultation and writes nothing; an owner may record it', async () => {
    const { agent: secondArtist } = await testApp.addStaff('artist', 'Bea Second');
    const theirs = await pastConsultation();
    const refused = await secondArtist().put(`/api/clients/${clientId}/consultations/${theirs.id}/record`).send(record);
    expect(refused.status).toBe(403);
    expect(refused.headers['content-type']).toMatch(/problem\+json/);
    expect(refused.body.detail).toBe('Only the appointment’s artist, or an owner, writes to its clinical record');
    const photo = await secondArtist()
      .post(`/api/clients/${clientId}/consultations/${theirs.id}/photos`)
      .field('view', 'front')
      .attach('file', await jpegPhoto(), 'front.jpg');
    expect(photo.status).toBe(403);
    expect(await recordOf(theirs.id)).toMatchObject({ recordedAt: null, appointment: { status: 'booked' } });
    expect(await testApp.database.clientPhoto.count({ where: { consultationId: theirs.id } })).toBe(0);

    const byOwner = await testApp.as('owner').put(`/api/clients/${clientId}/consultations/${theirs.id}/record`).send(record);
    expect(byOwner.status).toBe(200);
    expect(byOwner.body).toMatchObject({ status: 'completed', artist: { id: testApp.staff.artist.id }, record: { recordedBy: { id: testApp.staff.owner.id } } });
    expect(
      (
        await secondArtist()
          .put(`/api/clients/${clientId}/consultations/${theirs.id}/record`)
          .send({ ...record, norwoodStage: 6 })
      ).status,
    ).toBe(403);
  });

  it('refuses to record a consultation ahead without moving it, says how, and writes nothing', async () => {
    const ahead = await bookConsultation();
    for (const role of ['artist', 'owner'] as const) {
      const refused = await testApp.as(role).put(`/api/clients/${clientId}/consultations/${ahead.id}/record`).send(record);
      expect(refused.status).toBe(409);
      expect(refused.headers['content-type']).toMatch(/problem\+json/);
      expect(refused.body.detail).toMatch(/^This consultation is booked for \w{3} \d{1,2} \w{3} \d{2}:\d{2}\. If it is taking place now, record it with 'Move to now and record'$/);
      expect(refused.body.errors).toEqual([{ field: 'startsAt', message: expect.stringMatching(/^Booked for .*: not started yet$/) }]);
    }
    expect(await recordOf(ahead.id)).toMatchObject({ recordedAt: null, appointment: { status: 'booked' } });
    expect(await testApp.database.appointmentEvent.count({ where: { appointment: { consultation: { id: ahead.id } }, change: 'moved' } })).toBe(0);
  });

  it('records one taking place before its booked time by moving its appointment to now, in one go', async () => {
    const ahead = await bookConsultation();
    const before = await recordOf(ahead.id);
    const requestedAt = Date.now();
    const recorded = await testApp
      .as('artist')
      .put(`/api/clients/${clientId}/consultations/${ahead.id}/record`)
      .send({ ...record, moveAppointmentToNow: true });
    expect(recorded.status).toBe(200);
    expect(recorded.body).toMatchObject({ status: 'completed', durationMinutes: 45, artist: { id: testApp.staff.artist.id }, record: { recordedBy: { id: testApp.staff.artist.id } } });
    const startsAt = Date.parse(recorded.body.startsAt);
    expect(startsAt).toBeGreaterThanOrEqual(requestedAt - 1000);
    expect(startsAt).toBeLessThanOrEqual(Date.now());

    const appointment = (await testApp.as('receptionist').get(`/api/appointments/${before.appointmentId}`)).body;
    expect(appointment).toMatchObject({ status: 'completed', startsAt: recorded.body.startsAt, artist: { id: testApp.staff.artist.id }, room: null });
    expect(appointment.history).toContainEqual(
      expect.objectContaining({ change: 'moved', fromStartsAt: before.appointment.startsAt.toISOString(), toStartsAt: recorded.body.startsAt, reason: 'Recorded before its booked time' }),
    );
    const [moveAudit] = (await testApp.as('owner').get('/api/audit-events').query({ action: 'appointment.move', clientId })).body.items;
    expect(moveAudit).toMatchObject({ entityId: before.appointmentId, changedFields: ['startsAt', 'endsAt'] });
  });

  it('refuses to move it to now over another appointment of the artist, naming the clash, and writes nothing', async () => {
    const { staff: artist } = await testApp.addStaff('artist', 'Cal Busy');
    const newClient = async (lastName: string) =>
      (
        await testApp
          .as('receptionist')
          .post('/api/clients')
          .send({ firstName: 'Dee', lastName, email: `dee.${lastName.toLowerCase()}@example.com` })
      ).body.id as string;
    const override = { reason: 'Fitted in by the owner' };
    const bookNow = await testApp
      .as('owner')
      .post('/api/appointments')
      .send({ kind: 'consultation', clientId: await newClient('Now'), artistId: artist.id, startsAt: new Date(Date.now() - 10 * 60_000).toISOString(), durationMinutes: 60, override });
    expect(bookNow.status).toBe(201);
    const laterClientId = await newClient('Later');
    const later = await testApp
      .as('owner')
      .post('/api/appointments')
      .send({ kind: 'consultation', clientId: laterClientId, artistId: artist.id, startsAt: at(dayFromToday(5), '10:00'), durationMinutes: 45, override });
    expect(later.status).toBe(201);
    const consultationId = later.body.consultationId as string;

    const clash = await testApp
      .as('owner')
      .put(`/api/clients/${laterClientId}/consultations/${consultationId}/record`)
      .send({ ...record, moveAppointmentToNow: true });
    expect(clash.status).toBe(409);
    expect(clash.headers['content-type']).toMatch(/problem\+json/);
    expect(clash.body).toMatchObject({ title: 'The artist is already booked', errors: [{ field: 'artistId', message: 'Already booked at that time' }] });
    expect(await recordOf(consultationId)).toMatchObject({ recordedAt: null, appointment: { status: 'booked', startsAt: new Date(at(dayFromToday(5), '10:00')) } });
    expect(await testApp.database.appointmentEvent.count({ where: { appointmentId: later.body.id, change: { not: 'booked' } } })).toBe(0);
    expect(await testApp.database.auditEvent.count({ where: { action: { in: ['appointment.move', 'consultation.record'] }, clientId: laterClientId } })).toBe(0);
  });
});

describe('photos', () => {
  it('stores a JPEG with a preview and a thumbnail, served only to signed-in clinicians', async () => {
    const booked = await bookConsultation();
    const response = await upload(booked.id, await jpegPhoto(2400, 1800), 'IMG_0001.JPG');
    expect(response.status).toBe(201);
    expect(response.body).toMatchObject({ view: 'front', mediaType: 'image/jpeg', width: 2400, height: 1800, consultationId: booked.id });

    const thumbnail = await testApp.as('artist').get(response.body.thumbnailUrl).buffer(true);
    // Health data on a shared front-desk browser: never cached, never run as anything but an image.
    expect(thumbnail.headers).toMatchObject({
      'content-type': 'image/jpeg',
      'cache-control': 'no-store',
      'x-content-type-options': 'nosniff',
      'content-security-policy': "sandbox; default-src 'none'",
    });
    expect(await sharp(thumbnail.body as Buffer).metadata()).toMatchObject({ width: 320, height: 240 });
    const preview = await testApp.as('owner').get(response.body.previewUrl).buffer(true);
    expect((await sharp(preview.body as Buffer).metadata()).width).toBe(1600);

    expect((await testApp.http.get(response.body.thumbnailUrl)).status).toBe(401);
    expect((await testApp.as('receptionist').get(response.body.thumbnailUrl)).status).toBe(403);
    const consultation = await testApp.as('artist').get(`/api/clients/${clientId}/consultations/${booked.id}`);
    expect(consultation.headers['cache-control']).toBe('no-store');
    expect(consultation.body.photos.map((photo: { id: string }) => photo.id)).toEqual([response.body.id]);
  });

  it('answers 503 with Retry-After while the server is busy decoding, and leaves nothing behind', async () => {
    const booked = await bookConsultation();
    const before = { files: await storedFiles(), rows: await testApp.database.clientPhoto.count() };
    const pool = testApp.app.get(DecodePool);
    let finishDecodes!: () => void;
    const decodesInFlight = new Promise<void>((resolve) => (finishDecodes = resolve));
    const busy = Array.from({ length: pool.maxRunning + pool.maxWaiting }, () => pool.run(() => decodesInFlight));

    const refused = await upload(booked.id, await jpegPhoto(), 'IMG_0003.JPG');
    expect(refused.status).toBe(503);
    expect(refused.headers['retry-after']).toBe('5');
    expect(refused.headers['content-type']).toMatch(/problem\+json/);
    expect({ files: await storedFiles(), rows: await testApp.database.clientPhoto.count() }).toEqual(before);

    finishDecodes();
    await Promise.all(busy);
    expect((await upload(booked.id, await jpegPhoto(), 'IMG_0003.JPG')).status).toBe(201);
  });

  it('reads iPhone HEIC photos, and shows them as JPEG', async () => {
    const booked = await bookConsultation();
    const response = await upload(booked.id, await heicPhoto(), 'IMG_0002.HEIC', 'crown');
    expect(response.status).toBe(201);
    expect(response.body).toMatchObject({ mediaType: 'image/heic', width: 64, height: 48, view: 'crown' });
    const preview = await testApp.as('artist').get(response.body.previewUrl).buffer(true);
    expect(preview.headers['content-type']).toBe('image/jpeg');
    const original = await testApp.as('artist').get(response.body.originalUrl).buffer(true);
    expect(original.headers['content-type']).toBe('image/heic');
  });

  it('lists one view across visits, newest first, for comparison', async () => {
    const front = await testApp.as('artist').get(`/api/clients/${clientId}/photos?view=front`);
    expect(front.status).toBe(200);
    expect(front.body.items.every((photo: { view: string }) => photo.view === 'front')).toBe(true);
  });

  it('refuses bad uploads with a 4xx and leaves nothing behind', async () => {
    const booked = await bookConsultation();
    const before = { files: await storedFiles(), rows: await testApp.database.clientPhoto.count() };

    const script = await upload(booked.id, Buffer.from('<script>alert(1)</script>'), 'photo.jpg');
    expect(script.status).toBe(415);
    expect(script.body.errors).toEqual([{ field: 'file', message: 'Upload a JPEG, PNG, HEIC or WebP photo' }]);

    const broken = await upload(booked.id, Buffer.concat([Buffer.from([0xff, 0xd8, 0xff, 0xe0]), Buffer.alloc(500, 7)]), 'broken.jpg');
    expect(broken.status).toBe(400);
    expect(broken.body.errors).toEqual([{ field: 'file', message: 'The photo could not be read; it may be damaged' }]);

    const empty = await upload(booked.id, Buffer.alloc(0), 'empty.jpg');
    expect(empty.status).toBe(400);

    const tooLarge = await upload(booked.id, Buffer.alloc(15 * 1024 * 1024 + 1, 0xff), 'huge.jpg');
    expect(tooLarge.status).toBe(413);
    expect(tooLarge.headers['content-type']).toMatch(/problem\+json/);

    const noView = await testApp
      .as('artist')
      .post(`/api/clients/${clientId}/consultations/${booked.id}/photos`)
      .attach('file', await jpegPhoto(), 'a.jpg');
    expect(noView.body.errors).toEqual([{ field: 'view', message: 'Choose the view: front, top, crown, left, right or back' }]);

    const noFile = await testApp.as('artist').post(`/api/clients/${clientId}/consultations/${booked.id}/photos`).field('view', 'front');
    expect(noFile.body.errors).toEqual([{ field: 'file', message: 'Choose a photo' }]);

    expect({ files: await storedFiles(), rows: await testApp.database.clientPhoto.count() }).toEqual(before);
  });
});
