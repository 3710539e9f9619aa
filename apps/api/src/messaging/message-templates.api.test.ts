import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { DEFAULT_WORDING, MESSAGE_KINDS, dateInWords } from '@smp/contracts';
import { createTestApp, type TestApp } from '../test-support/test-app.js';
import { at, dayFromToday, openClinic, screenedClient } from '../test-support/scheduling.js';

let testApp: TestApp;
beforeAll(async () => {
  testApp = await createTestApp();
  await openClinic(testApp);
});
afterAll(async () => {
  await testApp.close();
});

const wording = { subject: 'See you at {{appointmentTime}}', body: 'Hi {{firstName}}, {{appointmentDate}}. {{confirmLink}}', smsBody: 'Hi {{firstName}}' };

describe('the wording of messages', () => {
  it('lists every kind for owners, with the default wording and the placeholders each offers', async () => {
    const response = await testApp.as('owner').get('/api/message-templates');
    expect(response.status).toBe(200);
    expect(response.body.map((template: { kind: string }) => template.kind)).toEqual([...MESSAGE_KINDS]);
    const reminder = response.body.find((template: { kind: string }) => template.kind === 'reminder');
    expect(reminder).toMatchObject({ ...DEFAULT_WORDING.reminder, isDefault: true, updatedAt: null });
    expect(reminder.placeholders).toContainEqual({ name: 'confirmLink', description: 'The link to confirm the appointment or ask for another time' });
    for (const role of ['receptionist', 'artist'] as const) expect((await testApp.as(role).get('/api/message-templates')).status).toBe(403);
  });

  it('takes an owner’s wording, audited, and goes back to the default on request', async () => {
    const owner = testApp.as('owner');
    const saved = await owner.put('/api/message-templates/reminder').send(wording);
    expect(saved.status).toBe(200);
    expect(saved.body).toMatchObject({ ...wording, isDefault: false });
    expect((await owner.get('/api/message-templates')).body.find((template: { kind: string }) => template.kind === 'reminder')).toMatchObject(wording);
    const [event] = (await owner.get('/api/audit-events').query({ action: 'message_template.update' })).body.items;
    expect(event).toMatchObject({ entityType: 'message_template', entityId: 'reminder', changedFields: ['subject', 'body', 'smsBody'] });

    const reset = await owner.delete('/api/message-templates/reminder');
    expect(reset.status).toBe(200);
    expect(reset.body).toMatchObject({ ...DEFAULT_WORDING.reminder, isDefault: true });
    expect((await owner.get('/api/audit-events').query({ action: 'message_template.reset' })).body.items).toHaveLength(1);
    expect((await testApp.as('receptionist').put('/api/message-templates/reminder').send(wording)).status).toBe(403);
  });

  it('refuses, field by field, a placeholder the kind does not offer and a marketing message without its unsubscribe link', async () => {
    const owner = testApp.as('owner');
    const unknown = await owner.put('/api/message-templates/aftercare').send(wording);
    expect(unknown.status).toBe(400);
    expect(unknown.headers['content-type']).toMatch(/^application\/problem\+json/);
    expect(unknown.body.errors.map((error: { field: string }) => error.field)).toEqual(['subject', 'body']);
    expect(unknown.body.errors[0].message).toMatch(/^Unknown placeholder \{\{appointmentTime\}\}: use one of \{\{firstName\}\}/);
    const marketing = await owner.put('/api/message-templates/maintenance_recall').send({ subject: 'Due', body: 'Hi {{firstName}}', smsBody: 'Hi' });
    expect(marketing.body.errors.map((error: { field: string }) => error.field)).toEqual(['body', 'smsBody']);
    expect((await owner.put('/api/message-templates/birthday').send(wording)).status).toBe(400);
    expect((await owner.put('/api/message-templates/reminder').send({ ...wording, body: '' })).body.errors).toEqual([{ field: 'body', message: 'Required' }]);
  });
});

describe('a preview of a draft', () => {
  it('uses the client’s next appointment, and names the values that are examples', async () => {
    const clientId = await screenedClient(testApp);
    const day = dayFromToday(6);
    const booked = await testApp
      .as('receptionist')
      .post('/api/appointments')
      .send({ kind: 'consultation', clientId, artistId: testApp.staff.artist.id, startsAt: at(day, '15:45'), durationMinutes: 45 });
    expect(booked.status).toBe(201);
    const response = await testApp
      .as('owner')
      .post('/api/message-templates/reminder/preview')
      .send({ ...wording, clientId });
    expect(response.status).toBe(200);
    expect(response.body.subject).toBe('See you at 15:45');
    expect(response.body.text).toContain(dateInWords(day));
    expect(response.body.text).toContain('https://clinic.example/visit/example-link');
    expect(response.body.exampleValues).toEqual(expect.arrayContaining(['confirmLink', 'clinicAddress']));
    expect(response.body.exampleValues).not.toContain('appointmentDate');
    const audit = await testApp.as('owner').get('/api/audit-events').query({ action: 'client.read', clientId }).expect(200);
    expect(audit.body.items[0]).toMatchObject({ actor: { id: testApp.staff.owner.id }, details: { part: 'message_preview', kind: 'reminder' } });
  });

  it('fills a client without appointments with examples, and refuses an unknown client or placeholder', async () => {
    const clientId = await screenedClient(testApp);
    const owner = testApp.as('owner');
    const response = await owner.post('/api/message-templates/aftercare/preview').send({ ...DEFAULT_WORDING.aftercare, clientId });
    expect(response.body.exampleValues).toEqual(expect.arrayContaining(['aftercareSchedule', 'artistName', 'sessionNumber']));
    expect(response.body.exampleValues).not.toContain('firstName');
    const unknownClient = await owner.post('/api/message-templates/aftercare/preview').send({ ...DEFAULT_WORDING.aftercare, clientId: '00000000-0000-4000-8000-000000000000' });
    expect(unknownClient.body.errors).toEqual([{ field: 'clientId', message: 'Not a client' }]);
    const unknownPlaceholder = await owner.post('/api/message-templates/aftercare/preview').send({ ...wording, clientId });
    expect(unknownPlaceholder.status).toBe(400);
  });
});
