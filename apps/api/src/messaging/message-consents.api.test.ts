import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { createTestApp, type TestApp } from '../test-support/test-app.js';

let testApp: TestApp;
beforeAll(async () => {
  testApp = await createTestApp();
});
afterAll(async () => {
  await testApp.close();
});

async function newClient(): Promise<string> {
  const created = await testApp
    .as('receptionist')
    .post('/api/clients')
    .send({ firstName: 'Jordan', lastName: 'Vale', email: `jordan.${crypto.randomUUID()}@example.com`, preferredContact: 'email' });
  expect(created.status).toBe(201);
  return created.body.id;
}

describe('a client’s consent to messages', () => {
  it('allows care and not marketing until the client says otherwise, read as part of their record', async () => {
    const clientId = await newClient();
    const response = await testApp.as('artist').get(`/api/clients/${clientId}/message-preferences`);
    expect(response.status).toBe(200);
    expect(response.body).toEqual({ preferredContact: 'email', care: { allowed: true, latest: null }, marketing: { allowed: false, latest: null }, history: [] });
    const reads = (await testApp.as('owner').get('/api/audit-events').query({ action: 'client.read', clientId })).body.items;
    expect(reads[0].details).toMatchObject({ part: 'message_preferences' });
  });

  it('records each answer with how and by whom, the latest deciding, and keeps the earlier ones', async () => {
    const clientId = await newClient();
    const yes = await testApp
      .as('receptionist')
      .post(`/api/clients/${clientId}/message-consents`)
      .send({ purpose: 'marketing', granted: true, method: 'paper_form', note: 'Signed at the desk' });
    expect(yes.status).toBe(201);
    expect(yes.body.marketing).toMatchObject({
      allowed: true,
      latest: { granted: true, method: 'paper_form', note: 'Signed at the desk', recordedBy: { id: testApp.staff.receptionist.id } },
    });
    await testApp.as('artist').post(`/api/clients/${clientId}/message-consents`).send({ purpose: 'care', granted: false, method: 'in_person' });
    const no = await testApp.as('owner').post(`/api/clients/${clientId}/message-consents`).send({ purpose: 'marketing', granted: false, method: 'phone' });
    expect(no.body.marketing.allowed).toBe(false);
    expect(no.body.care).toMatchObject({ allowed: false, latest: { method: 'in_person', recordedBy: { id: testApp.staff.artist.id } } });
    expect(no.body.history.map((consent: { purpose: string; granted: boolean }) => `${consent.purpose}:${consent.granted}`)).toEqual(['marketing:false', 'care:false', 'marketing:true']);
    const events = (await testApp.as('owner').get('/api/audit-events').query({ action: 'message_consent.record', clientId })).body.items;
    expect(events).toHaveLength(3);
    await expect(testApp.database.$executeRaw`UPDATE client_message_consents SET granted = true WHERE client_id = ${clientId}::uuid`).rejects.toThrow();
  });

  it('refuses, field by field, an answer without purpose, yes or no, or a method staff may record', async () => {
    const clientId = await newClient();
    const response = await testApp
      .as('receptionist')
      .post(`/api/clients/${clientId}/message-consents`)
      .send({ method: 'unsubscribe_link', note: 'x'.repeat(501) });
    expect(response.status).toBe(400);
    expect(response.body.errors.map((error: { field: string }) => error.field).sort()).toEqual(['granted', 'method', 'note', 'purpose']);
  });

  it('refuses an archived client’s, and an unknown client’s', async () => {
    const clientId = await newClient();
    await testApp.as('owner').post(`/api/clients/${clientId}/archive`);
    const archived = await testApp.as('receptionist').post(`/api/clients/${clientId}/message-consents`).send({ purpose: 'care', granted: true, method: 'phone' });
    expect(archived.status).toBe(409);
    const unknown = await testApp.as('receptionist').get('/api/clients/00000000-0000-4000-8000-000000000000/message-preferences');
    expect(unknown.status).toBe(404);
  });
});
