import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { MAX_APPOINTMENT_MINUTES } from '@smp/contracts';
import { createTestApp, type TestApp } from '../test-support/test-app.js';
import { activePlan, at, dayFromToday, openClinic, plannedSessions, planShades, screenedClient } from '../test-support/scheduling.js';

let testApp: TestApp;
let rooms: string[];
beforeAll(async () => {
  testApp = await createTestApp();
  ({ rooms } = await openClinic(testApp));
});
afterAll(async () => {
  await testApp.close();
});

const book = (body: Record<string, unknown>, role: 'receptionist' | 'owner' | 'artist' = 'receptionist') =>
  testApp
    .as(role)
    .post('/api/appointments')
    .send({ artistId: testApp.staff.artist.id, ...body });

let nextDay = 2;
/** A day of its own for each test, so bookings of different tests never meet. */
const freshDay = () => dayFromToday(nextDay++);

let earlyHour = 4;
/**
 * A maintenance visit today, an hour of its own before the clinic opens (on the
 * owner's override), so it is today whatever the time the tests run: a client
 * arrives on the appointment's day.
 */
async function bookToday(clientId: string): Promise<{ id: string }> {
  const startsAt = at(dayFromToday(0), `0${earlyHour++}:00`);
  const booked = await book({ kind: 'maintenance', clientId, roomId: rooms[1], startsAt, durationMinutes: 60, override: { reason: 'Seen before opening, entered by the owner' } }, 'owner');
  expect(booked.status).toBe(201);
  return booked.body;
}

describe('double booking', () => {
  it('lets exactly one of 20 simultaneous bookings of the same artist win', async () => {
    const day = freshDay();
    const clientIds = await Promise.all(Array.from({ length: 20 }, () => screenedClient(testApp)));
    const responses = await Promise.all(
      clientIds.map((clientId, index) => book({ kind: 'maintenance', clientId, roomId: rooms[index % 2], startsAt: at(day, index % 2 ? '10:00' : '10:30'), durationMinutes: 120 })),
    );
    expect(responses.filter((response) => response.status === 201)).toHaveLength(1);
    const refused = responses.filter((response) => response.status === 409);
    expect(refused).toHaveLength(19);
    expect(refused.every((response) => response.body.type === '/problems/conflict')).toBe(true);
    const rows = await testApp.database.appointment.count({ where: { clientId: { in: clientIds }, status: 'booked' } });
    expect(rows).toBe(1);
  });

  it('refuses a room already in use by another artist', async () => {
    const day = freshDay();
    const first = await book({ kind: 'maintenance', clientId: await screenedClient(testApp), roomId: rooms[0], startsAt: at(day, '09:00'), durationMinutes: 60 });
    expect(first.status).toBe(201);
    await testApp.as('owner').put(`/api/artists/${testApp.staff.owner.id}/hours`).send({ weekly: [] });
    const otherArtist = (
      await testApp
        .as('owner')
        .post('/api/staff')
        .send({ name: 'Second Artist', email: `second.artist.${day}@clinic.test`, role: 'artist', password: 'a long first password' })
    ).body;
    await testApp
      .as('owner')
      .put(`/api/artists/${otherArtist.id}/hours`)
      .send({ weekly: [1, 2, 3, 4, 5, 6, 7].map((weekday) => ({ weekday, starts: '09:00', ends: '17:00' })) });
    const clash = await book({ kind: 'maintenance', artistId: otherArtist.id, clientId: await screenedClient(testApp), roomId: rooms[0], startsAt: at(day, '09:30'), durationMinutes: 60 });
    expect(clash.status).toBe(409);
    expect(clash.body.errors).toEqual([{ field: 'roomId', message: 'Already in use at that time' }]);
    await testApp.as('owner').post(`/api/staff/${otherArtist.id}/deactivate`);
  });
});

describe('one client, one place', () => {
  it('refuses a client in two appointments at once, even with two artists', async () => {
    const day = freshDay();
    const clientId = await screenedClient(testApp);
    expect((await book({ kind: 'maintenance', clientId, roomId: rooms[0], startsAt: at(day, '09:00'), durationMinutes: 60 })).status).toBe(201);
    const otherArtist = (
      await testApp
        .as('owner')
        .post('/api/staff')
        .send({ name: 'Third Artist', email: `third.artist.${day}@clinic.test`, role: 'artist', password: 'a long first password' })
    ).body;
    await testApp
      .as('owner')
      .put(`/api/artists/${otherArtist.id}/hours`)
      .send({ weekly: [1, 2, 3, 4, 5, 6, 7].map((weekday) => ({ weekday, starts: '09:00', ends: '17:00' })) });
    const twice = await book({ kind: 'maintenance', artistId: otherArtist.id, clientId, roomId: rooms[1], startsAt: at(day, '09:30'), durationMinutes: 60 });
    expect(twice.status).toBe(409);
    expect(twice.body.title).toBe('The client is already booked');
    await testApp.as('owner').post(`/api/staff/${otherArtist.id}/deactivate`);
  });

  it('refuses times that have passed, unless an owner records one with a reason', async () => {
    const clientId = await screenedClient(testApp);
    const yesterday = { kind: 'maintenance', clientId, roomId: rooms[0], startsAt: new Date(Date.now() - 26 * 3_600_000).toISOString(), durationMinutes: 30 };
    const refused = await book(yesterday);
    expect(refused.status).toBe(409);
    expect(refused.body.title).toBe('In the past');
    expect((await book({ ...yesterday, override: { reason: 'Entered after the fact from the paper diary' } }, 'owner')).status).toBe(201);
  });
});

describe('consultations on the calendar', () => {
  it('books a consultation by video call with its record, and refuses a mode on a treatment', async () => {
    const day = freshDay();
    const clientId = await screenedClient(testApp);
    const booked = await book({ kind: 'consultation', clientId, startsAt: at(day, '09:00'), durationMinutes: 45, consultationMode: 'video' });
    expect(booked.status).toBe(201);
    const consultation = await testApp.as('receptionist').get(`/api/clients/${clientId}/consultations/${booked.body.consultationId}`);
    expect(consultation.body.mode).toBe('video');

    const treatment = await book({ kind: 'maintenance', clientId, roomId: rooms[0], startsAt: at(day, '11:00'), durationMinutes: 60, consultationMode: 'phone' });
    expect(treatment.status).toBe(400);
    expect(treatment.body.errors.map((error: { field: string }) => error.field)).toEqual(['consultationMode']);
  });
});

describe('length', () => {
  it('refuses a booking or a move longer than the longest appointment, naming the field, and writes nothing', async () => {
    const day = freshDay();
    const clientId = await screenedClient(testApp);
    const tooLong = await book(
      { kind: 'maintenance', clientId, roomId: rooms[0], startsAt: at(day, '09:00'), durationMinutes: MAX_APPOINTMENT_MINUTES + 15, override: { reason: 'A long day' } },
      'owner',
    );
    expect(tooLong.status).toBe(400);
    expect(tooLong.body.errors.map((error: { field: string }) => error.field)).toEqual(['durationMinutes']);
    const booked = await book({ kind: 'maintenance', clientId, roomId: rooms[0], startsAt: at(day, '09:00'), durationMinutes: 60 });
    const stretched = await testApp
      .as('owner')
      .patch(`/api/appointments/${booked.body.id}`)
      .send({ durationMinutes: MAX_APPOINTMENT_MINUTES + 15, override: { reason: 'A long day' } });
    expect(stretched.status).toBe(400);
    expect(stretched.body.errors.map((error: { field: string }) => error.field)).toEqual(['durationMinutes']);
    expect((await testApp.as('owner').get(`/api/appointments/${booked.body.id}`)).body.durationMinutes).toBe(60);
  });
});

describe('working hours', () => {
  it('refuses a booking outside the artist’s hours, saying which they are; an owner may override with a reason', async () => {
    const day = freshDay();
    const clientId = await screenedClient(testApp);
    const late = { kind: 'maintenance', clientId, roomId: rooms[0], startsAt: at(day, '16:00'), durationMinutes: 120 };
    const refused = await book(late);
    expect(refused.status).toBe(409);
    expect(refused.body).toMatchObject({ type: '/problems/outside-working-hours', workingHours: ['09:00–17:00'] });

    const byReception = await book({ ...late, override: { reason: 'Client can only come after work this week' } });
    expect(byReception.status).toBe(403);
    const byOwner = await book({ ...late, override: { reason: 'Client can only come after work this week' } }, 'owner');
    expect(byOwner.status).toBe(201);
    expect(byOwner.body.overrideReason).toBe('Client can only come after work this week');
    const [event] = (await testApp.as('owner').get('/api/audit-events').query({ action: 'appointment.book', clientId })).body.items;
    expect(event.details).toMatchObject({ overrideReason: 'Client can only come after work this week' });
  });

  it('refuses days off and clinic closures', async () => {
    const day = freshDay();
    const clientId = await screenedClient(testApp);
    await testApp.as('owner').post(`/api/artists/${testApp.staff.artist.id}/time-off`).send({ startsOn: day, endsOn: day, reason: 'holiday' });
    const refused = await book({ kind: 'maintenance', clientId, roomId: rooms[0], startsAt: at(day, '10:00'), durationMinutes: 60 });
    expect(refused.body).toMatchObject({ type: '/problems/outside-working-hours', workingHours: [] });
    const closedDay = freshDay();
    await testApp.as('owner').post('/api/closures').send({ startsOn: closedDay, endsOn: closedDay, reason: 'Public holiday' });
    expect((await book({ kind: 'maintenance', clientId, roomId: rooms[0], startsAt: at(closedDay, '10:00'), durationMinutes: 60 })).status).toBe(409);
  });
});

describe('plan sessions', () => {
  it('books session 2 only 7 to 28 days after session 1 ends, naming the window', async () => {
    const clientId = await screenedClient(testApp);
    const plan = await activePlan(testApp, clientId);
    const [first, second] = plan.sessions;
    const day = dayFromToday(30);
    const session1 = await book({ kind: 'plan_session', clientId, roomId: rooms[1], planSessionId: first!.id, startsAt: at(day, '09:00') });
    expect(session1.status).toBe(201);
    expect(session1.body.durationMinutes).toBe(210);

    const tooSoon = await book({ kind: 'plan_session', clientId, roomId: rooms[1], planSessionId: second!.id, startsAt: at(dayFromToday(35), '09:00') });
    expect(tooSoon.status).toBe(409);
    expect(tooSoon.body).toMatchObject({ type: '/problems/outside-session-window', window: { opensOn: dayFromToday(37), closesOn: dayFromToday(58) } });

    const inWindow = await book({ kind: 'plan_session', clientId, roomId: rooms[1], planSessionId: second!.id, startsAt: at(dayFromToday(40), '09:00') });
    expect(inWindow.status).toBe(201);

    // Moving session 1 later would leave session 2 too close: refused, until session 2 moves first.
    const move = await testApp
      .as('receptionist')
      .patch(`/api/appointments/${session1.body.id}`)
      .send({ startsAt: at(dayFromToday(36), '09:00') });
    expect(move.status).toBe(409);
    expect(move.body.detail).toMatch(/Session 2 must start between/);

    const plain = (await testApp.as('artist').get(`/api/treatment-plans/${plan.id}`)).body;
    expect(plain.sessions.map((session: { window: unknown; appointment: { id: string } }) => [session.window, session.appointment.id])).toEqual([
      [null, session1.body.id],
      [{ opensOn: dayFromToday(37), closesOn: dayFromToday(58) }, inWindow.body.id],
    ]);
  });

  it('books each session once, and keeps the window when a booking and a move race', async () => {
    const clientId = await screenedClient(testApp);
    const plan = await activePlan(testApp, clientId);
    const session1 = (await book({ kind: 'plan_session', clientId, roomId: rooms[0], planSessionId: plan.sessions[0]!.id, startsAt: at(dayFromToday(63), '09:00') })).body;
    const again = await book({ kind: 'plan_session', clientId, roomId: rooms[1], planSessionId: plan.sessions[0]!.id, startsAt: at(dayFromToday(64), '09:00') });
    expect(again.status).toBe(409);
    expect(again.body.title).toBe('Already booked');

    // Session 2 on day 63+27, and at the same moment session 1 moved 8 days later: both cannot stand.
    const [booking, move] = await Promise.all([
      book({ kind: 'plan_session', clientId, roomId: rooms[1], planSessionId: plan.sessions[1]!.id, startsAt: at(dayFromToday(90), '09:00') }),
      testApp
        .as('receptionist')
        .patch(`/api/appointments/${session1.id}`)
        .send({ startsAt: at(dayFromToday(55), '09:00') }),
    ]);
    // Whichever came first stands; the other would leave the sessions 35 days apart.
    expect([booking.status, move.status].filter((status) => status === 409)).toHaveLength(1);
    const [, second] = (await testApp.as('receptionist').get(`/api/treatment-plans/${plan.id}`)).body.sessions;
    if (second.appointment) expect(second.appointment.startsAt.slice(0, 10) <= second.window.closesOn).toBe(true);
  });

  it('offers next-session slots only inside the window', async () => {
    const clientId = await screenedClient(testApp);
    const plan = await activePlan(testApp, clientId);
    await book({ kind: 'plan_session', clientId, roomId: rooms[0], planSessionId: plan.sessions[0]!.id, startsAt: at(dayFromToday(20), '13:00') });
    const next = (await testApp.as('receptionist').get(`/api/treatment-plans/${plan.id}/next-session-slots`)).body;
    expect(next.window).toEqual({ opensOn: dayFromToday(27), closesOn: dayFromToday(48) });
    expect(next.slots.length).toBeGreaterThan(0);
    const days = next.slots.map((slot: { startsAt: string }) => new Date(slot.startsAt).toLocaleDateString('en-CA', { timeZone: 'America/New_York' }));
    expect(days.every((day: string) => day >= next.window.opensOn && day <= next.window.closesOn)).toBe(true);
  });

  it('needs a screening that allows treatment on the session’s day, to start a plan and to book it', async () => {
    const clientId = await screenedClient(testApp, { blood_thinners: { answer: true } });
    const created = (
      await testApp
        .as('artist')
        .post('/api/treatment-plans')
        .send({ clientId, style: 'density', artistId: testApp.staff.artist.id, sessions: await plannedSessions(testApp) })
    ).body;
    const start = await testApp.as('receptionist').post(`/api/treatment-plans/${created.id}/start`);
    expect(start.status).toBe(409);
    expect(start.body).toMatchObject({ type: '/problems/not-eligible-for-treatment', reasons: [{ code: 'clearance_missing' }] });
    const touchUp = await book({ kind: 'touch_up', clientId, roomId: rooms[0], startsAt: at(freshDay(), '09:00'), durationMinutes: 60 });
    expect(touchUp.status).toBe(409);
    expect(touchUp.body.type).toBe('/problems/not-eligible-for-treatment');
  });

  it('adds a third session or a paid touch-up in one action, and completes when every session is done', async () => {
    await testApp
      .as('owner')
      .put('/api/prices')
      .send({ prices: [{ style: 'density', planPriceMinor: 300_000, extraSessionPriceMinor: 70_000 }] });
    const clientId = await screenedClient(testApp);
    const plan = await activePlan(testApp, clientId);
    expect((await testApp.as('artist').get(`/api/treatment-plans/${plan.id}`)).body).toMatchObject({ quotedPriceMinor: 300_000, currency: 'USD' });
    const [, softBlack] = await planShades(testApp);
    const third = await testApp
      .as('artist')
      .post(`/api/treatment-plans/${plan.id}/sessions`)
      .send({ kind: 'included', pigmentIds: [softBlack] });
    expect(third.body.sessions.map((session: { number: number; kind: string; priceMinor: number }) => [session.number, session.kind, session.priceMinor])).toEqual([
      [1, 'included', 0],
      [2, 'included', 0],
      // The first touch-up (session 2) is included; the third is charged at the extra-session price.
      [3, 'included', 70_000],
    ]);
    expect(
      (
        await testApp
          .as('artist')
          .post(`/api/treatment-plans/${plan.id}/sessions`)
          .send({ kind: 'included', pigmentIds: [softBlack] })
      ).status,
    ).toBe(409);
    const extra = await testApp
      .as('artist')
      .post(`/api/treatment-plans/${plan.id}/sessions`)
      .send({ kind: 'extra', pigmentIds: [softBlack] });
    expect(extra.body.sessions.at(-1)).toMatchObject({ number: 4, kind: 'extra', priceMinor: 70_000 });

    const cancelled = await testApp.as('receptionist').post(`/api/treatment-plans/${plan.id}/cancel`).send({ reason: 'Moving abroad' });
    expect(cancelled.body).toMatchObject({ status: 'cancelled', cancellationReason: 'Moving abroad' });
  });
});

describe('cancelling a plan', () => {
  it('cancels a draft plan, which never started', async () => {
    const clientId = await screenedClient(testApp);
    const draft = (
      await testApp
        .as('artist')
        .post('/api/treatment-plans')
        .send({ clientId, style: 'density', artistId: testApp.staff.artist.id, sessions: await plannedSessions(testApp) })
    ).body;
    const cancelled = await testApp.as('receptionist').post(`/api/treatment-plans/${draft.id}/cancel`).send({ reason: 'Client chose another clinic' });
    expect(cancelled.status).toBe(200);
    expect(cancelled.body).toMatchObject({ status: 'cancelled', cancellationReason: 'Client chose another clinic', startedAt: null });
    expect((await testApp.as('receptionist').post(`/api/treatment-plans/${draft.id}/start`)).status).toBe(409);
  });

  it('cancels a started plan with its booked sessions', async () => {
    const clientId = await screenedClient(testApp);
    const plan = await activePlan(testApp, clientId);
    const session = (await book({ kind: 'plan_session', clientId, roomId: rooms[0], planSessionId: plan.sessions[0]!.id, startsAt: at(freshDay(), '09:00') })).body;
    const cancelled = await testApp.as('receptionist').post(`/api/treatment-plans/${plan.id}/cancel`).send({ reason: 'Moving abroad' });
    expect(cancelled.body).toMatchObject({ status: 'cancelled', cancellationReason: 'Moving abroad' });
    expect((await testApp.as('receptionist').get(`/api/appointments/${session.id}`)).body).toMatchObject({ status: 'cancelled', cancellation: { reason: 'Plan cancelled: Moving abroad' } });
  });

  it('cancels a plan whose reason uses the whole length, its bookings with the reason cut to fit', async () => {
    const clientId = await screenedClient(testApp);
    const plan = await activePlan(testApp, clientId);
    const session = (await book({ kind: 'plan_session', clientId, roomId: rooms[0], planSessionId: plan.sessions[0]!.id, startsAt: at(freshDay(), '09:00') })).body;
    const reason = 'The client has decided to wait. '.repeat(20).slice(0, 500);
    const cancelled = await testApp.as('receptionist').post(`/api/treatment-plans/${plan.id}/cancel`).send({ reason });
    expect(cancelled.status).toBe(200);
    expect(cancelled.body).toMatchObject({ status: 'cancelled', cancellationReason: reason });
    const booking = (await testApp.as('receptionist').get(`/api/appointments/${session.id}`)).body;
    expect(booking.status).toBe('cancelled');
    expect(booking.cancellation.reason).toHaveLength(500);
    expect(booking.cancellation.reason.startsWith('Plan cancelled: The client has decided to wait.')).toBe(true);
  });
});

describe('statuses', () => {
  it('move along the allowed transitions only, keep their history, and mark late cancellations', async () => {
    const clientId = await screenedClient(testApp);
    const day = dayFromToday(1);
    const booked = (await book({ kind: 'maintenance', clientId, roomId: rooms[0], startsAt: at(day, '15:00'), durationMinutes: 60 })).body;
    const status = (to: string, reason?: string, role: 'receptionist' | 'artist' = 'receptionist') =>
      testApp
        .as(role)
        .post(`/api/appointments/${booked.id}/status`)
        .send({ status: to, ...(reason ? { reason } : {}) });
    expect((await status('completed')).status).toBe(409);
    expect((await status('confirmed')).status).toBe(200);
    expect((await status('cancelled')).status).toBe(400);
    const cancelled = await status('cancelled', 'Client has the flu');
    expect(cancelled.body.cancellation).toMatchObject({ reason: 'Client has the flu', late: true });
    expect((await status('arrived')).status).toBe(409);

    const detail = (await testApp.as('receptionist').get(`/api/appointments/${booked.id}`)).body;
    expect(detail.history.map((event: { change: string; toStatus: string | null }) => `${event.change}:${event.toStatus ?? 'none'}`)).toEqual([
      'booked:booked',
      'status:confirmed',
      'status:cancelled',
    ]);
    // The slot is free again.
    expect((await book({ kind: 'maintenance', clientId, roomId: rooms[0], startsAt: at(day, '15:00'), durationMinutes: 60 })).status).toBe(201);
  });

  it('lets artists move only their own appointments along', async () => {
    const clientId = await screenedClient(testApp);
    const booked = await bookToday(clientId);
    // Confirming is the front desk's, as the web app offers it: the artist's own booking included.
    expect((await testApp.as('artist').post(`/api/appointments/${booked.id}/status`).send({ status: 'confirmed' })).status).toBe(403);
    expect((await testApp.as('artist').post(`/api/appointments/${booked.id}/status`).send({ status: 'arrived' })).status).toBe(200);
    expect((await testApp.as('artist').post(`/api/appointments/${booked.id}/status`).send({ status: 'in_progress' })).status).toBe(200);
    const completed = await testApp.as('artist').post(`/api/appointments/${booked.id}/status`).send({ status: 'completed' });
    expect(completed.status).toBe(409);
    expect(completed.body.detail).toMatch(/completed by recording it/);
    const other = await bookToday(await screenedClient(testApp));
    await testApp.as('owner').put(`/api/artists/${testApp.staff.owner.id}/hours`).send({ weekly: [] });
    expect((await testApp.as('receptionist').post(`/api/appointments/${other.id}/status`).send({ status: 'arrived' })).status).toBe(200);
  });

  it('refuses to start a session the screening no longer allows that day', async () => {
    const clientId = await screenedClient(testApp);
    const booked = await bookToday(clientId);
    await screenedClient(testApp);
    const { CURRENT_SCREENING_QUESTIONNAIRE } = await import('@smp/contracts');
    const { signatureDataUrl } = await import('../test-support/files.js');
    const answers = Object.fromEntries(CURRENT_SCREENING_QUESTIONNAIRE.questions.map((question) => [question.id, { answer: question.id === 'pregnant_breastfeeding' }]));
    await testApp
      .as('artist')
      .post(`/api/clients/${clientId}/screenings`)
      .send({ questionnaireVersion: CURRENT_SCREENING_QUESTIONNAIRE.version, answers, signedName: 'Plan Client', signature: await signatureDataUrl() });
    await testApp.as('artist').post(`/api/appointments/${booked.id}/status`).send({ status: 'arrived' });
    const start = await testApp.as('artist').post(`/api/appointments/${booked.id}/status`).send({ status: 'in_progress' });
    expect(start.status).toBe(409);
    expect(start.body).toMatchObject({ type: '/problems/not-eligible-for-treatment', reasons: [{ code: 'deferred' }] });
  });

  it('refuses arrived and in progress days ahead of the appointment, and changes nothing', async () => {
    const clientId = await screenedClient(testApp);
    const ahead = (await book({ kind: 'maintenance', clientId, roomId: rooms[0], startsAt: at(freshDay(), '10:00'), durationMinutes: 60 })).body;
    const arrived = await testApp.as('receptionist').post(`/api/appointments/${ahead.id}/status`).send({ status: 'arrived' });
    expect(arrived.status).toBe(409);
    expect(arrived.body.detail).toMatch(/^The appointment is on .* a client arrives, and a session starts, on its day$/);
    // Marked arrived before this rule existed: it still cannot start ahead of its day.
    await testApp.database.appointment.update({ where: { id: ahead.id }, data: { status: 'arrived' } });
    expect((await testApp.as('artist').post(`/api/appointments/${ahead.id}/status`).send({ status: 'in_progress' })).status).toBe(409);
    expect((await testApp.as('owner').post(`/api/appointments/${ahead.id}/status`).send({ status: 'in_progress' })).status).toBe(409);
    const detail = (await testApp.as('receptionist').get(`/api/appointments/${ahead.id}`)).body;
    expect(detail.status).toBe('arrived');
    expect(detail.history.map((event: { change: string }) => event.change)).toEqual(['booked']);
  });
});

describe('the follow-up queue', () => {
  it('lists plans whose next session is not booked, most urgent first, with the last contact', async () => {
    const clientId = await screenedClient(testApp);
    const plan = await activePlan(testApp, clientId);
    await book({ kind: 'plan_session', clientId, roomId: rooms[0], planSessionId: plan.sessions[0]!.id, startsAt: at(dayFromToday(60), '09:00') });
    let queue = (await testApp.as('receptionist').get('/api/follow-ups')).body.items;
    const item = queue.find((candidate: { plan: { id: string } }) => candidate.plan.id === plan.id);
    expect(item).toMatchObject({ kind: 'next_session', urgency: 'not_yet_open', session: { number: 2 }, window: { opensOn: dayFromToday(67) }, lastContact: null });

    await testApp.as('receptionist').post('/api/follow-ups/contacts').send({ clientId, planId: plan.id, channel: 'phone', outcome: 'call_back', note: 'Call after 6pm' });
    queue = (await testApp.as('receptionist').get('/api/follow-ups')).body.items;
    expect(queue.find((candidate: { plan: { id: string } }) => candidate.plan.id === plan.id).lastContact).toMatchObject({
      outcome: 'call_back',
      note: 'Call after 6pm',
      staff: { id: testApp.staff.receptionist.id },
    });
    const urgencies = queue.map((candidate: { urgency: string }) => candidate.urgency);
    const order = ['overdue', 'closing_soon', 'open', 'not_yet_open', 'first_session', 'maintenance_due'];
    expect(urgencies).toEqual([...urgencies].sort((a: string, b: string) => order.indexOf(a) - order.indexOf(b)));
    expect((await testApp.as('artist').get('/api/follow-ups')).status).toBe(403);
  });
});
