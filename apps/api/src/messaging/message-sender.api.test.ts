import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { simpleParser } from 'mailparser';
import { createTestApp, type TestApp } from '../test-support/test-app.js';
import { at, dayFromToday, openClinic, screenedClient } from '../test-support/scheduling.js';
import { MessageDelivery } from './message-delivery.js';

let testApp: TestApp;
let rooms: string[];
beforeAll(async () => {
  testApp = await createTestApp({ MAIL_FROM: '"Northside Scalp Studio" <bookings@mailer.northside.example>' });
  ({ rooms } = await openClinic(testApp));
});
afterAll(async () => {
  await testApp.close();
});

let nextDay = 4;
/** A booking's confirmation, delivered to the app's mail catcher, as the client's mail app reads it. */
async function deliveredConfirmation() {
  const clientId = await screenedClient(testApp);
  const booked = await testApp
    .as('receptionist')
    .post('/api/appointments')
    .send({ kind: 'maintenance', clientId, artistId: testApp.staff.artist.id, roomId: rooms[0], startsAt: at(dayFromToday((nextDay += 1)), '10:00'), durationMinutes: 60 });
  expect(booked.status).toBe(201);
  const [message] = await testApp.database.$queryRaw<{ id: string }[]>`
    SELECT id FROM client_messages WHERE client_id = ${clientId}::uuid AND kind = 'booking_confirmation'`;
  await expect(testApp.app.get(MessageDelivery).deliver(message!.id, { job: { attempts: 1, max_attempts: 6 } })).resolves.toBe('sent');
  const [caught] = await testApp.database.$queryRaw<{ raw: Buffer }[]>`SELECT raw FROM caught_emails WHERE message_id LIKE ${`%${message!.id}%`}`;
  const email = await simpleParser(Buffer.from(caught!.raw));
  const invite = email.attachments
    .find((attachment) => attachment.contentType === 'text/calendar')!
    .content.toString()
    .replace(/\r\n[ \t]/g, '');
  return { email, organizer: /^ORGANIZER[^:]*:(.*)$/m.exec(invite)?.[1]?.trim() };
}

describe("a booking's email", () => {
  it('without a clinic address of its own, names the sending address as the organizer of its calendar invitation', async () => {
    const { email, organizer } = await deliveredConfirmation();
    expect(organizer).toBe('mailto:bookings@mailer.northside.example');
    expect(email.replyTo).toBeUndefined();
  });

  it("with the clinic's address, is answered to it and names it as the organizer", async () => {
    const owner = testApp.as('owner');
    const { updatedAt: _updatedAt, ...settings } = (await owner.get('/api/clinic')).body;
    expect((await owner.put('/api/clinic').send({ ...settings, email: 'hello@northside.example' })).status).toBe(200);
    const { email, organizer } = await deliveredConfirmation();
    expect(organizer).toBe('mailto:hello@northside.example');
    expect(email.replyTo?.text).toBe('hello@northside.example');
    expect(email.from?.text).toBe('"Northside Scalp Studio" <bookings@mailer.northside.example>');
  });
});
