import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { addCalendarDays, dateInZone, zonedInstant } from '@smp/contracts';
import { MaintenanceRecallTask } from '../scheduling/maintenance-recall.task.js';
import { createTestApp, type TestApp } from '../test-support/test-app.js';
import { activePlan, at, catalogPigment, CLINIC_ZONE, dayFromToday, openClinic, planSessionInProgress, recordedSession, screenedClient } from '../test-support/scheduling.js';

let testApp: TestApp;
let rooms: string[];
let lots: { pigment: string; needle: string };
beforeAll(async () => {
  testApp = await createTestApp();
  ({ rooms } = await openClinic(testApp));
  const needle = (await testApp.as('artist').post('/api/needles').send({ configuration: '1-point', gauge: '0.25 mm' })).body.items[0];
  const needles = (
    await testApp
      .as('artist')
      .post(`/api/needles/${needle.id}/lots`)
      .send({ lotNumber: 'N-1', expiresOn: dayFromToday(500), receivedOn: dayFromToday(-10), quantity: 100 })
  ).body.items[0];
  lots = { pigment: (await catalogPigment(testApp, 'Soft Black')).lotId, needle: needles.lots[0].id };
});
afterAll(async () => {
  await testApp.close();
});

interface MessageRow {
  id: string;
  kind: string;
  purpose: string;
  status: string;
  send_at: Date;
  withdrawn_reason: string | null;
  dedupe_key: string;
  session_record_id: string | null;
  /** Its delivery job, if it has one. */
  job_run_at: Date | null;
}

/** The client's messages by kind, each kind's in the order they go, each with its delivery job as the app's login sees the queue. */
async function messagesOf(clientId: string): Promise<MessageRow[]> {
  return testApp.database.$queryRaw<MessageRow[]>`
    SELECT m.id, m.kind, m.purpose, m.status, m.send_at, m.withdrawn_reason, m.dedupe_key, m.session_record_id, j.run_at AS job_run_at
      FROM client_messages m
      LEFT JOIN graphile_worker.jobs j ON j.key = 'client_message:' || m.id AND j.task_identifier = 'deliver_client_message'
     WHERE m.client_id = ${clientId}::uuid
     ORDER BY m.kind, m.send_at`;
}

const summary = (rows: MessageRow[]) => rows.map((row) => ({ kind: row.kind, status: row.status, sendAt: row.send_at.toISOString() }));
const hoursBefore = (instant: string, hours: number) => new Date(Date.parse(instant) - hours * 3_600_000).toISOString();
const dayTen = (day: string) => zonedInstant(day, '10:00', CLINIC_ZONE).toISOString();

const book = (body: Record<string, unknown>) =>
  testApp
    .as('receptionist')
    .post('/api/appointments')
    .send({ artistId: testApp.staff.artist.id, roomId: rooms[0], durationMinutes: 120, ...body });

let nextDay = 6;
/** A day of its own for each test, far enough ahead for every reminder. */
const freshDay = () => dayFromToday((nextDay += 2));

describe('a booking', () => {
  it("schedules its confirmation now, its reminders and its preparation, each with its delivery job, in the booking's transaction", async () => {
    const clientId = await screenedClient(testApp);
    const day = freshDay();
    const startsAt = at(day, '10:00');
    const before = Date.now();
    const booked = await book({ kind: 'maintenance', clientId, startsAt });
    expect(booked.status).toBe(201);

    const rows = await messagesOf(clientId);
    expect(summary(rows)).toEqual([
      { kind: 'booking_confirmation', status: 'scheduled', sendAt: expect.any(String) },
      { kind: 'preparation', status: 'scheduled', sendAt: dayTen(addCalendarDays(day, -2)) },
      { kind: 'reminder', status: 'scheduled', sendAt: hoursBefore(startsAt, 48) },
      { kind: 'reminder', status: 'scheduled', sendAt: hoursBefore(startsAt, 24) },
    ]);
    expect(rows[0]!.send_at.getTime()).toBeGreaterThanOrEqual(before - 1000);
    expect(rows[0]!.send_at.getTime()).toBeLessThanOrEqual(Date.now());
    expect(rows.every((row) => row.purpose === 'care')).toBe(true);
    expect(rows.map((row) => row.job_run_at)).toEqual(rows.map((row) => row.send_at));
  });

  it('refused for a clash leaves neither messages nor jobs', async () => {
    const day = freshDay();
    expect((await book({ kind: 'maintenance', clientId: await screenedClient(testApp), startsAt: at(day, '10:00') })).status).toBe(201);
    const jobsBefore = await jobCount();
    const clientId = await screenedClient(testApp);
    const refused = await book({ kind: 'maintenance', clientId, roomId: rooms[1], startsAt: at(day, '11:00') });
    expect(refused.status).toBe(409);
    expect(await messagesOf(clientId)).toEqual([]);
    expect(await jobCount()).toBe(jobsBefore);
  });

  it('of a consultation has reminders but no preparation', async () => {
    const clientId = await screenedClient(testApp);
    expect((await book({ kind: 'consultation', clientId, startsAt: at(freshDay(), '10:00'), durationMinutes: 45 })).status).toBe(201);
    expect((await messagesOf(clientId)).map((row) => row.kind)).toEqual(['booking_confirmation', 'reminder', 'reminder']);
  });
});

describe('a move', () => {
  it("withdraws the old time's reminders and preparation, sends an update now and schedules the new time's", async () => {
    const clientId = await screenedClient(testApp);
    const booked = await book({ kind: 'maintenance', clientId, startsAt: at(freshDay(), '10:00') });
    const day = freshDay();
    const startsAt = at(day, '13:00');
    const moved = await testApp.as('receptionist').patch(`/api/appointments/${booked.body.id}`).send({ startsAt, reason: 'Client asked' });
    expect(moved.status).toBe(200);

    const rows = await messagesOf(clientId);
    const withdrawn = rows.filter((row) => row.status === 'withdrawn');
    expect(withdrawn.map((row) => row.kind).sort()).toEqual(['preparation', 'reminder', 'reminder']);
    expect(withdrawn.every((row) => row.withdrawn_reason === 'Appointment moved')).toBe(true);
    const scheduled = rows.filter((row) => row.status === 'scheduled');
    expect(summary(scheduled).slice(2)).toEqual([
      { kind: 'preparation', status: 'scheduled', sendAt: dayTen(addCalendarDays(day, -2)) },
      { kind: 'reminder', status: 'scheduled', sendAt: hoursBefore(startsAt, 48) },
      { kind: 'reminder', status: 'scheduled', sendAt: hoursBefore(startsAt, 24) },
    ]);
    expect(scheduled.slice(0, 2).map((row) => row.kind)).toEqual(['booking_confirmation', 'booking_update']);
    expect(scheduled.map((row) => row.job_run_at)).toEqual(scheduled.map((row) => row.send_at));
  });

  it("back to the first time schedules that time's reminders again", async () => {
    const clientId = await screenedClient(testApp);
    const first = at(freshDay(), '10:00');
    const booked = await book({ kind: 'consultation', clientId, startsAt: first, durationMinutes: 45 });
    const move = (startsAt: string) => testApp.as('receptionist').patch(`/api/appointments/${booked.body.id}`).send({ startsAt });
    expect((await move(at(freshDay(), '10:00'))).status).toBe(200);
    expect((await move(first)).status).toBe(200);
    const reminders = (await messagesOf(clientId)).filter((row) => row.kind === 'reminder' && row.status === 'scheduled');
    expect(reminders.map((row) => row.send_at.toISOString())).toEqual([hoursBefore(first, 48), hoursBefore(first, 24)]);
    expect(reminders.map((row) => row.job_run_at)).toEqual(reminders.map((row) => row.send_at));
    expect((await messagesOf(clientId)).filter((row) => row.kind === 'booking_update')).toHaveLength(2);
  });
});

describe('a cancellation', () => {
  it('withdraws everything still to go and sends the cancellation', async () => {
    const clientId = await screenedClient(testApp);
    const booked = await book({ kind: 'maintenance', clientId, startsAt: at(freshDay(), '10:00') });
    const cancelled = await testApp.as('receptionist').post(`/api/appointments/${booked.body.id}/status`).send({ status: 'cancelled', reason: 'Ill' });
    expect(cancelled.status).toBe(200);
    const rows = await messagesOf(clientId);
    expect(rows.filter((row) => row.status === 'scheduled').map((row) => row.kind)).toEqual(['booking_cancellation']);
    expect(rows.filter((row) => row.status === 'withdrawn').map((row) => row.withdrawn_reason)).toEqual(Array(4).fill('Appointment cancelled'));
  });

  it("of a plan cancels each booked session's messages in one go", async () => {
    const clientId = await screenedClient(testApp);
    const plan = await activePlan(testApp, clientId);
    const days = [freshDay(), freshDay()];
    for (const [index, session] of plan.sessions.entries()) {
      const booked = await testApp
        .as('owner')
        .post('/api/appointments')
        .send({
          kind: 'plan_session',
          clientId,
          artistId: testApp.staff.artist.id,
          roomId: rooms[0],
          planSessionId: session.id,
          startsAt: at(days[index]!, '09:00'),
          durationMinutes: 120,
          override: { reason: 'Spacing agreed' },
        });
      expect(booked.status).toBe(201);
    }
    expect((await testApp.as('owner').post(`/api/treatment-plans/${plan.id}/cancel`).send({ reason: 'Moved away' })).status).toBe(200);
    const rows = await messagesOf(clientId);
    expect(rows.filter((row) => row.status === 'scheduled').map((row) => row.kind)).toEqual(['booking_cancellation', 'booking_cancellation']);
    expect(rows.filter((row) => row.status === 'withdrawn')).toHaveLength(8);
  });
});

async function recordSession(appointmentId: string): Promise<string> {
  const recorded = await recordedSession(testApp, appointmentId, { pigmentLotId: lots.pigment, needleLotId: lots.needle, durationMinutes: 200, painLevel: 3 });
  return recorded.body.id;
}

describe('a recorded session', () => {
  it('sends its aftercare now and, with a session still to book, the next window on day 7 at 10:00', async () => {
    const clientId = await screenedClient(testApp);
    const plan = await activePlan(testApp, clientId);
    const appointmentId = await planSessionInProgress(testApp, rooms, clientId, plan.sessions[0]!.id);
    const sessionRecordId = await recordSession(appointmentId);
    const { startsAt } = (await testApp.as('artist').get(`/api/appointments/${appointmentId}`)).body;

    const rows = (await messagesOf(clientId)).filter((row) => row.session_record_id);
    expect(rows.map((row) => [row.kind, row.status, row.session_record_id])).toEqual([
      ['aftercare', 'scheduled', sessionRecordId],
      ['next_session_window', 'scheduled', sessionRecordId],
    ]);
    expect(rows[1]!.send_at.toISOString()).toBe(dayTen(addCalendarDays(dateInZone(new Date(startsAt), CLINIC_ZONE), 7)));
    expect(rows.map((row) => row.job_run_at)).toEqual(rows.map((row) => row.send_at));
  });
});

describe('the maintenance recall', () => {
  it('writes one message per client whose recall is due, however often the hourly task runs', async () => {
    const clientId = await screenedClient(testApp);
    const plan = await activePlan(testApp, clientId);
    for (const session of plan.sessions) await recordSession(await planSessionInProgress(testApp, rooms, clientId, session.id));
    const task = testApp.app.get(MaintenanceRecallTask);
    // Ten years on, the recall has come due.
    const later = new Date(Date.now() + 10 * 365 * 86_400_000);
    await task.run(new Date());
    expect((await messagesOf(clientId)).filter((row) => row.kind === 'maintenance_recall')).toEqual([]);
    await task.run(later);
    await task.run(later);
    const recalls = (await messagesOf(clientId)).filter((row) => row.kind === 'maintenance_recall');
    expect(recalls).toHaveLength(1);
    expect(recalls[0]).toMatchObject({ purpose: 'marketing', status: 'scheduled' });
    expect(recalls[0]!.dedupe_key).toMatch(new RegExp(`^maintenance_recall:${clientId}:\\d{4}-\\d{2}-\\d{2}$`));
    expect(recalls[0]!.job_run_at).toEqual(recalls[0]!.send_at);
  });
});

async function jobCount(): Promise<number> {
  const [row] = await testApp.database.$queryRaw<{ count: number }[]>`SELECT count(*)::int AS count FROM graphile_worker.jobs`;
  return row!.count;
}
