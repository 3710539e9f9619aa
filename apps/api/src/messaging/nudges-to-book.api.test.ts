import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { createTestApp, type TestApp } from '../test-support/test-app.js';
import { activePlan, at, dayFromToday, openClinic, planSessionInProgress, screenedClient } from '../test-support/scheduling.js';
import { MessageDelivery } from './message-delivery.js';
import { MessageOutbox } from './message-outbox.js';

let testApp: TestApp;
let rooms: string[];
beforeAll(async () => {
  testApp = await createTestApp();
  ({ rooms } = await openClinic(testApp));
});
afterAll(async () => {
  await testApp.close();
});

const deliverNow = async (messageId: string) => {
  await testApp.database.$executeRaw`UPDATE client_messages SET send_at = now() WHERE id = ${messageId}::uuid`;
  return testApp.app.get(MessageDelivery).deliver(messageId, { job: { attempts: 1, max_attempts: 6 } });
};
const messageById = async (messageId: string) =>
  (
    await testApp.database.$queryRaw<{ status: string; withdrawn_reason: string | null }[]>`
    SELECT status, withdrawn_reason FROM client_messages WHERE id = ${messageId}::uuid`
  )[0];

let nextDay = 20;
const book = (body: Record<string, unknown>) =>
  testApp
    .as('owner')
    .post('/api/appointments')
    .send({ artistId: testApp.staff.artist.id, roomId: rooms[0], startsAt: at(dayFromToday((nextDay += 1)), '10:00'), durationMinutes: 60, ...body });

describe("the next session's window", () => {
  it('is withdrawn when the client booked that session before it went', async () => {
    const clientId = await screenedClient(testApp);
    const plan = await activePlan(testApp, clientId);
    const first = await planSessionInProgress(testApp, rooms, clientId, plan.sessions[0]!.id);
    // As a recorded first session leaves it: the window's message about that session's appointment.
    const [window] = await testApp.database.$queryRaw<{ id: string }[]>`
      INSERT INTO client_messages (client_id, appointment_id, kind, purpose, dedupe_key, send_at)
      VALUES (${clientId}::uuid, ${first}::uuid, 'next_session_window', 'care', ${`next_session_window:test:${first}`}, now() + interval '7 days') RETURNING id`;
    for (const session of plan.sessions.slice(1)) {
      expect((await book({ kind: 'plan_session', clientId, planSessionId: session.id, override: { reason: 'Spacing agreed' } })).status).toBe(201);
    }

    await expect(deliverNow(window!.id)).resolves.toBe('withdrawn');
    expect(await messageById(window!.id)).toEqual({ status: 'withdrawn', withdrawn_reason: 'The client has booked since' });
  });
});

describe('a maintenance recall', () => {
  it('is withdrawn when the client booked a maintenance visit after it was written', async () => {
    const clientId = await screenedClient(testApp);
    await testApp.database.$executeRaw`
      INSERT INTO client_message_consents (client_id, purpose, granted, method, recorded_by)
      VALUES (${clientId}::uuid, 'marketing', true, 'in_person', ${testApp.staff.receptionist.id}::uuid)`;
    await testApp.database.$transaction((transaction) => testApp.app.get(MessageOutbox).maintenanceRecallsDue(transaction, [{ clientId, dueOn: '2031-06-01' }]));
    const [recall] = await testApp.database.$queryRaw<{ id: string }[]>`SELECT id FROM client_messages WHERE client_id = ${clientId}::uuid AND kind = 'maintenance_recall'`;
    expect((await book({ kind: 'maintenance', clientId })).status).toBe(201);

    await expect(deliverNow(recall!.id)).resolves.toBe('withdrawn');
    expect(await messageById(recall!.id)).toEqual({ status: 'withdrawn', withdrawn_reason: 'The client has booked since' });
  });
});
