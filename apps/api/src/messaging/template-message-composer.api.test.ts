import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { addCalendarDays, aftercareSchedule, dateInWords, type MessageKind } from '@smp/contracts';
import { ClinicSettingsService } from '../clinic/clinic-settings.service.js';
import { APP_CONFIG } from '../config/config.module.js';
import { createTestApp, type TestApp } from '../test-support/test-app.js';
import { activePlan, at, dayFromToday, openClinic, planSessionInProgress, screenedClient } from '../test-support/scheduling.js';
import type { MessageLinks } from './message-composer.js';
import { MessageTemplatesService } from './message-templates.service.js';
import { TemplateMessageComposer } from './template-message-composer.js';

/** Test fixture standing in for the links' feature, which makes the real signed links. */
const fixtureLinks: MessageLinks & { asked: unknown[] } = {
  asked: [],
  appointmentLink(_transaction, link) {
    fixtureLinks.asked.push(link);
    return Promise.resolve(`https://clinic.test/visit/${link.messageId}`);
  },
  unsubscribeLink(clientId) {
    return Promise.resolve(`https://clinic.test/unsubscribe/${clientId}`);
  },
  unsubscribeHeaders(clientId) {
    return Promise.resolve({ 'List-Unsubscribe': `<https://clinic.test/api/unsubscribe/${clientId}>` });
  },
};

let testApp: TestApp;
let rooms: string[];
let composer: TemplateMessageComposer;
beforeAll(async () => {
  testApp = await createTestApp({ CLINIC_NAME: 'Northside Scalp Studio' });
  ({ rooms } = await openClinic(testApp));
  const owner = testApp.as('owner');
  const { updatedAt: _updatedAt, ...settings } = (await owner.get('/api/clinic')).body;
  await owner.put('/api/clinic').send({ ...settings, address: '4 Quay Street, Springfield', phone: '+14155552671', email: 'hello@northside.example' });
  composer = new TemplateMessageComposer(testApp.app.get(ClinicSettingsService), testApp.app.get(MessageTemplatesService), fixtureLinks, testApp.app.get(APP_CONFIG));
});
afterAll(async () => {
  await testApp.close();
});

/** A message as delivery finds it: claimed for sending (so no job is queued for it here). */
async function messageAbout(kind: MessageKind, about: { clientId: string; appointmentId?: string; sessionRecordId?: string }, sendAt = new Date()): Promise<string> {
  const [row] = await testApp.database.$queryRaw<{ id: string }[]>`
    INSERT INTO client_messages (client_id, appointment_id, session_record_id, kind, purpose, dedupe_key, send_at, status)
    VALUES (${about.clientId}::uuid, ${about.appointmentId ?? null}::uuid, ${about.sessionRecordId ?? null}::uuid, ${kind},
            ${kind === 'maintenance_recall' ? 'marketing' : 'care'}, ${`${kind}:${crypto.randomUUID()}`}, ${sendAt}, 'sending')
    RETURNING id`;
  return row!.id;
}

const compose = (messageId: string) => testApp.database.$transaction((transaction) => composer.compose(messageId, transaction));

async function consultation(clientId: string, date: string, time: string): Promise<string> {
  const booked = await testApp
    .as('receptionist')
    .post('/api/appointments')
    .send({ kind: 'consultation', clientId, artistId: testApp.staff.artist.id, startsAt: at(date, time), durationMinutes: 45 });
  expect(booked.status).toBe(201);
  return booked.body.id;
}

describe('composing a message', () => {
  it('confirms a booking with its day and time in the clinic’s zone, the artist, what to bring and a calendar invitation', async () => {
    const clientId = await screenedClient(testApp);
    const day = dayFromToday(10);
    const appointmentId = await consultation(clientId, day, '14:30');
    const message = await compose(await messageAbout('booking_confirmation', { clientId, appointmentId }));
    const firstName = (await testApp.database.client.findUniqueOrThrow({ where: { id: clientId } })).firstName;
    expect(message.subject).toBe(`Your consultation on ${dateInWords(day)} at 14:30`);
    expect(message.text).toContain(`Hi ${firstName},`);
    expect(message.text).toContain(`with ${testApp.staff.artist.name} on ${dateInWords(day)} at 14:30`);
    expect(message.text).toContain('Please bring: a list of any medicines you take');
    expect(message.text).toContain('4 Quay Street, Springfield · (415) 555-2671');
    expect(message.html).toContain(`<p>Hi ${firstName},</p>`);
    expect(message.sms).toMatch(/^Northside Scalp Studio: hi /);
    expect(message.sms.length).toBeLessThanOrEqual(320);
    expect(message.headers).toEqual({});
    expect(message.attachments).toHaveLength(1);
    const ics = String(message.attachments[0]!.content);
    expect(ics).toContain(`UID:${appointmentId}@smp-clinic`);
    expect(ics).toContain('SEQUENCE:0');
    expect(ics).toContain(`DTSTART:${at(day, '14:30').replace(/[-:]|\.000/g, '')}`);
    expect(ics).toContain('SUMMARY:Consultation at Northside Scalp Studio');
  });

  it('says a moved booking’s new time, and its invitation replaces the old one; a cancellation removes it', async () => {
    const clientId = await screenedClient(testApp);
    const appointmentId = await consultation(clientId, dayFromToday(12), '10:00');
    const newDay = dayFromToday(13);
    expect(
      (
        await testApp
          .as('receptionist')
          .patch(`/api/appointments/${appointmentId}`)
          .send({ startsAt: at(newDay, '11:15') })
      ).status,
    ).toBe(200);
    const moved = await compose(await messageAbout('booking_update', { clientId, appointmentId }));
    expect(moved.subject).toBe(`Your consultation has moved to ${dateInWords(newDay)} at 11:15`);
    expect(String(moved.attachments[0]!.content)).toContain('SEQUENCE:1');
    await testApp.as('receptionist').post(`/api/appointments/${appointmentId}/status`).send({ status: 'cancelled', reason: 'Client is travelling' });
    const cancelled = await compose(await messageAbout('booking_cancellation', { clientId, appointmentId }));
    expect(cancelled.attachments[0]!.contentType).toBe('text/calendar; charset=utf-8; method=CANCEL');
    expect(String(cancelled.attachments[0]!.content)).toContain('SEQUENCE:2');
  });

  it('asks a reminder’s reader to confirm through a link valid until the appointment, and sends no invitation', async () => {
    const clientId = await screenedClient(testApp);
    const appointmentId = await consultation(clientId, dayFromToday(9), '09:30');
    const messageId = await messageAbout('reminder', { clientId, appointmentId });
    const reminder = await compose(messageId);
    expect(reminder.text).toContain(`https://clinic.test/visit/${messageId}`);
    expect(reminder.html).toContain(`<a href="https://clinic.test/visit/${messageId}">`);
    expect(reminder.sms).toContain(`https://clinic.test/visit/${messageId}`);
    expect(fixtureLinks.asked).toContainEqual({ messageId, appointmentId, expiresAt: new Date(at(dayFromToday(9), '09:30')) });
    expect(reminder.attachments).toEqual([]);
  });

  it('uses the clinic’s own wording once an owner wrote one', async () => {
    await testApp
      .as('owner')
      .put('/api/message-templates/reminder')
      .send({ subject: 'Tomorrow-ish: {{appointmentTime}}', body: 'Hello {{firstName}}. {{confirmLink}}', smsBody: 'Hi {{firstName}}' });
    const clientId = await screenedClient(testApp);
    const appointmentId = await consultation(clientId, dayFromToday(8), '16:00');
    expect((await compose(await messageAbout('reminder', { clientId, appointmentId }))).subject).toBe('Tomorrow-ish: 16:00');
    await testApp.as('owner').delete('/api/message-templates/reminder');
  });

  it('gives the aftercare schedule with the session’s dates, and the next session’s window', async () => {
    const artist = testApp.as('artist');
    const pigment = (await artist.post('/api/pigments').send({ brand: 'Perma', product: 'SMP Black', shadeName: 'Soft black', tone: 'neutral', undertones: ['neutral'] })).body.items[0];
    const lot = (await artist.post(`/api/pigments/${pigment.id}/lots`).send({ lotNumber: 'PB-1', expiresOn: dayFromToday(300), receivedOn: dayFromToday(-30), quantity: 12 })).body.items[0]
      .lots[0];
    const needle = (await artist.post('/api/needles').send({ configuration: '1-point', gauge: '0.25 mm' })).body.items[0];
    const needleLot = (await artist.post(`/api/needles/${needle.id}/lots`).send({ lotNumber: 'N-1', expiresOn: dayFromToday(500), receivedOn: dayFromToday(-10), quantity: 100 })).body
      .items[0].lots[0];
    const clientId = await screenedClient(testApp);
    const plan = await activePlan(testApp, clientId);
    const appointmentId = await planSessionInProgress(testApp, rooms, clientId, plan.sessions[0]!.id);
    const recorded = await artist.post(`/api/appointments/${appointmentId}/session-record`).send({
      areasTreated: ['hairline'],
      density: 'medium',
      dotSize: 'small',
      pigments: [{ lotId: lot.id, role: 'foundation' }],
      needleLotId: needleLot.id,
      durationMinutes: 200,
      painLevel: 3,
    });
    expect(recorded.status).toBe(201);
    // The session was booked today from midnight, so it ended today.
    const sessionDay = dayFromToday(0);
    const aftercare = await compose(await messageAbout('aftercare', { clientId, appointmentId, sessionRecordId: recorded.body.id }));
    const [firstStep] = aftercareSchedule(sessionDay);
    expect(aftercare.text).toContain(
      `${firstStep!.title} (${dateInWords(firstStep!.from, { withYear: false })} to ${dateInWords(firstStep!.to!, { withYear: false })})\n• No sweating or exercise`,
    );
    expect(aftercare.text).toContain(`Take care,\n${testApp.staff.artist.name} and Northside Scalp Studio`);
    expect(aftercare.attachments).toEqual([]);

    const window = await compose(await messageAbout('next_session_window', { clientId, sessionRecordId: recorded.body.id }));
    expect(window.subject).toBe('Time to book session 2');
    const settings = (await testApp.as('owner').get('/api/clinic')).body;
    expect(window.text).toContain(
      `between ${dateInWords(addCalendarDays(sessionDay, settings.sessionSpacingMinDays))} and ${dateInWords(addCalendarDays(sessionDay, settings.sessionSpacingMaxDays))}`,
    );
  });

  it('lets a marketing reader stop, in the text and in the mail’s headers', async () => {
    const clientId = await screenedClient(testApp);
    const recall = await compose(await messageAbout('maintenance_recall', { clientId }, new Date(at('2029-12-10', '10:00'))));
    expect(recall.text).toContain('around Monday 10 December 2029');
    expect(recall.text).toContain(`https://clinic.test/unsubscribe/${clientId}`);
    expect(recall.headers).toEqual({ 'List-Unsubscribe': `<https://clinic.test/unsubscribe/${clientId}>`, 'List-Unsubscribe-Post': 'List-Unsubscribe=One-Click' });
  });
});
