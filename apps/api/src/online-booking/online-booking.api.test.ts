import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { BookingSlot } from '@smp/contracts';
import { simpleParser } from 'mailparser';
import { dayFromToday, openClinic } from '../test-support/scheduling.js';
import { createTestApp, type TestApp } from '../test-support/test-app.js';
import { StaleBookingRequestsTask } from './stale-booking-requests.task.js';

/**
 * A client books a consultation online, as the booking page will: slots from the
 * API, the code read from the email the app's worker sent through its SMTP server.
 * Each test comes from an address of its own (X-Forwarded-For, one proxy trusted),
 * so the rate limits of one do not reach another.
 */

const ARRIVAL_DEADLINE_MS = 20_000;
let testApp: TestApp;
let addresses = 0;
let emails = 0;

beforeAll(async () => {
  testApp = await createTestApp({ JOB_WORKER: 'true', PUBLIC_URL: 'https://clinic.example.com', TRUST_PROXY: '1' });
  await openClinic(testApp);
  await setOffer({});
}, 60_000);
afterAll(async () => {
  await testApp.close();
});

async function setOffer(changes: Record<string, unknown>) {
  const saved = await testApp
    .as('owner')
    .put('/api/clinic/online-booking')
    .send({ enabled: true, artistIds: [testApp.staff.artist.id], modes: ['in_person', 'video'], minNoticeHours: 0, horizonDays: 30, ...changes });
  expect(saved.status).toBe(200);
}

/** A visitor of the booking page, from an address of their own. */
function visitor() {
  addresses += 1;
  const address = `203.0.113.${addresses}`;
  return {
    get: (path: string) => testApp.http.get(path).set('X-Forwarded-For', address),
    post: (path: string, body: object) => testApp.http.post(path).set('X-Forwarded-For', address).send(body),
  };
}
type Visitor = ReturnType<typeof visitor>;

const newEmail = () => `online.${(emails += 1)}.${Date.now()}@example.com`;

async function freeSlots(page: Visitor, fromDays: number, toDays = fromDays + 6): Promise<BookingSlot[]> {
  const answer = await page.get(`/api/public/booking/slots?artistId=${testApp.staff.artist.id}&from=${dayFromToday(fromDays)}&to=${dayFromToday(toDays)}`);
  expect(answer.status).toBe(200);
  return answer.body.slots;
}

/** The newest email the mail server received for the address, as text, once the worker has sent it. */
async function arrivedText(email: string, subject: RegExp): Promise<string> {
  const deadline = Date.now() + ARRIVAL_DEADLINE_MS;
  for (;;) {
    const caught = await testApp.database.$queryRaw<{ raw: Buffer }[]>`
      SELECT raw FROM caught_emails WHERE ${email} = ANY(envelope_to) ORDER BY received_at DESC`;
    for (const { raw } of caught) {
      const parsed = await simpleParser(Buffer.from(raw));
      if (subject.test(parsed.subject ?? '')) return parsed.text ?? '';
    }
    if (Date.now() > deadline) throw new Error(`No email matching ${subject} arrived for ${email}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

async function codeFor(email: string): Promise<string> {
  return /Your code: (\d{6})/.exec(await arrivedText(email, /is your code/))![1]!;
}

async function start(page: Visitor, slot: BookingSlot, email: string, changes: Record<string, unknown> = {}) {
  return page.post('/api/public/booking/start', {
    mode: 'video',
    artistId: slot.artistId,
    startsAt: slot.startsAt,
    firstName: 'Nia',
    lastName: 'Online',
    email,
    phone: '+14155552671',
    ...changes,
  });
}

/** Starts and verifies: the slot is held. */
async function hold(page: Visitor, slot: BookingSlot, email = newEmail()): Promise<{ requestId: string; email: string }> {
  const started = await start(page, slot, email);
  expect(started.status).toBe(200);
  // The app keeps emails lower-cased, as the mail server receives them.
  const verified = await page.post('/api/public/booking/verify', { requestId: started.body.requestId, code: await codeFor(email.toLowerCase()) });
  expect(verified.status).toBe(200);
  return { requestId: started.body.requestId, email };
}

async function bookOnline(page: Visitor, slot: BookingSlot, email = newEmail()) {
  const { requestId } = await hold(page, slot, email);
  const confirmed = await page.post('/api/public/booking/confirm', { requestId });
  expect(confirmed.status).toBe(201);
  return { email, manageToken: confirmed.body.manageToken as string, booking: confirmed.body.booking };
}

/** Another artist, at work every day from 9 to 5. */
async function artistAtWork(name: string) {
  const { staff } = await testApp.addStaff('artist', name);
  await testApp
    .as('owner')
    .put(`/api/artists/${staff.id}/hours`)
    .send({ weekly: [1, 2, 3, 4, 5, 6, 7].map((weekday) => ({ weekday, starts: '09:00', ends: '17:00' })) });
  return staff;
}

async function appointmentAt(startsAt: string) {
  const [row] = await testApp.database.$queryRaw<{ id: string; client_id: string; created_by: string | null; booked_online: boolean; status: string }[]>`
    SELECT id, client_id, created_by, booked_online, status FROM appointments WHERE starts_at = ${new Date(startsAt)} AND status <> 'cancelled'`;
  return row!;
}

describe('online booking of a consultation', () => {
  it('books after the email is verified, as the client’s own act, and reception confirms the new client', async () => {
    const page = visitor();
    const options = await page.get('/api/public/booking/options');
    expect(options.status).toBe(200);
    expect(options.body).toMatchObject({ modes: ['in_person', 'video'], artists: [{ id: testApp.staff.artist.id, name: testApp.staff.artist.name }] });

    const slot = (await freeSlots(page, 3))[0]!;
    const email = newEmail();
    const started = await start(page, slot, email);
    expect(started.status).toBe(200);
    expect(Object.keys(started.body).sort()).toEqual(['expiresAt', 'requestId']);

    const held = await page.post('/api/public/booking/verify', { requestId: started.body.requestId, code: await codeFor(email) });
    expect(held.status).toBe(200);
    expect(held.body).toMatchObject({ startsAt: slot.startsAt, artistName: testApp.staff.artist.name });
    expect(Date.parse(held.body.heldUntil) - Date.now()).toBeGreaterThan(9 * 60_000);
    // Held: no longer offered to anyone else.
    expect((await freeSlots(page, 3)).map((free) => free.startsAt)).not.toContain(slot.startsAt);

    const confirmed = await page.post('/api/public/booking/confirm', { requestId: started.body.requestId });
    expect(confirmed.status).toBe(201);
    expect(confirmed.body.booking).toMatchObject({ mode: 'video', startsAt: slot.startsAt, status: 'booked', artistName: testApp.staff.artist.name });
    // The handle is spent.
    expect((await page.post('/api/public/booking/confirm', { requestId: started.body.requestId })).status).toBe(410);

    const appointment = await appointmentAt(slot.startsAt);
    expect(appointment).toMatchObject({ created_by: null, booked_online: true, status: 'booked' });
    const [event] = await testApp.database.$queryRaw<{ staff_id: string | null; by_client: boolean }[]>`
      SELECT staff_id, by_client FROM appointment_events WHERE appointment_id = ${appointment.id}::uuid AND change = 'booked'`;
    expect(event).toEqual({ staff_id: null, by_client: true });
    const trail = await testApp.database.$queryRaw<{ action: string; actor_id: string | null; details: Record<string, unknown> }[]>`
      SELECT action, actor_id, details FROM audit_events WHERE client_id = ${appointment.client_id}::uuid ORDER BY id`;
    expect(trail.map((entry) => [entry.action, entry.actor_id, entry.details.through])).toEqual([
      ['client.create', null, 'online_booking'],
      ['appointment.book', null, 'online_booking'],
    ]);

    const manageText = await arrivedText(email, /Your intake and booking links/);
    expect(manageText).toContain(`https://clinic.example.com/book/manage/${confirmed.body.manageToken}`);
    // And the intake from home, opened by the link in the same email.
    expect(manageText).toContain(`https://clinic.example.com/intake/${confirmed.body.intakeToken}`);
    expect((await page.get(`/api/public/intake/${confirmed.body.intakeToken}`)).body).toMatchObject({ firstName: 'Nia', submitted: false, consultation: { mode: 'video' } });

    const reception = testApp.as('receptionist');
    const waiting = await reception.get('/api/online-clients');
    expect(waiting.body.items).toContainEqual(expect.objectContaining({ id: appointment.client_id, email, firstName: 'Nia', lastName: 'Online' }));
    expect((await reception.post(`/api/online-clients/${appointment.client_id}/confirm`).send({})).status).toBe(200);
    expect((await reception.get('/api/online-clients')).body.items.map((client: { id: string }) => client.id)).not.toContain(appointment.client_id);
  });

  it('counts wrong codes and ends the request at the fifth', async () => {
    const page = visitor();
    const slot = (await freeSlots(page, 4))[0]!;
    const email = newEmail();
    const { requestId } = (await start(page, slot, email)).body;
    const code = await codeFor(email);
    const wrong = code === '000000' ? '000001' : '000000';
    for (let attempt = 1; attempt <= 5; attempt += 1) {
      const answer = await page.post('/api/public/booking/verify', { requestId, code: wrong });
      expect(answer.status).toBe(400);
      expect(answer.body.errors[0].field).toBe('code');
    }
    const locked = await page.post('/api/public/booking/verify', { requestId, code });
    expect(locked.status).toBe(410);
    expect(locked.headers['content-type']).toContain('application/problem+json');
  });

  it('frees a slot whose hold lapsed: another client holds and books it, the first cannot confirm', async () => {
    const first = visitor();
    const slot = (await freeSlots(first, 5))[0]!;
    const { requestId } = await hold(first, slot);
    await testApp.database.$executeRaw`UPDATE slot_holds SET expires_at = now() - interval '1 second' WHERE starts_at = ${new Date(slot.startsAt)} AND released_at IS NULL`;
    expect((await freeSlots(first, 5)).map((free) => free.startsAt)).toContain(slot.startsAt);

    const second = visitor();
    await bookOnline(second, slot);
    const late = await first.post('/api/public/booking/confirm', { requestId });
    expect(late.status).toBe(409);
    expect(late.body.errors).toEqual([{ field: 'startsAt', message: 'No longer free' }]);
  });

  it('lets one of two clients racing for a slot hold it; the other is told to choose another', async () => {
    const [one, two] = [visitor(), visitor()];
    const slot = (await freeSlots(one, 6))[0]!;
    const [emailOne, emailTwo] = [newEmail(), newEmail()];
    const startedOne = await start(one, slot, emailOne);
    const startedTwo = await start(two, slot, emailTwo);
    const [codeOne, codeTwo] = await Promise.all([codeFor(emailOne), codeFor(emailTwo)]);
    const answers = await Promise.all([
      one.post('/api/public/booking/verify', { requestId: startedOne.body.requestId, code: codeOne }),
      two.post('/api/public/booking/verify', { requestId: startedTwo.body.requestId, code: codeTwo }),
    ]);
    expect(answers.map((answer) => answer.status).sort()).toEqual([200, 409]);
    const confirms = await Promise.all([
      one.post('/api/public/booking/confirm', { requestId: startedOne.body.requestId }),
      two.post('/api/public/booking/confirm', { requestId: startedTwo.body.requestId }),
    ]);
    expect(confirms.map((answer) => answer.status).sort()).toEqual([201, 409]);
    const booked = await testApp.database.$queryRaw<{ n: number }[]>`
      SELECT count(*)::int AS n FROM appointments WHERE starts_at = ${new Date(slot.startsAt)} AND status <> 'cancelled'`;
    expect(booked[0]!.n).toBe(1);

    // The one who lost picks another time, and their code holds it.
    const loser = answers[0].status === 409 ? { page: one, requestId: startedOne.body.requestId, code: codeOne } : { page: two, requestId: startedTwo.body.requestId, code: codeTwo };
    const other = (await freeSlots(loser.page, 6))[0]!;
    const heldOther = await loser.page.post('/api/public/booking/verify', { requestId: loser.requestId, code: loser.code, startsAt: other.startsAt });
    expect(heldOther.status).toBe(200);
    expect(heldOther.body.startsAt).toBe(other.startsAt);
    expect((await loser.page.post('/api/public/booking/confirm', { requestId: loser.requestId })).status).toBe(201);
  });

  it('holds the slot once for a client who sends their code twice at once', async () => {
    const page = visitor();
    const slot = (await freeSlots(page, 18))[0]!;
    const email = newEmail();
    const { requestId } = (await start(page, slot, email)).body;
    const code = await codeFor(email);
    const answers = await Promise.all([1, 2, 3].map(() => page.post('/api/public/booking/verify', { requestId, code })));
    // Not told that their own hold took the time from them.
    expect(answers.map((answer) => answer.status)).toEqual([200, 200, 200]);
    expect(new Set(answers.map((answer) => answer.body.heldUntil)).size).toBe(1);
    expect((await page.post('/api/public/booking/confirm', { requestId })).status).toBe(201);
  });

  it('books an existing client by their verified email, never a duplicate', async () => {
    const email = newEmail();
    const reception = testApp.as('receptionist');
    const known = await reception.post('/api/clients').send({ firstName: 'Known', lastName: 'Client', email });
    expect(known.status).toBe(201);
    // A newer record with the same email, archived: never the one matched.
    const archived = await reception.post('/api/clients?confirmDuplicate=true').send({ firstName: 'Old', lastName: 'Record', email });
    expect((await reception.post(`/api/clients/${archived.body.id}/archive`).send({ reason: 'Moved away' })).status).toBe(200);

    const page = visitor();
    const slot = (await freeSlots(page, 7))[0]!;
    await bookOnline(page, slot, email.toUpperCase());
    expect((await appointmentAt(slot.startsAt)).client_id).toBe(known.body.id);
    const [{ n }] = (await testApp.database.$queryRaw<{ n: number }[]>`SELECT count(*)::int AS n FROM clients WHERE email = ${email}`) as [{ n: number }];
    expect(n).toBe(2);
    const [{ online }] = (await testApp.database.$queryRaw<{ online: Date | null }[]>`
      SELECT online_unconfirmed_since AS online FROM clients WHERE id = ${known.body.id}::uuid`) as [{ online: Date | null }];
    expect(online).toBeNull();
  });

  it('moves and cancels through the manage link, a late cancellation flagged as staff’s are', async () => {
    const page = visitor();
    const { manageToken, booking } = await bookOnline(page, (await freeSlots(page, 8))[0]!);
    const manage = `/api/public/booking/manage/${manageToken}`;
    // The clinic's rule comes before the client cancels: late within 48 hours, and the fee that costs.
    expect((await page.get(manage)).body).toMatchObject({ startsAt: booking.startsAt, status: 'booked', cancellationPolicy: { lateWithinHours: 48, lateFeeMinor: expect.any(Number) } });

    const later = (await page.get(`${manage}/slots?from=${dayFromToday(9)}&to=${dayFromToday(9)}`)).body.slots[2] as BookingSlot;
    const moved = await page.post(`${manage}/reschedule`, { startsAt: later.startsAt });
    expect(moved.status).toBe(200);
    expect(moved.body).toMatchObject({ startsAt: later.startsAt, status: 'booked' });
    const appointment = await appointmentAt(later.startsAt);
    const [event] = await testApp.database.$queryRaw<{ staff_id: string | null; by_client: boolean }[]>`
      SELECT staff_id, by_client FROM appointment_events WHERE appointment_id = ${appointment.id}::uuid AND change = 'moved'`;
    expect(event).toEqual({ staff_id: null, by_client: true });
    const [audited] = await testApp.database.$queryRaw<{ actor_id: string | null; changed_fields: string[]; details: object }[]>`
      SELECT actor_id, changed_fields, details FROM audit_events WHERE action = 'appointment.move' AND entity_id = ${appointment.id}`;
    expect(audited).toEqual({ actor_id: null, changed_fields: ['startsAt', 'endsAt'], details: { byClient: true, through: 'online_booking' } });

    const cancelled = await page.post(`${manage}/cancel`, {});
    expect(cancelled.status).toBe(200);
    expect(cancelled.body).toMatchObject({ status: 'cancelled', lateCancellation: false });
    const [cancelAudited] = await testApp.database.$queryRaw<{ actor_id: string | null; details: object }[]>`
      SELECT actor_id, details FROM audit_events WHERE action = 'appointment.status' AND entity_id = ${appointment.id}`;
    expect(cancelAudited).toEqual({ actor_id: null, details: { byClient: true, through: 'online_booking', from: 'booked', to: 'cancelled' } });
    // Cancelled: the link is revoked.
    expect((await page.get(manage)).status).toBe(404);

    // Tomorrow is within the 48 hours that make a cancellation late.
    const soon = (await freeSlots(page, 1, 1)).at(-1)!;
    const { manageToken: soonToken } = await bookOnline(page, soon);
    const lateCancel = await page.post(`/api/public/booking/manage/${soonToken}/cancel`, {});
    expect(lateCancel.body).toMatchObject({ status: 'cancelled', lateCancellation: true });
  });

  it('refuses a move online to a time the client is booked with another artist, beside its time', async () => {
    const other = await artistAtWork('Di Other');
    const page = visitor();
    const slots = await freeSlots(page, 21, 21);
    const first = slots[0]!;
    const later = slots.find((slot) => Date.parse(slot.startsAt) >= Date.parse(first.endsAt));
    const { manageToken } = await bookOnline(page, first);
    const { client_id: clientId } = await appointmentAt(first.startsAt);
    const elsewhere = await testApp.as('receptionist').post('/api/appointments').send({ kind: 'consultation', clientId, artistId: other.id, startsAt: later!.startsAt, durationMinutes: 30 });
    expect(elsewhere.status).toBe(201);
    const moved = await page.post(`/api/public/booking/manage/${manageToken}/reschedule`, { startsAt: later!.startsAt });
    expect(moved.status).toBe(409);
    expect(moved.headers['content-type']).toContain('application/problem+json');
    expect(moved.body.errors).toEqual([{ field: 'startsAt', message: 'The client is booked then' }]);
  });

  it('keeps the manage link through a staff move, until the appointment’s new start, and ends it when staff cancel', async () => {
    const page = visitor();
    const { manageToken, booking } = await bookOnline(page, (await freeSlots(page, 16))[0]!);
    const manage = `/api/public/booking/manage/${manageToken}`;
    const appointment = await appointmentAt(booking.startsAt);
    const later = (await freeSlots(page, 17))[0]!;
    const reception = testApp.as('receptionist');
    expect((await reception.patch(`/api/appointments/${appointment.id}`).send({ startsAt: later.startsAt })).status).toBe(200);
    expect((await page.get(manage)).body).toMatchObject({ startsAt: later.startsAt, status: 'booked' });
    const [token] = await testApp.database.$queryRaw<{ expires_at: Date }[]>`
      SELECT expires_at FROM public_tokens WHERE appointment_id = ${appointment.id}::uuid AND purpose = 'manage_booking'`;
    expect(token!.expires_at.toISOString()).toBe(new Date(later.startsAt).toISOString());

    expect((await reception.post(`/api/appointments/${appointment.id}/status`).send({ status: 'cancelled', reason: 'Artist ill' })).status).toBe(200);
    expect((await page.get(manage)).status).toBe(404);
    expect((await page.post(`${manage}/reschedule`, { startsAt: later.startsAt })).status).toBe(404);
  });

  it('answers a client’s email and an unknown one alike', async () => {
    const email = newEmail();
    await testApp.as('receptionist').post('/api/clients').send({ firstName: 'Kay', lastName: 'Known', email });
    const page = visitor();
    const slot = (await freeSlots(page, 10))[0]!;
    const known = await start(page, slot, email);
    const unknown = await start(page, slot, newEmail());
    expect([known.status, unknown.status]).toEqual([200, 200]);
    expect(Object.keys(known.body).sort()).toEqual(Object.keys(unknown.body).sort());
    expect(typeof known.body.requestId).toBe(typeof unknown.body.requestId);
    expect(known.body.requestId).toHaveLength(unknown.body.requestId.length);
  });

  it('refuses too many starts from one address, and for one email, with 429 and Retry-After', async () => {
    const page = visitor();
    const slot = (await freeSlots(page, 11))[0]!;
    const statuses = [];
    for (let i = 0; i < 11; i += 1) statuses.push((await start(page, slot, newEmail())).status);
    expect(statuses).toEqual([...Array<number>(10).fill(200), 429]);
    const refused = await start(page, slot, newEmail());
    expect(refused.headers['content-type']).toContain('application/problem+json');
    expect(Number(refused.headers['retry-after'])).toBeGreaterThan(0);

    const email = newEmail();
    const perEmail = [];
    for (let i = 0; i < 6; i += 1) perEmail.push((await start(visitor(), slot, email)).status);
    expect(perEmail).toEqual([200, 200, 200, 200, 200, 429]);
  });

  it('refuses bad input beside its fields', async () => {
    const page = visitor();
    const slot = (await freeSlots(page, 12))[0]!;
    const answer = await start(page, slot, 'not an email', { mode: 'carrier_pigeon', phone: '12' });
    expect(answer.status).toBe(400);
    expect(answer.headers['content-type']).toContain('application/problem+json');
    expect(answer.body.errors.map((error: { field: string }) => error.field).sort()).toEqual(['email', 'mode', 'phone']);
    const notOffered = await start(page, slot, newEmail(), { mode: 'phone' });
    expect(notOffered.status).toBe(400);
    expect(notOffered.body.errors).toEqual([{ field: 'mode', message: 'Not offered for online booking' }]);
  });

  it('keeps staff from booking over a live hold, until it lapses', async () => {
    const page = visitor();
    const slot = (await freeSlots(page, 13))[0]!;
    await hold(page, slot);
    const reception = testApp.as('receptionist');
    const client = await reception.post('/api/clients').send({ firstName: 'Walk', lastName: 'In', phone: '+14155550123' });
    const booking = { kind: 'consultation', clientId: client.body.id, artistId: testApp.staff.artist.id, startsAt: slot.startsAt, durationMinutes: 30 };
    const refused = await reception.post('/api/appointments').send(booking);
    expect(refused.status).toBe(409);
    expect(refused.body.title).toBe('The artist is already booked');
    await testApp.database.$executeRaw`UPDATE slot_holds SET expires_at = now() - interval '1 second' WHERE starts_at = ${new Date(slot.startsAt)} AND released_at IS NULL`;
    expect((await reception.post('/api/appointments').send(booking)).status).toBe(201);
  });

  it('forgets, after a week, the requests that never became a booking, and keeps those that did', async () => {
    const page = visitor();
    const { requestId } = await hold(page, (await freeSlots(page, 15))[0]!);
    await bookOnline(page, (await freeSlots(page, 15))[0]!);
    await testApp.database.$executeRaw`UPDATE booking_requests SET created_at = now() - interval '8 days'`;
    await testApp.app.get(StaleBookingRequestsTask).run();
    expect((await page.post('/api/public/booking/confirm', { requestId })).status).toBe(410);
    const [counts] = await testApp.database.$queryRaw<{ booked: number; unbooked: number }[]>`
      SELECT count(appointment_id)::int AS booked, count(*) FILTER (WHERE appointment_id IS NULL)::int AS unbooked FROM booking_requests`;
    expect(counts!.unbooked).toBe(0);
    expect(counts!.booked).toBeGreaterThan(0);
    // A booking keeps the proof of its email.
    await expect(testApp.database.$executeRaw`UPDATE booking_requests SET verified_at = NULL WHERE appointment_id IS NOT NULL`).rejects.toThrow(/booking_requests_booked_when_verified/);
  });

  it('is closed while the clinic takes no bookings online', async () => {
    await setOffer({ enabled: false });
    try {
      const page = visitor();
      expect((await page.get('/api/public/booking/options')).status).toBe(404);
      expect((await page.get(`/api/public/booking/slots?from=${dayFromToday(3)}&to=${dayFromToday(4)}`)).status).toBe(404);
    } finally {
      await setOffer({});
    }
  });
});

describe('what the clinic offers online', () => {
  it('merges the offered artists’ slots when the client takes any artist, and holds one who is free', async () => {
    const second = await artistAtWork('Bea Second');
    await setOffer({ artistIds: [testApp.staff.artist.id, second.id] });
    try {
      const page = visitor();
      const day = dayFromToday(14);
      const any = (await page.get(`/api/public/booking/slots?from=${day}&to=${day}`)).body.slots as BookingSlot[];
      expect(any.length).toBeGreaterThan(0);
      expect(any.every((slot) => slot.artistId === null)).toBe(true);
      expect(new Set(any.map((slot) => slot.startsAt)).size).toBe(any.length);

      // The first artist is taken at the first start: "any" still offers it, and the hold goes to the other.
      const first = any[0]!;
      await bookOnline(page, { ...first, artistId: testApp.staff.artist.id });
      expect(((await page.get(`/api/public/booking/slots?from=${day}&to=${day}`)).body.slots as BookingSlot[])[0]!.startsAt).toBe(first.startsAt);
      const email = newEmail();
      const started = await start(page, first, email);
      const held = await page.post('/api/public/booking/verify', { requestId: started.body.requestId, code: await codeFor(email) });
      expect(held.body).toMatchObject({ startsAt: first.startsAt, artistName: 'Bea Second' });
    } finally {
      await setOffer({});
    }
  });

  it('offers no time to move to once the booking’s artist has left, and refuses a move beside its time', async () => {
    const leaving = await artistAtWork('Cy Leaving');
    await setOffer({ artistIds: [testApp.staff.artist.id, leaving.id] });
    try {
      const page = visitor();
      const day = dayFromToday(19);
      const slot = ((await page.get(`/api/public/booking/slots?artistId=${leaving.id}&from=${day}&to=${day}`)).body.slots as BookingSlot[])[0]!;
      const { manageToken } = await bookOnline(page, slot);
      expect((await testApp.as('owner').post(`/api/staff/${leaving.id}/deactivate`).send()).status).toBe(200);
      const manage = `/api/public/booking/manage/${manageToken}`;
      expect((await page.get(manage)).body).toMatchObject({ artistName: 'Cy Leaving', status: 'booked' });
      const slots = await page.get(`${manage}/slots?from=${day}&to=${dayFromToday(20)}`);
      expect(slots.status).toBe(200);
      expect(slots.body.slots).toEqual([]);
      const moved = await page.post(`${manage}/reschedule`, { startsAt: slot.startsAt });
      expect(moved.status).toBe(409);
      expect(moved.body.errors).toEqual([{ field: 'startsAt', message: 'No longer free' }]);
    } finally {
      await setOffer({});
    }
  });

  it('lets owners offer active artists only, with a kind of consultation, and audits the change', async () => {
    const owner = testApp.as('owner');
    const unknownArtist = await owner
      .put('/api/clinic/online-booking')
      .send({ enabled: true, artistIds: [testApp.staff.receptionist.id], modes: ['phone'], minNoticeHours: 12, horizonDays: 30 });
    expect(unknownArtist.status).toBe(400);
    expect(unknownArtist.body.errors).toEqual([{ field: 'artistIds.0', message: 'Not an active artist' }]);
    const noKinds = await owner.put('/api/clinic/online-booking').send({ enabled: true, artistIds: [testApp.staff.artist.id], modes: [], minNoticeHours: 12, horizonDays: 30 });
    expect(noKinds.body.errors).toEqual([{ field: 'modes', message: 'Offer at least one kind of consultation' }]);
    // The database holds the rule too, whatever writes the row.
    await expect(testApp.database.$executeRaw`UPDATE online_booking_settings SET enabled = true, artist_ids = '{}'`).rejects.toThrow(/online_booking_settings_offers_something/);

    await setOffer({ minNoticeHours: 12 });
    expect((await owner.get('/api/clinic/online-booking')).body).toMatchObject({ enabled: true, minNoticeHours: 12 });
    const [event] = await testApp.database.$queryRaw<{ actor_id: string; changed_fields: string[] }[]>`
      SELECT actor_id, changed_fields FROM audit_events WHERE action = 'online_booking.settings_update' ORDER BY id DESC LIMIT 1`;
    expect(event).toEqual({ actor_id: testApp.staff.owner.id, changed_fields: ['minNoticeHours'] });
    // No slot within the notice (tomorrow afternoon is always further off than 12 hours, so there is one).
    const soonest = ((await visitor().get(`/api/public/booking/slots?from=${dayFromToday(0)}&to=${dayFromToday(1)}`)).body.slots as BookingSlot[])[0]!;
    expect(Date.parse(soonest.startsAt) - Date.now()).toBeGreaterThanOrEqual(12 * 3_600_000 - 60_000);
    await setOffer({});
  });
});

describe('the public side’s browser protections', () => {
  it('lets any site frame the booking page, no site frame a client’s own pages or the public API, and only the app frame its own pages', async () => {
    const booking = await testApp.http.get('/book');
    expect(booking.headers['content-security-policy']).toContain('frame-ancestors *');
    expect(booking.headers['content-security-policy']).toContain("script-src 'self'");
    expect(booking.headers['x-frame-options']).toBeUndefined();
    for (const clientPage of [`/book/manage/${'A'.repeat(43)}`, `/intake/${'A'.repeat(43)}`, `/visit/${'A'.repeat(43)}`]) {
      const page = await testApp.http.get(clientPage);
      expect({ clientPage, policy: page.headers['content-security-policy'], framing: page.headers['x-frame-options'] }).toEqual({
        clientPage,
        policy: expect.stringContaining("frame-ancestors 'none'"),
        framing: 'DENY',
      });
      expect(page.headers['content-security-policy']).toContain("script-src 'self'");
    }
    const api = await testApp.http.get('/api/public/booking/options');
    expect(api.headers['content-security-policy']).toContain("frame-ancestors 'none'");
    expect(api.headers['x-frame-options']).toBe('DENY');
    const staff = await testApp.http.get('/');
    expect(staff.headers['content-security-policy']).toContain("frame-ancestors 'self'");
    expect(staff.headers['x-frame-options']).toBe('SAMEORIGIN');
  });
});
