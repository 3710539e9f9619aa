import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { Logger } from '@nestjs/common';
import { createTestApp, type TestApp } from '../test-support/test-app.js';
import { at, dayFromToday, openClinic, screenedClient } from '../test-support/scheduling.js';
import { EMAIL_TRANSPORT, type EmailTransport, type TextMessageProvider } from './channels.js';
import { MESSAGE_COMPOSER, type MessageComposer } from './message-composer.js';
import { MessageDelivery, type DeliveryHelpers } from './message-delivery.js';
import { MessageOutbox } from './message-outbox.js';

const FIRST_TRY: DeliveryHelpers = { job: { attempts: 1, max_attempts: 6 } };
const SECOND_TRY: DeliveryHelpers = { job: { attempts: 2, max_attempts: 6 } };

let testApp: TestApp;
let rooms: string[];
beforeAll(async () => {
  testApp = await createTestApp();
  ({ rooms } = await openClinic(testApp));
  // The "could not be marked sent" error is expected below.
  Logger.overrideLogger(false);
});
afterAll(async () => {
  await testApp.close();
});

interface Row {
  id: string;
  kind: string;
  status: string;
  channel: string | null;
  body: string | null;
  last_error: string | null;
  withdrawn_reason: string | null;
}

async function messagesOf(clientId: string, kind: string): Promise<Row[]> {
  return testApp.database.$queryRaw<Row[]>`
    SELECT id, kind, status, channel, body, last_error, withdrawn_reason FROM client_messages
     WHERE client_id = ${clientId}::uuid AND kind = ${kind} ORDER BY send_at`;
}

async function caughtEmailsTo(address: string): Promise<{ message_id: string }[]> {
  return testApp.database.$queryRaw`SELECT message_id FROM caught_emails WHERE ${address} = ANY(envelope_to)`;
}

let nextDay = 4;
async function bookedClient(): Promise<{ clientId: string; appointmentId: string; startsAt: string; email: string }> {
  const clientId = await screenedClient(testApp);
  const startsAt = at(dayFromToday((nextDay += 2)), '10:00');
  const booked = await testApp
    .as('receptionist')
    .post('/api/appointments')
    .send({ kind: 'maintenance', clientId, artistId: testApp.staff.artist.id, roomId: rooms[0], startsAt, durationMinutes: 60 });
  expect(booked.status).toBe(201);
  const [client] = await testApp.database.$queryRaw<{ email: string }[]>`SELECT email FROM clients WHERE id = ${clientId}::uuid`;
  return { clientId, appointmentId: booked.body.id, startsAt, email: client!.email };
}

const moveTo = (appointmentId: string, startsAt: string) => testApp.as('receptionist').patch(`/api/appointments/${appointmentId}`).send({ startsAt, reason: 'Client asked' });

/** Makes the database refuse to mark this client's messages sent, as a hiccup right after a send would. */
async function refuseToMarkSent(clientId: string): Promise<void> {
  await testApp.testDatabase.asOwner(`
    CREATE OR REPLACE FUNCTION refuse_marking_sent() RETURNS trigger LANGUAGE plpgsql AS $$
    BEGIN RAISE EXCEPTION 'database hiccup'; END; $$;
    CREATE TRIGGER refuse_marking_sent BEFORE UPDATE ON client_messages FOR EACH ROW
      WHEN (NEW.status = 'sent' AND NEW.client_id = '${clientId}') EXECUTE FUNCTION refuse_marking_sent();`);
}
const allowMarkingSent = () => testApp.testDatabase.asOwner('DROP TRIGGER refuse_marking_sent ON client_messages');

describe('a maintenance recall', () => {
  it('withdrawn for want of marketing consent stays withdrawn when the hourly check finds it due again', async () => {
    const clientId = await screenedClient(testApp);
    const outbox = testApp.app.get(MessageOutbox);
    const recallDue = () => testApp.database.$transaction((transaction) => outbox.maintenanceRecallsDue(transaction, [{ clientId, dueOn: '2031-05-01' }]));
    await recallDue();
    const [recall] = await messagesOf(clientId, 'maintenance_recall');
    await testApp.database.$executeRaw`UPDATE client_messages SET send_at = now() WHERE id = ${recall!.id}::uuid`;
    await expect(testApp.app.get(MessageDelivery).deliver(recall!.id, FIRST_TRY)).resolves.toBe('withdrawn');

    await recallDue();
    expect(await messagesOf(clientId, 'maintenance_recall')).toEqual([expect.objectContaining({ status: 'withdrawn', withdrawn_reason: 'The client has not agreed to marketing messages' })]);
  });
});

describe('a message that went out but could not be marked sent', () => {
  it('is not sent again by its job: the delivery does not fail, and what went out is on record', async () => {
    const { clientId, email } = await bookedClient();
    const [confirmation] = await messagesOf(clientId, 'booking_confirmation');
    await refuseToMarkSent(clientId);
    try {
      await expect(testApp.app.get(MessageDelivery).deliver(confirmation!.id, FIRST_TRY)).resolves.toBe('sent');
    } finally {
      await allowMarkingSent();
    }
    expect(await caughtEmailsTo(email)).toHaveLength(1);
    expect(await messagesOf(clientId, 'booking_confirmation')).toEqual([expect.objectContaining({ status: 'sending', channel: 'email', body: expect.any(String) })]);
  });

  it('by SMS is parked as failed for a person to check, not texted again', async () => {
    const { clientId } = await bookedClient();
    await testApp.database.$executeRaw`UPDATE clients SET phone = '+15550001234', preferred_contact = 'sms' WHERE id = ${clientId}::uuid`;
    const texts: string[] = [];
    const provider: TextMessageProvider = {
      name: 'Test texts',
      send: (message) => {
        texts.push(message.to);
        return Promise.resolve({ providerId: `SM${texts.length}` });
      },
    };
    const delivery = new MessageDelivery(testApp.database, testApp.app.get<EmailTransport>(EMAIL_TRANSPORT), provider, testApp.app.get<MessageComposer>(MESSAGE_COMPOSER), {
      publicUrl: 'https://clinic.example.com',
    });
    const [confirmation] = await messagesOf(clientId, 'booking_confirmation');
    await refuseToMarkSent(clientId);
    try {
      await expect(delivery.deliver(confirmation!.id, FIRST_TRY)).resolves.toBe('sent');
    } finally {
      await allowMarkingSent();
    }
    await expect(delivery.deliver(confirmation!.id, SECOND_TRY)).resolves.toBe('failed');
    expect(texts).toEqual(['+15550001234']);
    expect(await messagesOf(clientId, 'booking_confirmation')).toEqual([
      expect.objectContaining({ status: 'failed', channel: 'sms', last_error: expect.stringMatching(/outcome is unknown/) }),
    ]);
  });
});

describe("an old time's reminder", () => {
  it('being sent during a move, then put back after a failed try, is withdrawn when its retry comes', async () => {
    const { clientId, appointmentId } = await bookedClient();
    const [reminder] = await messagesOf(clientId, 'reminder');
    await testApp.database.$executeRaw`UPDATE client_messages SET send_at = now(), status = 'sending', attempts = 1 WHERE id = ${reminder!.id}::uuid`;
    expect((await moveTo(appointmentId, at(dayFromToday((nextDay += 2)), '11:00'))).status).toBe(200);
    // The try in flight failed: back to scheduled for the queue's retry.
    await testApp.database.$executeRaw`UPDATE client_messages SET status = 'scheduled', last_error = 'Connection lost' WHERE id = ${reminder!.id}::uuid`;

    await expect(testApp.app.get(MessageDelivery).deliver(reminder!.id, SECOND_TRY)).resolves.toBe('withdrawn');
    expect((await messagesOf(clientId, 'reminder')).find((row) => row.id === reminder!.id)).toMatchObject({ status: 'withdrawn', withdrawn_reason: 'Appointment moved' });
  });

  it('that had failed is withdrawn by the move, so an owner cannot retry it', async () => {
    const { clientId, appointmentId } = await bookedClient();
    const [reminder] = await messagesOf(clientId, 'reminder');
    await testApp.database.$executeRaw`UPDATE client_messages SET status = 'failed', attempts = 6, last_error = 'Mailbox full' WHERE id = ${reminder!.id}::uuid`;
    expect((await moveTo(appointmentId, at(dayFromToday((nextDay += 2)), '11:00'))).status).toBe(200);
    expect((await messagesOf(clientId, 'reminder')).find((row) => row.id === reminder!.id)).toMatchObject({ status: 'withdrawn', withdrawn_reason: 'Appointment moved' });
  });
});

describe("a reminder's confirm link", () => {
  it('expires no later than the new start when the appointment is moved earlier', async () => {
    const { clientId, appointmentId } = await bookedClient();
    const [reminder] = await messagesOf(clientId, 'reminder');
    const oldStart = (await testApp.database.$queryRaw<{ starts_at: Date }[]>`SELECT starts_at FROM appointments WHERE id = ${appointmentId}::uuid`)[0]!.starts_at;
    await testApp.database.$executeRaw`
      INSERT INTO appointment_links (appointment_id, message_id, expires_at) VALUES (${appointmentId}::uuid, ${reminder!.id}::uuid, ${oldStart})`;
    const sooner = at(dayFromToday(2), '09:00');
    expect((await moveTo(appointmentId, sooner)).status).toBe(200);
    const [link] = await testApp.database.$queryRaw<{ expires_at: Date }[]>`SELECT expires_at FROM appointment_links WHERE message_id = ${reminder!.id}::uuid`;
    expect(link!.expires_at.toISOString()).toBe(new Date(sooner).toISOString());
  });
});

describe('a message the queue gives up on', () => {
  it('is failed with the reason after the last attempt, even when it could not be claimed', async () => {
    const { clientId } = await bookedClient();
    const [confirmation] = await messagesOf(clientId, 'booking_confirmation');
    await testApp.testDatabase.asOwner(`
      CREATE OR REPLACE FUNCTION refuse_claiming() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN RAISE EXCEPTION 'database hiccup while claiming'; END; $$;
      CREATE TRIGGER refuse_claiming BEFORE UPDATE ON client_messages FOR EACH ROW
        WHEN (NEW.status = 'sending' AND NEW.client_id = '${clientId}') EXECUTE FUNCTION refuse_claiming();`);
    try {
      const delivery = testApp.app.get(MessageDelivery);
      await expect(delivery.deliverClientMessage({ messageId: confirmation!.id }, FIRST_TRY)).rejects.toThrow('database hiccup');
      expect((await messagesOf(clientId, 'booking_confirmation'))[0]).toMatchObject({ status: 'scheduled' });

      await expect(delivery.deliverClientMessage({ messageId: confirmation!.id }, { job: { attempts: 6, max_attempts: 6 } })).rejects.toThrow('database hiccup');
      const [failed] = await messagesOf(clientId, 'booking_confirmation');
      expect(failed).toMatchObject({ status: 'failed' });
      expect(failed!.last_error).toContain('database hiccup while claiming');
    } finally {
      await testApp.testDatabase.asOwner('DROP TRIGGER refuse_claiming ON client_messages');
    }
  });
});
