import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { ClientLinks } from '../messaging/client-links.js';
import { createTestApp, type TestApp } from '../test-support/test-app.js';
import { at, dayFromToday, openClinic, screenedClient } from '../test-support/scheduling.js';

let testApp: TestApp;
let rooms: string[];
let links: ClientLinks;
beforeAll(async () => {
  testApp = await createTestApp();
  ({ rooms } = await openClinic(testApp));
  links = testApp.app.get(ClientLinks);
});
afterAll(async () => {
  await testApp.close();
});

let nextDay = 3;

/** A booked maintenance visit on a day of its own, and the reminder that went out about it. */
async function remindedAppointment(): Promise<{ appointmentId: string; clientId: string; messageId: string; startsAt: Date }> {
  const clientId = await screenedClient(testApp);
  const booked = await testApp
    .as('receptionist')
    .post('/api/appointments')
    .send({ kind: 'maintenance', clientId, artistId: testApp.staff.artist.id, roomId: rooms[0], startsAt: at(dayFromToday(nextDay++), '10:00'), durationMinutes: 60 });
  expect(booked.status).toBe(201);
  const [message] = await testApp.database.$queryRaw<{ id: string }[]>`
    INSERT INTO client_messages (client_id, appointment_id, kind, purpose, dedupe_key, send_at, status, channel, recipient, body, sent_at)
    VALUES (${clientId}::uuid, ${booked.body.id}::uuid, 'reminder', 'care', ${`reminder:24:${booked.body.id}`}, now(), 'sent', 'email', 'client@example.com', 'See you soon', now())
    RETURNING id`;
  return { appointmentId: booked.body.id, clientId, messageId: message!.id, startsAt: new Date(booked.body.startsAt) };
}

async function linkFor(reminder: { appointmentId: string; messageId: string; startsAt: Date }, expiresAt = reminder.startsAt): Promise<string> {
  const url = await testApp.database.$transaction((transaction) => links.appointmentLink(transaction, { messageId: reminder.messageId, appointmentId: reminder.appointmentId, expiresAt }));
  return new URL(url).pathname.replace('/visit/', '');
}

describe("a reminder's link", () => {
  it('is one link per message, however often the message is composed', async () => {
    const reminder = await remindedAppointment();
    const first = await linkFor(reminder);
    expect(await linkFor(reminder)).toBe(first);
    expect(await testApp.database.$queryRaw`SELECT id FROM appointment_links WHERE message_id = ${reminder.messageId}::uuid`).toHaveLength(1);
  });

  it('shows the client their appointment, nothing clinical, without signing in', async () => {
    const reminder = await remindedAppointment();
    const shown = await testApp.http.get(`/api/visit/${await linkFor(reminder)}`);
    expect(shown.status).toBe(200);
    expect(shown.body).toEqual({
      clinic: { name: expect.any(String), phone: null },
      kind: 'maintenance',
      status: 'booked',
      date: dayFromToday(nextDay - 1),
      time: '10:00',
      artistFirstName: testApp.staff.artist.name.split(' ')[0],
      link: 'usable',
      usedFor: null,
    });
  });

  it('confirms the appointment as the client, once: a second use is refused as gone', async () => {
    const reminder = await remindedAppointment();
    const token = await linkFor(reminder);
    const confirmed = await testApp.http.post(`/api/visit/${token}/confirm`).send({});
    expect(confirmed.status).toBe(200);
    expect(confirmed.body).toMatchObject({ status: 'confirmed', link: 'used', usedFor: 'confirm' });

    const appointment = (await testApp.as('receptionist').get(`/api/appointments/${reminder.appointmentId}`)).body;
    expect(appointment.status).toBe('confirmed');
    expect(appointment.confirmedByClientAt).toEqual(expect.any(String));
    expect(appointment.history.at(-1)).toMatchObject({ change: 'status', toStatus: 'confirmed', staff: null });
    const [audit] = await testApp.database.auditEvent.findMany({ where: { entityId: reminder.appointmentId, action: 'appointment.status' } });
    expect(audit).toMatchObject({ actorId: null, clientId: reminder.clientId, details: { byClient: true, through: 'reminder_link', to: 'confirmed' } });

    const again = await testApp.http.post(`/api/visit/${token}/confirm`).send({});
    expect(again.status).toBe(410);
    expect(again.headers['content-type']).toMatch(/^application\/problem\+json/);
    expect(again.body.title).toBe('This link was used already');
    expect((await testApp.http.get(`/api/visit/${token}`)).body.link).toBe('used');
  });

  it('answers an already confirmed appointment without changing it', async () => {
    const reminder = await remindedAppointment();
    await testApp.as('receptionist').post(`/api/appointments/${reminder.appointmentId}/status`).send({ status: 'confirmed' });
    const confirmed = await testApp.http.post(`/api/visit/${await linkFor(reminder)}/confirm`).send({});
    expect(confirmed.status).toBe(200);
    expect((await testApp.as('receptionist').get(`/api/appointments/${reminder.appointmentId}`)).body.confirmedByClientAt).toBeNull();
  });

  it('is refused once expired, and as unknown when its signature fails', async () => {
    const reminder = await remindedAppointment();
    const token = await linkFor(reminder, new Date(Date.now() - 60_000));
    expect((await testApp.http.get(`/api/visit/${token}`)).body.link).toBe('expired');
    const expired = await testApp.http.post(`/api/visit/${token}/confirm`).send({});
    expect(expired.status).toBe(410);
    expect(expired.body.title).toBe('This link has expired');

    const forged = `${token.slice(0, 22)}${'A'.repeat(21)}`;
    for (const response of [await testApp.http.get(`/api/visit/${forged}`), await testApp.http.post(`/api/visit/${forged}/confirm`).send({}), await testApp.http.get('/api/visit/short')]) {
      expect(response.status).toBe(404);
    }
    expect((await testApp.as('receptionist').get(`/api/appointments/${reminder.appointmentId}`)).body.status).toBe('booked');
  });

  it("puts the client's request for another time on reception's queue until the appointment is moved", async () => {
    const reminder = await remindedAppointment();
    const asked = await testApp.http.post(`/api/visit/${await linkFor(reminder)}/reschedule`).send({ note: 'Mornings are better' });
    expect(asked.status).toBe(200);
    expect(asked.body).toMatchObject({ link: 'used', usedFor: 'reschedule', status: 'booked' });

    const queued = (await testApp.as('receptionist').get('/api/follow-ups')).body.items.find(
      (item: { appointment: { id: string } | null }) => item.appointment?.id === reminder.appointmentId,
    );
    expect(queued).toMatchObject({ kind: 'reschedule_request', urgency: 'reschedule_requested', client: { id: reminder.clientId }, appointment: { note: 'Mornings are better' } });
    const appointment = (await testApp.as('receptionist').get(`/api/appointments/${reminder.appointmentId}`)).body;
    expect(appointment.rescheduleRequestedAt).toEqual(expect.any(String));
    expect(appointment.history.at(-1)).toMatchObject({ change: 'reschedule_requested', staff: null, reason: 'Mornings are better' });
    expect(await testApp.database.auditEvent.count({ where: { entityId: reminder.appointmentId, action: 'appointment.reschedule_request', actorId: null } })).toBe(1);

    const moved = await testApp
      .as('receptionist')
      .patch(`/api/appointments/${reminder.appointmentId}`)
      .send({ startsAt: new Date(reminder.startsAt.getTime() - 60 * 60_000).toISOString() });
    expect(moved.status).toBe(200);
    expect(moved.body.rescheduleRequestedAt).toBeNull();
    const after = (await testApp.as('receptionist').get('/api/follow-ups')).body.items;
    expect(after.some((item: { appointment: { id: string } | null }) => item.appointment?.id === reminder.appointmentId)).toBe(false);
  });

  it('refuses a cancelled appointment with a conflict and leaves the link usable', async () => {
    const reminder = await remindedAppointment();
    const token = await linkFor(reminder);
    await testApp.as('receptionist').post(`/api/appointments/${reminder.appointmentId}/status`).send({ status: 'cancelled', reason: 'Client called' });
    expect((await testApp.http.post(`/api/visit/${token}/confirm`).send({})).status).toBe(409);
    expect((await testApp.http.post(`/api/visit/${token}/reschedule`).send({})).status).toBe(409);
    expect((await testApp.http.get(`/api/visit/${token}`)).body).toMatchObject({ status: 'cancelled', link: 'usable' });
  });
});

describe('the unsubscribe link', () => {
  const marketingConsents = (clientId: string) =>
    testApp.database.$queryRaw<{ granted: boolean; method: string; recorded_by: string | null }[]>`
      SELECT granted, method, recorded_by FROM client_message_consents WHERE client_id = ${clientId}::uuid AND purpose = 'marketing'`;
  const tokenOf = async (clientId: string) => new URL(await links.unsubscribeLink(clientId)).pathname.replace('/unsubscribe/', '');

  it("withdraws the client's marketing consent, once however often it is followed", async () => {
    const clientId = await screenedClient(testApp);
    const token = await tokenOf(clientId);
    expect((await testApp.http.post(`/api/unsubscribe/${token}`).send({})).body).toEqual({ unsubscribed: true });
    expect((await testApp.http.post(`/api/unsubscribe/${token}`).send({})).status).toBe(200);
    expect(await marketingConsents(clientId)).toEqual([{ granted: false, method: 'unsubscribe_link', recorded_by: null }]);
    expect(await testApp.database.auditEvent.count({ where: { clientId, action: 'messages.unsubscribe', actorId: null } })).toBe(1);
  });

  it("takes a mail client's one-click form (RFC 8058), and no other form", async () => {
    const clientId = await screenedClient(testApp);
    const token = await tokenOf(clientId);
    const [, headerUrl] = /^<(.*)>$/.exec((await links.unsubscribeHeaders(clientId))['List-Unsubscribe']!)!;
    const oneClick = await testApp.http.post(new URL(headerUrl!).pathname).type('form').send('List-Unsubscribe=One-Click');
    expect(oneClick.status).toBe(200);
    expect(await marketingConsents(clientId)).toHaveLength(1);
    expect((await testApp.http.post(`/api/unsubscribe/${token}`).type('form').send('something=else')).status).toBe(400);
    expect((await testApp.as('receptionist').post('/api/follow-ups/contacts').type('form').send('channel=phone')).status).toBe(415);
  });

  it('is refused as unknown when its signature fails, or an appointment link is passed off as one', async () => {
    const reminder = await remindedAppointment();
    const appointmentToken = await linkFor(reminder);
    expect((await testApp.http.post(`/api/unsubscribe/${appointmentToken}`).send({})).status).toBe(404);
    const token = await tokenOf(reminder.clientId);
    expect((await testApp.http.post(`/api/unsubscribe/${token.slice(0, 22)}${'B'.repeat(21)}`).send({})).status).toBe(404);
    expect(await marketingConsents(reminder.clientId)).toEqual([]);
  });
});
