import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { MessageDelivery } from './message-delivery.js';
import { deliveryJobs, scheduledMessage } from '../test-support/messaging.js';
import { createTestApp, type TestApp } from '../test-support/test-app.js';

let testApp: TestApp;
let sent: { messageId: string; clientId: string; appointmentId: string };

const FIRST_TRY = { job: { attempts: 1, max_attempts: 6 } };

beforeAll(async () => {
  testApp = await createTestApp({ PUBLIC_URL: 'https://clinic.example.com' });
  sent = await scheduledMessage(testApp.database, { client: { email: 'ana.sent@example.com' }, kind: 'booking_confirmation' });
  await testApp.app.get(MessageDelivery).deliver(sent.messageId, FIRST_TRY);
});

afterAll(() => testApp.close());

async function failedMessage(): Promise<string> {
  const { messageId } = await scheduledMessage(testApp.database);
  await testApp.database.$executeRaw`UPDATE client_messages SET status = 'failed', attempts = 6, last_error = 'connect ECONNREFUSED 127.0.0.1:25' WHERE id = ${messageId}::uuid`;
  return messageId;
}

describe('how messages leave', () => {
  it('tells owners that email goes to the embedded mail catcher, on which port, and that SMS is off', async () => {
    const response = await testApp.as('owner').get('/api/messages/delivery').expect(200);
    expect(response.body).toEqual({ email: { via: 'mail_catcher', catcherPort: expect.any(Number) }, sms: { provider: null } });
    expect(response.body.email.catcherPort).toBeGreaterThan(0);
  });

  it('is for owners only', async () => {
    const response = await testApp.as('receptionist').get('/api/messages/delivery').expect(403);
    expect(response.headers['content-type']).toMatch(/application\/problem\+json/);
  });
});

describe('the mail catcher’s inbox', () => {
  it('shows owners the email a client would have received, with its calendar file', async () => {
    const list = await testApp.as('owner').get('/api/caught-emails').expect(200);
    const summary = list.body.items.find((item: { messageId: string }) => item.messageId === `<${sent.messageId}@clinic.example.com>`);
    expect(summary).toMatchObject({ to: ['ana.sent@example.com'], subject: expect.stringMatching(/^Your consultation on /) });

    const email = (await testApp.as('owner').get(`/api/caught-emails/${summary.id}`).expect(200)).body;
    expect(email).toMatchObject({ subject: summary.subject, to: ['ana.sent@example.com'], text: expect.stringContaining('Hi Ana,\n\nYou are booked in for your consultation') });
    expect(email.html).toContain('<p>Hi Ana,</p>');
    expect(email.date).toEqual(expect.any(String));
    expect(email.attachments).toEqual([
      { filename: 'appointment.ics', contentType: 'text/calendar', size: expect.any(Number), text: expect.stringContaining(`UID:${sent.appointmentId}@smp-clinic`) },
    ]);
    // What the clinic told the client is part of their record: reading it is audited as a read of it.
    const audit = await testApp.as('owner').get('/api/audit-events').query({ action: 'client.read', clientId: sent.clientId }).expect(200);
    expect(audit.body.items[0]).toMatchObject({ actor: { id: testApp.staff.owner.id }, details: { part: 'caught_email' } });
  });

  it('answers problems for an unknown or malformed id', async () => {
    await testApp
      .as('owner')
      .get('/api/caught-emails/7d2c9c57-5a86-4c67-9f51-5d3f4a3f3a11')
      .expect(404)
      .expect('content-type', /problem\+json/);
    const bad = await testApp
      .as('owner')
      .get('/api/caught-emails/not-an-id')
      .expect(400)
      .expect('content-type', /problem\+json/);
    expect(bad.body.errors).toEqual([expect.objectContaining({ field: 'id' })]);
  });
});

describe('the outbox for owners', () => {
  it('lists sent messages with the client, channel and recipient', async () => {
    const response = await testApp.as('owner').get('/api/messages').query({ status: 'sent' }).expect(200);
    expect(response.body.items).toEqual([
      expect.objectContaining({
        id: sent.messageId,
        client: { id: sent.clientId, name: expect.stringMatching(/^Ana Client/) },
        kind: 'booking_confirmation',
        channel: 'email',
        recipient: 'ana.sent@example.com',
        status: 'sent',
        attempts: 1,
      }),
    ]);
    expect(response.body.items[0].sentAt).toEqual(expect.any(String));
  });

  it('pages newest first and refuses a filter that is not one', async () => {
    await scheduledMessage(testApp.database);
    const first = await testApp.as('owner').get('/api/messages').query({ limit: 1 }).expect(200);
    expect(first.body.items).toHaveLength(1);
    const second = await testApp.as('owner').get('/api/messages').query({ limit: 1, cursor: first.body.nextCursor }).expect(200);
    expect(second.body.items[0].id).not.toBe(first.body.items[0].id);
    expect(Date.parse(second.body.items[0].sendAt)).toBeLessThanOrEqual(Date.parse(first.body.items[0].sendAt));
    const bad = await testApp
      .as('owner')
      .get('/api/messages')
      .query({ status: 'lost' })
      .expect(400)
      .expect('content-type', /problem\+json/);
    expect(bad.body.errors).toEqual([expect.objectContaining({ field: 'status' })]);
  });

  it('puts a failed message back in the queue when an owner retries it, and records who did', async () => {
    const messageId = await failedMessage();
    const failed = await testApp.as('owner').get('/api/messages').query({ status: 'failed' }).expect(200);
    expect(failed.body.items).toEqual([expect.objectContaining({ id: messageId, lastError: 'connect ECONNREFUSED 127.0.0.1:25' })]);

    const retried = await testApp.as('owner').post(`/api/messages/${messageId}/retry`).expect(200);
    expect(retried.body).toMatchObject({ id: messageId, status: 'scheduled' });
    expect(await deliveryJobs(testApp.testDatabase.url, messageId)).toBe(1);
    const audit = await testApp.as('owner').get('/api/audit-events').query({ action: 'message.retry' }).expect(200);
    expect(audit.body.items[0]).toMatchObject({ entityId: messageId, actor: { id: testApp.staff.owner.id } });

    const again = await testApp
      .as('owner')
      .post(`/api/messages/${messageId}/retry`)
      .expect(409)
      .expect('content-type', /problem\+json/);
    expect(again.body.detail).toMatch(/this one is scheduled/);
  });

  it('refuses a retry by a receptionist, and of a message that does not exist', async () => {
    const messageId = await failedMessage();
    await testApp.as('receptionist').post(`/api/messages/${messageId}/retry`).expect(403);
    await testApp
      .as('owner')
      .post('/api/messages/7d2c9c57-5a86-4c67-9f51-5d3f4a3f3a11/retry')
      .expect(404)
      .expect('content-type', /problem\+json/);
  });
});

describe('a client’s messages', () => {
  it('shows staff what was sent and is scheduled for the client, not what was withdrawn, and audits the read', async () => {
    const withdrawn = await scheduledMessage(testApp.database);
    await testApp.database.$executeRaw`
      UPDATE client_messages SET status = 'withdrawn', withdrawn_at = now(), withdrawn_reason = 'Test' WHERE id = ${withdrawn.messageId}::uuid`;
    const response = await testApp.as('receptionist').get(`/api/clients/${sent.clientId}/messages`).expect(200);
    expect(response.body.items.map((message: { id: string }) => message.id)).toEqual([sent.messageId]);
    expect((await testApp.as('artist').get(`/api/clients/${withdrawn.clientId}/messages`).expect(200)).body.items).toEqual([]);
    const audit = await testApp.as('owner').get('/api/audit-events').query({ action: 'client.read', clientId: sent.clientId }).expect(200);
    expect(audit.body.items[0]).toMatchObject({ actor: { id: testApp.staff.receptionist.id }, details: { messages: true } });
  });

  it('is not found for a client that does not exist', async () => {
    await testApp
      .as('owner')
      .get('/api/clients/7d2c9c57-5a86-4c67-9f51-5d3f4a3f3a11/messages')
      .expect(404)
      .expect('content-type', /problem\+json/);
  });
});

describe('with a mail server configured', () => {
  it('runs no mail catcher, so it has no inbox to show', async () => {
    const withServer = await createTestApp({ SMTP_URL: 'smtp://127.0.0.1:2525' });
    try {
      expect((await withServer.as('owner').get('/api/messages/delivery').expect(200)).body.email).toEqual({ via: 'smtp', catcherPort: null });
      await withServer
        .as('owner')
        .get('/api/caught-emails')
        .expect(404)
        .expect('content-type', /problem\+json/);
    } finally {
      await withServer.close();
    }
  });
});
