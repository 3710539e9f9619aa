import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { addCalendarDays, aftercareSchedule, dateInWords, zonedInstant, type MessageKind } from '@smp/contracts';
import { createTestApp, type TestApp } from '../test-support/test-app.js';
import { activePlan, at, dayFromToday, openClinic, planSessionInProgress, screenedClient } from '../test-support/scheduling.js';
import { LinkSigner } from './client-links.js';
import { MESSAGE_COMPOSER, type MessageComposer } from './message-composer.js';

let testApp: TestApp;
let rooms: string[];
let composer: MessageComposer;
beforeAll(async () => {
  testApp = await createTestApp({ CLINIC_NAME: 'Northside Scalp Studio', PUBLIC_URL: 'https://clinic.test' });
  ({ rooms } = await openClinic(testApp));
  const owner = testApp.as('owner');
  const { updatedAt: _updatedAt, ...settings } = (await owner.get('/api/clinic')).body;
  await owner.put('/api/clinic').send({ ...settings, address: '4 Quay Street, Springfield', phone: '+14155552671', email: 'hello@northside.example' });
  composer = testApp.app.get<MessageComposer>(MESSAGE_COMPOSER);
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

/** The link to that page in a message's text, and its token. */
function linkIn(text: string, page: 'visit' | 'unsubscribe'): { url: string; token: string } {
  const match = new RegExp(`https://clinic\\.test/${page}/(\\S+)`).exec(text);
  if (!match) throw new Error(`No ${page} link in: ${text}`);
  return { url: match[0], token: match[1]! };
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

  it('asks a reminder’s reader to confirm through a link of their own, valid until the appointment, and sends no invitation', async () => {
    const clientId = await screenedClient(testApp);
    const appointmentId = await consultation(clientId, dayFromToday(9), '09:30');
    const messageId = await messageAbout('reminder', { clientId, appointmentId });
    const reminder = await compose(messageId);
    const link = linkIn(reminder.text, 'visit');
    expect(reminder.html).toContain(`<a href="${link.url}">`);
    expect(reminder.sms).toContain(link.url);
    expect(await testApp.database.$queryRaw`SELECT appointment_id, expires_at, used_at FROM appointment_links WHERE message_id = ${messageId}::uuid`).toEqual([
      { appointment_id: appointmentId, expires_at: new Date(at(dayFromToday(9), '09:30')), used_at: null },
    ]);
    const visit = await testApp.http.get(`/api/visit/${link.token}`).expect(200);
    expect(visit.body).toMatchObject({ date: dayFromToday(9), time: '09:30', link: 'usable' });
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
    const { token } = linkIn(recall.text, 'unsubscribe');
    expect(await testApp.app.get(LinkSigner).unsubscribingClientId(token)).toBe(clientId);
    expect(recall.headers).toEqual({ 'List-Unsubscribe': `<https://clinic.test/api/unsubscribe/${token}>`, 'List-Unsubscribe-Post': 'List-Unsubscribe=One-Click' });
  });

  it('about a booking at another location, gives its time on that location’s clock, its address and phone, and reminds on its clock', async () => {
    const owner = testApp.as('owner');
    const soho = (
      await owner.post('/api/locations').send({
        name: 'Soho',
        address: '1 Greek Street, London',
        phone: '+442079460000',
        timeZone: 'Europe/London',
        openingHours: [1, 2, 3, 4, 5, 6, 7].map((weekday) => ({ weekday, opens: '08:00', closes: '20:00' })),
      })
    ).body;
    const bea = (await testApp.addStaff('artist', 'Bea Branch')).staff;
    await owner.put(`/api/artists/${bea.id}/hours`).send({ weekly: [1, 2, 3, 4, 5, 6, 7].map((weekday) => ({ weekday, starts: '09:00', ends: '17:00', locationId: soho.id })) });
    const clientId = await screenedClient(testApp);
    const day = dayFromToday(10);
    const startsAt = zonedInstant(day, '10:00', 'Europe/London');
    const booked = await testApp.as('receptionist').post('/api/appointments').send({ kind: 'consultation', clientId, artistId: bea.id, startsAt: startsAt.toISOString() });
    expect(booked.status).toBe(201);
    expect(booked.body.location.id).toBe(soho.id);

    const message = await compose(await messageAbout('booking_confirmation', { clientId, appointmentId: booked.body.id }));
    expect(message.subject).toBe(`Your consultation on ${dateInWords(day)} at 10:00`);
    expect(message.text).toContain('1 Greek Street, London');
    expect(message.text).not.toContain('4 Quay Street');
    expect(String(message.attachments[0]!.content)).toContain('LOCATION:1 Greek Street\\, London');
    // 10:00 in London is 05:00 in New York, inside the clinic's quiet hours there but not in London:
    // the reminder a day before goes at 10:00 London time, not before New York's night.
    const [reminder] = await testApp.database.$queryRaw<{ send_at: Date }[]>`
      SELECT send_at FROM client_messages WHERE appointment_id = ${booked.body.id}::uuid AND kind = 'reminder' AND dedupe_key LIKE 'reminder:24:%'`;
    expect(reminder!.send_at.toISOString()).toBe(new Date(startsAt.getTime() - 24 * 3_600_000).toISOString());
  });
});
