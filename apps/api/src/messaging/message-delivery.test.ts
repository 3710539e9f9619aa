import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from '@jest/globals';
import { dateInWords, dateInZone, timeInZone } from '@smp/contracts';
import { Logger, run } from 'graphile-worker';
import { simpleParser } from 'mailparser';
import { ClinicSettingsService } from '../clinic/clinic-settings.service.js';
import type { Database } from '../database/database.js';
import { deliveryJobs, messageRow, scheduledMessage } from '../test-support/messaging.js';
import { createTestApp, type TestApp } from '../test-support/test-app.js';
import { until } from '../test-support/until.js';
import { freePort } from '../test-support/test-postgres.js';
import { EMAIL_TRANSPORT, type EmailTransport, type TextMessageProvider } from './channels.js';
import { SmtpEmailTransport } from './mail/smtp-email-transport.js';
import { MESSAGE_COMPOSER, type MessageComposer } from './message-composer.js';
import { MessageDelivery } from './message-delivery.js';
import { TwilioTextMessages } from './sms/twilio-text-messages.js';

const PUBLIC_URL = { publicUrl: 'https://clinic.example.com' };
const FIRST_TRY = { job: { attempts: 1, max_attempts: 6 } };
const LAST_TRY = { job: { attempts: 6, max_attempts: 6 } };

let testApp: TestApp;
let database: Database;
let composer: MessageComposer;
/** The app's own transport: to its embedded mail catcher, which stores what it gets in `caught_emails`. */
let caughtTransport: EmailTransport;
let timeZone: string;

async function caughtEmails() {
  const rows = await database.$queryRaw<{ raw: Buffer; envelope_to: string[] }[]>`SELECT raw, envelope_to FROM caught_emails ORDER BY received_at`;
  return Promise.all(rows.map(async (row) => ({ envelopeTo: row.envelope_to, email: await simpleParser(Buffer.from(row.raw)) })));
}

/** The states of the connections holding an advisory lock. */
async function lockHolders() {
  const rows = await database.$queryRaw<{ state: string }[]>`
    SELECT a.state FROM pg_locks l JOIN pg_stat_activity a ON a.pid = l.pid WHERE l.locktype = 'advisory' AND l.granted AND a.datname = current_database()`;
  return rows.map((row) => row.state);
}

/** The app's delivery with its real composer, through the transport or SMS provider a test chooses. */
function delivery(options: { sms?: TextMessageProvider | null; transport?: EmailTransport } = {}) {
  return new MessageDelivery(database, options.transport ?? caughtTransport, options.sms ?? null, composer, PUBLIC_URL);
}

/** An appointment's day and time as the clinic's messages say them. */
const when = (startsAt: Date) => `${dateInWords(dateInZone(startsAt, timeZone))} at ${timeInZone(startsAt, timeZone)}`;

beforeAll(async () => {
  testApp = await createTestApp({ PUBLIC_URL: PUBLIC_URL.publicUrl, CLINIC_NAME: 'Test Clinic', MAIL_FROM: '"Test Clinic" <no-reply@clinic.example.com>' });
  database = testApp.database;
  composer = testApp.app.get<MessageComposer>(MESSAGE_COMPOSER);
  caughtTransport = testApp.app.get<EmailTransport>(EMAIL_TRANSPORT);
  timeZone = (await testApp.app.get(ClinicSettingsService).get()).timeZone;
});

afterAll(() => testApp.close());

beforeEach(() => database.$executeRaw`DELETE FROM caught_emails`);

describe('delivering a message by email', () => {
  it('sends the composed email, with its calendar file, through a real SMTP server, and records what went out', async () => {
    const { messageId, appointmentId, startsAt } = await scheduledMessage(database, { client: { email: 'ana.reader@example.com' }, kind: 'booking_confirmation' });
    await delivery().deliverClientMessage({ messageId }, FIRST_TRY);

    const [caught] = await caughtEmails();
    expect(caught!.envelopeTo).toEqual(['ana.reader@example.com']);
    const email = caught!.email;
    const subject = `Your consultation on ${when(startsAt)}`;
    expect(email.messageId).toBe(`<${messageId}@clinic.example.com>`);
    expect(email.subject).toBe(subject);
    expect(email.from?.text).toBe('"Test Clinic" <no-reply@clinic.example.com>');
    expect(email.text).toContain(`Hi Ana,\n\nYou are booked in for your consultation with Art Ist on ${when(startsAt)}.`);
    expect(email.html).toContain('<p>Hi Ana,</p>');
    expect(email.attachments).toHaveLength(1);
    expect(email.attachments[0]).toMatchObject({ filename: 'appointment.ics', contentType: 'text/calendar' });
    expect(email.attachments[0]!.content.toString()).toContain(`UID:${appointmentId}@smp-clinic`);

    expect(await messageRow(database, messageId)).toMatchObject({
      status: 'sent',
      channel: 'email',
      recipient: 'ana.reader@example.com',
      subject,
      body: email.text?.trimEnd(),
      attempts: 1,
      provider_id: `<${messageId}@clinic.example.com>`,
    });
  });

  it('gives a marketing email the headers a mail app offers one-click unsubscribe by', async () => {
    const { messageId, clientId } = await scheduledMessage(database, { kind: 'maintenance_recall' });
    await database.$executeRaw`INSERT INTO client_message_consents (client_id, purpose, granted, method) VALUES (${clientId}::uuid, 'marketing', true, 'online_form')`;
    await expect(delivery().deliver(messageId, FIRST_TRY)).resolves.toBe('sent');
    const [caught] = await caughtEmails();
    const header = (key: string) => caught!.email.headerLines.find((line) => line.key === key)?.line;
    expect(header('list-unsubscribe')).toMatch(/^List-Unsubscribe:\s+<https:\/\/clinic\.example\.com\/api\/unsubscribe\/[^>]+>$/);
    expect(header('list-unsubscribe-post')).toBe('List-Unsubscribe-Post: List-Unsubscribe=One-Click');
  });

  it('sends a message once when two workers deliver it at the same moment', async () => {
    const { messageId } = await scheduledMessage(database);
    const outcomes = await Promise.all([delivery().deliver(messageId, FIRST_TRY), delivery().deliver(messageId, FIRST_TRY)]);
    expect(outcomes.filter((outcome) => outcome === 'sent')).toHaveLength(1);
    expect(await caughtEmails()).toHaveLength(1);
    expect(await messageRow(database, messageId)).toMatchObject({ status: 'sent', attempts: 1 });
  });

  it('holds its lock on the message in a transaction, which a pooler in transaction mode keeps on one server connection', async () => {
    const { messageId } = await scheduledMessage(database);
    let letGo!: () => void;
    const sending = new Promise<void>((resolve) => (letGo = resolve));
    const held: EmailTransport = { send: async (email) => (await sending, caughtTransport.send(email)), close: async () => {} };
    const delivered = delivery({ transport: held }).deliver(messageId, FIRST_TRY);

    // While the email is on its way, the lock's holder is inside a transaction: a
    // session's lock would be left on whatever server connection a pooler lent.
    await until(async () => (await lockHolders()).includes('idle in transaction'), 'the lock to be taken');
    expect(await lockHolders()).toEqual(['idle in transaction']);
    await expect(delivery().deliver(messageId, FIRST_TRY)).resolves.toBe('being sent by another worker');
    letGo();
    await expect(delivered).resolves.toBe('sent');
    expect(await lockHolders()).toEqual([]);
  });

  it('sends, once, a message whose app stopped after scheduling it, and never again', async () => {
    const { messageId } = await scheduledMessage(database);
    // The job the trigger added in the scheduling transaction survives the stop.
    expect(await deliveryJobs(testApp.testDatabase.url, messageId)).toBe(1);
    await expect(delivery().deliver(messageId, FIRST_TRY)).resolves.toBe('sent');
    await expect(delivery().deliver(messageId, { job: { attempts: 2, max_attempts: 6 } })).resolves.toBe('nothing to do');
    expect(await caughtEmails()).toHaveLength(1);
  });

  it('sends again, with the same Message-ID, a message a crash left half sent', async () => {
    const { messageId } = await scheduledMessage(database);
    await database.$executeRaw`UPDATE client_messages SET status = 'sending', sending_started_at = now(), attempts = 1 WHERE id = ${messageId}::uuid`;
    await expect(delivery().deliver(messageId, { job: { attempts: 2, max_attempts: 6 } })).resolves.toBe('sent');
    const [caught] = await caughtEmails();
    expect(caught!.email.messageId).toBe(`<${messageId}@clinic.example.com>`);
    expect(await messageRow(database, messageId)).toMatchObject({ status: 'sent', attempts: 2 });
  });

  it('puts a message back for the queue to retry while the mail server is down, and parks it as failed with the reason after the last try', async () => {
    const closedPort = await freePort();
    const unreachable = new SmtpEmailTransport({ url: `smtp://127.0.0.1:${closedPort}` }, 'clinic@example.com');
    const { messageId } = await scheduledMessage(database);
    await expect(delivery({ transport: unreachable }).deliver(messageId, FIRST_TRY)).rejects.toThrow(/ECONNREFUSED/);
    expect(await messageRow(database, messageId)).toMatchObject({ status: 'scheduled', attempts: 1, last_error: expect.stringContaining('ECONNREFUSED') });
    // Back to scheduled by the delivery itself: its own job retries it, no second job.
    expect(await deliveryJobs(testApp.testDatabase.url, messageId)).toBe(1);

    await expect(delivery({ transport: unreachable }).deliver(messageId, LAST_TRY)).resolves.toBe('failed');
    expect(await messageRow(database, messageId)).toMatchObject({ status: 'failed', attempts: 2, last_error: expect.stringContaining('ECONNREFUSED') });
    await unreachable.close();
  });

  it('withdraws a reminder of a cancelled appointment instead of sending it', async () => {
    const { messageId } = await scheduledMessage(database, { appointmentStatus: 'cancelled' });
    await expect(delivery().deliver(messageId, FIRST_TRY)).resolves.toBe('withdrawn');
    expect(await messageRow(database, messageId)).toMatchObject({ status: 'withdrawn', withdrawn_reason: 'The appointment was cancelled', attempts: 0 });
    expect(await caughtEmails()).toHaveLength(0);
  });

  it('withdraws a message to a client it cannot reach: only a phone, and SMS off', async () => {
    const { messageId } = await scheduledMessage(database, { client: { email: null, phone: '+15551230001', preferredContact: 'sms' } });
    await expect(delivery().deliver(messageId, FIRST_TRY)).resolves.toBe('withdrawn');
    expect((await messageRow(database, messageId)).withdrawn_reason).toMatch(/no email address/);
  });

  it('is delivered by a graphile-worker runner from the job its scheduling added', async () => {
    const { messageId } = await scheduledMessage(database);
    const runner = await run({
      // The queue's own tables are its owner's.
      connectionString: testApp.testDatabase.url,
      concurrency: 1,
      noHandleSignals: true,
      crontab: '',
      logger: new Logger(() => () => undefined),
      pollInterval: 200,
      taskList: { deliver_client_message: delivery().deliverClientMessage },
    });
    try {
      for (let waited = 0; waited < 100 && (await messageRow(database, messageId)).status !== 'sent'; waited += 1) {
        await new Promise((resolve) => setTimeout(resolve, 100));
      }
    } finally {
      await runner.stop();
    }
    expect(await messageRow(database, messageId)).toMatchObject({ status: 'sent', attempts: 1 });
    expect(await caughtEmails()).toHaveLength(1);
  });
});

describe('delivering a message by SMS', () => {
  const sid = `AC${'1'.repeat(32)}`;
  const token = 'twilio-test-token-0001';
  let twilio: Server;
  let received: { authorization: string | undefined; form: URLSearchParams; path: string | undefined }[];
  let apiUrl: string;

  beforeAll(async () => {
    twilio = createServer((request, response) => {
      let body = '';
      request.on('data', (chunk: Buffer) => (body += chunk.toString()));
      request.on('end', () => {
        received.push({ authorization: request.headers.authorization, form: new URLSearchParams(body), path: request.url });
        response.writeHead(201, { 'Content-Type': 'application/json' }).end(JSON.stringify({ sid: `SM${received.length}`, status: 'queued' }));
      });
    });
    await new Promise<void>((resolve) => twilio.listen(0, '127.0.0.1', resolve));
    apiUrl = `http://127.0.0.1:${(twilio.address() as AddressInfo).port}`;
  });
  beforeEach(() => {
    received = [];
  });
  afterAll(() => new Promise<void>((resolve) => twilio.close(() => resolve())));

  it('texts a client who prefers SMS through Twilio and records its message id', async () => {
    const sms = new TwilioTextMessages({ accountSid: sid, authToken: token, from: '+15550001111', apiUrl });
    const { messageId, startsAt } = await scheduledMessage(database, { client: { phone: '+15551230002', preferredContact: 'sms' } });
    await expect(delivery({ sms }).deliver(messageId, FIRST_TRY)).resolves.toBe('sent');
    expect(received).toHaveLength(1);
    expect(received[0]!.path).toBe(`/2010-04-01/Accounts/${sid}/Messages.json`);
    expect(received[0]!.authorization).toBe(`Basic ${Buffer.from(`${sid}:${token}`).toString('base64')}`);
    const text = received[0]!.form.get('Body')!;
    expect(text).toMatch(new RegExp(`^Test Clinic: reminder of your consultation on ${when(startsAt)}\\. Confirm or ask for another time: https://clinic\\.example\\.com/visit/\\S+$`));
    expect(Object.fromEntries(received[0]!.form)).toEqual({ To: '+15551230002', From: '+15550001111', Body: text });
    expect(await messageRow(database, messageId)).toMatchObject({ status: 'sent', channel: 'sms', recipient: '+15551230002', subject: null, body: text, provider_id: 'SM1' });
    expect(await caughtEmails()).toHaveLength(0);
  });
});
