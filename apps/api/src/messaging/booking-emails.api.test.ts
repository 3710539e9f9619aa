import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { dateInWords, type MessageKind } from '@smp/contracts';
import { simpleParser, type ParsedMail } from 'mailparser';
import { parseCalendar, utcStamp } from '../test-support/icalendar.js';
import { at, dayFromToday, openClinic, screenedClient } from '../test-support/scheduling.js';
import { createTestApp, type TestApp } from '../test-support/test-app.js';

/**
 * The whole way of a booking's messages, as a clinic runs it: the app's own job
 * worker delivers them through its embedded SMTP server, and the test reads what
 * that server received.
 */

const CLINIC = 'Northside Scalp Studio';
const FROM = `"${CLINIC}" <no-reply@clinic.example.com>`;
const ARRIVAL_DEADLINE_MS = 20_000;

let testApp: TestApp;
beforeAll(async () => {
  testApp = await createTestApp({ JOB_WORKER: 'true', PUBLIC_URL: 'https://clinic.example.com', CLINIC_NAME: CLINIC, MAIL_FROM: FROM });
  await openClinic(testApp);
  const owner = testApp.as('owner');
  const { updatedAt: _updatedAt, ...settings } = (await owner.get('/api/clinic')).body;
  // No quiet hours: the messages go the moment they are written, whatever the time the test runs.
  const saved = await owner.put('/api/clinic').send({ ...settings, address: '4 Quay Street, Springfield', phone: '+14155552671', email: 'hello@northside.example', quietHours: null });
  expect(saved.status).toBe(200);
});
afterAll(async () => {
  await testApp.close();
});

/** The email of the appointment's message of that kind, as the mail server received it, once the worker has sent it. */
async function arrivedEmail(appointmentId: string, kind: MessageKind): Promise<{ messageId: string; email: ParsedMail }> {
  const deadline = Date.now() + ARRIVAL_DEADLINE_MS;
  for (;;) {
    const [caught] = await testApp.database.$queryRaw<{ id: string; raw: Buffer }[]>`
      SELECT m.id, e.raw FROM client_messages m JOIN caught_emails e ON e.message_id = '<' || m.id || '@clinic.example.com>'
      WHERE m.appointment_id = ${appointmentId}::uuid AND m.kind = ${kind}`;
    if (caught) return { messageId: caught.id, email: await simpleParser(Buffer.from(caught.raw)) };
    if (Date.now() > deadline) throw new Error(`No ${kind} email arrived within ${ARRIVAL_DEADLINE_MS} ms`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

/** The email's one calendar invitation, read. */
function invitation(email: ParsedMail) {
  expect(email.attachments).toHaveLength(1);
  expect(email.attachments[0]!.contentType).toBe('text/calendar');
  const { calendar, events } = parseCalendar(email.attachments[0]!.content.toString());
  expect(events).toHaveLength(1);
  return { method: calendar.METHOD, event: events[0]! };
}

/** The token of the confirm link in the email's text. */
function confirmToken(email: ParsedMail): string {
  const token = /https:\/\/clinic\.example\.com\/visit\/(\S+)/.exec(email.text ?? '')?.[1];
  expect(token).toEqual(expect.any(String));
  return token!;
}

async function bookConsultation(day: string, time: string): Promise<{ appointmentId: string; clientEmail: string }> {
  const clientId = await screenedClient(testApp);
  const booked = await testApp
    .as('receptionist')
    .post('/api/appointments')
    .send({ kind: 'consultation', clientId, artistId: testApp.staff.artist.id, startsAt: at(day, time), durationMinutes: 45 });
  expect(booked.status).toBe(201);
  const client = (await testApp.as('receptionist').get(`/api/clients/${clientId}`)).body;
  return { appointmentId: booked.body.id, clientEmail: client.email };
}

describe('a booking’s emails, sent by the app’s worker through its SMTP server', () => {
  it('confirms the booking, then moves and cancels the one calendar event the client holds', async () => {
    const day = dayFromToday(10);
    const { appointmentId, clientEmail } = await bookConsultation(day, '14:30');

    const confirmation = await arrivedEmail(appointmentId, 'booking_confirmation');
    expect(confirmation.email.to).toMatchObject({ value: [{ address: clientEmail }] });
    expect(confirmation.email.from?.text).toBe(FROM);
    expect(confirmation.email.subject).toBe(`Your consultation on ${dateInWords(day)} at 14:30`);
    expect(confirmation.email.messageId).toBe(`<${confirmation.messageId}@clinic.example.com>`);
    expect(confirmation.email.text).toContain(`with ${testApp.staff.artist.name} on ${dateInWords(day)} at 14:30`);
    expect(confirmation.email.text).toContain(`${CLINIC}\n4 Quay Street, Springfield · (415) 555-2671`);
    confirmToken(confirmation.email);
    const booked = invitation(confirmation.email);
    expect(booked.method).toBe('REQUEST');
    expect(booked.event).toMatchObject({
      UID: `${appointmentId}@smp-clinic`,
      SEQUENCE: '0',
      DTSTART: utcStamp(at(day, '14:30')),
      DTEND: utcStamp(at(day, '15:15')),
      LOCATION: '4 Quay Street, Springfield',
      ORGANIZER: 'mailto:hello@northside.example',
    });

    const newDay = dayFromToday(12);
    expect(
      (
        await testApp
          .as('receptionist')
          .patch(`/api/appointments/${appointmentId}`)
          .send({ startsAt: at(newDay, '11:15') })
      ).status,
    ).toBe(200);
    const update = await arrivedEmail(appointmentId, 'booking_update');
    expect(update.email.subject).toBe(`Your consultation has moved to ${dateInWords(newDay)} at 11:15`);
    const moved = invitation(update.email);
    expect(moved.method).toBe('REQUEST');
    expect(moved.event).toMatchObject({ UID: booked.event.UID, DTSTART: utcStamp(at(newDay, '11:15')), DTEND: utcStamp(at(newDay, '12:00')) });
    expect(Number(moved.event.SEQUENCE)).toBeGreaterThan(Number(booked.event.SEQUENCE));

    const cancelled = await testApp.as('receptionist').post(`/api/appointments/${appointmentId}/status`).send({ status: 'cancelled', reason: 'Client is travelling' });
    expect(cancelled.status).toBe(200);
    const cancellation = await arrivedEmail(appointmentId, 'booking_cancellation');
    expect(cancellation.email.subject).toBe(`Your consultation on ${dateInWords(newDay)} is cancelled`);
    const removed = invitation(cancellation.email);
    expect(removed.method).toBe('CANCEL');
    expect(removed.event).toMatchObject({ UID: booked.event.UID, STATUS: 'CANCELLED' });
    expect(Number(removed.event.SEQUENCE)).toBeGreaterThan(Number(moved.event.SEQUENCE));
  });

  it('lets the client confirm through the link in their confirmation, once', async () => {
    const { appointmentId } = await bookConsultation(dayFromToday(11), '10:00');
    const token = confirmToken((await arrivedEmail(appointmentId, 'booking_confirmation')).email);

    const confirmed = await testApp.http.post(`/api/visit/${token}/confirm`).send({});
    expect(confirmed.status).toBe(200);
    expect((await testApp.as('receptionist').get(`/api/appointments/${appointmentId}`)).body.status).toBe('confirmed');
    const again = await testApp.http.post(`/api/visit/${token}/confirm`).send({});
    expect(again.status).toBe(410);
    expect(again.headers['content-type']).toMatch(/application\/problem\+json/);
  });
});
