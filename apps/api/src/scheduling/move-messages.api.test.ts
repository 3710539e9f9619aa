import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { createTestApp, type TestApp } from '../test-support/test-app.js';
import { at, dayFromToday, openClinic, screenedClient } from '../test-support/scheduling.js';

let testApp: TestApp;
let rooms: string[];
beforeAll(async () => {
  testApp = await createTestApp();
  ({ rooms } = await openClinic(testApp));
});
afterAll(async () => {
  await testApp.close();
});

let nextDay = 5;
/** A booked maintenance visit whose client asked for another time. */
async function bookingWithRequest(): Promise<{ clientId: string; appointmentId: string; startsAt: string }> {
  const clientId = await screenedClient(testApp);
  const startsAt = at(dayFromToday((nextDay += 2)), '10:00');
  const booked = await testApp
    .as('receptionist')
    .post('/api/appointments')
    .send({ kind: 'maintenance', clientId, artistId: testApp.staff.artist.id, roomId: rooms[0], startsAt, durationMinutes: 60 });
  expect(booked.status).toBe(201);
  await testApp.database.$executeRaw`UPDATE appointments SET reschedule_requested_at = now(), reschedule_request_note = 'Mornings are hard' WHERE id = ${booked.body.id}::uuid`;
  return { clientId, appointmentId: booked.body.id, startsAt };
}

const change = (appointmentId: string, body: Record<string, unknown>) => testApp.as('receptionist').patch(`/api/appointments/${appointmentId}`).send(body);
const kindsByStatus = async (clientId: string) =>
  testApp.database.$queryRaw<{ kind: string; status: string }[]>`
    SELECT kind, status FROM client_messages WHERE client_id = ${clientId}::uuid ORDER BY kind, send_at`;

describe('changing a booking', () => {
  it("to another room tells the client nothing, keeps its reminders, and leaves the client's request for another time open", async () => {
    const { clientId, appointmentId } = await bookingWithRequest();
    const before = await kindsByStatus(clientId);
    const moved = await change(appointmentId, { roomId: rooms[1] });
    expect(moved.status).toBe(200);
    expect(moved.body.rescheduleRequestNote).toBe('Mornings are hard');
    expect(await kindsByStatus(clientId)).toEqual(before);
  });

  it('to a longer visit sends an update, and still leaves the request open', async () => {
    const { clientId, appointmentId } = await bookingWithRequest();
    const changed = await change(appointmentId, { durationMinutes: 90 });
    expect(changed.status).toBe(200);
    expect(changed.body.rescheduleRequestNote).toBe('Mornings are hard');
    const messages = await kindsByStatus(clientId);
    expect(messages.filter((message) => message.kind === 'booking_update')).toEqual([{ kind: 'booking_update', status: 'scheduled' }]);
    expect(messages.filter((message) => message.kind === 'reminder').map((message) => message.status)).toEqual(['scheduled', 'scheduled']);
  });

  it("to another time sends an update and answers the client's request", async () => {
    const { clientId, appointmentId } = await bookingWithRequest();
    const moved = await change(appointmentId, { startsAt: at(dayFromToday((nextDay += 2)), '11:00') });
    expect(moved.status).toBe(200);
    expect(moved.body.rescheduleRequestedAt).toBeNull();
    expect((await kindsByStatus(clientId)).filter((message) => message.kind === 'booking_update')).toHaveLength(1);
  });
});
