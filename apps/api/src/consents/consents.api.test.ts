import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { createTestApp, type TestApp } from '../test-support/test-app.js';
import { signatureDataUrl } from '../test-support/files.js';
import { signTreatmentConsent, treatmentConsentForm, TREATMENT_CONSENT_WORDING } from '../test-support/consents.js';
import {
  activePlan,
  catalogPigment,
  dayFromToday,
  openClinic,
  plannedSessions,
  planSessionInProgress,
  recordedSession,
  screenedClient,
  screenedClientWithoutConsent,
} from '../test-support/scheduling.js';

let testApp: TestApp;
let rooms: string[];
let signature: string;
beforeAll(async () => {
  testApp = await createTestApp();
  ({ rooms } = await openClinic(testApp));
  signature = await signatureDataUrl();
});
afterAll(async () => {
  await testApp.close();
});

const consentsOf = async (clientId: string) => (await testApp.as('receptionist').get(`/api/clients/${clientId}/consents`)).body;
const formOf = async (clientId: string, kind: string) => (await consentsOf(clientId)).forms.find((form: { kind: string }) => form.kind === kind);
const sign = (clientId: string, body: Record<string, unknown>) =>
  testApp
    .as('artist')
    .post(`/api/clients/${clientId}/consents`)
    .send({ granted: true, signedName: 'Cleo Client', signature, ...body });
const publish = (body: Record<string, unknown>) => testApp.as('owner').post('/api/consent-templates').send(body);

/** The first free start the availability API offers the test artist from tomorrow on, for session 1. */
async function freeSessionStart(): Promise<string> {
  const { body } = await testApp
    .as('receptionist')
    .get('/api/availability')
    .query({ artistId: testApp.staff.artist.id, from: dayFromToday(1), to: dayFromToday(14), durationMinutes: 180, kind: 'plan_session' });
  expect(body.slots.length).toBeGreaterThan(0);
  return body.slots[0].startsAt as string;
}

/** Books the plan's session 1 at the first free start, in the chair of the client's own. */
const bookSessionOne = async (clientId: string, plan: { sessions: { id: string; number: number }[] }, room: string) =>
  testApp
    .as('receptionist')
    .post('/api/appointments')
    .send({
      kind: 'plan_session',
      clientId,
      artistId: testApp.staff.artist.id,
      roomId: room,
      planSessionId: plan.sessions.find((session) => session.number === 1)!.id,
      startsAt: await freeSessionStart(),
      durationMinutes: 180,
    });

describe('consent forms', () => {
  it('says no treatment consent is published until an owner publishes one, which blocks nobody once signed', async () => {
    const clientId = await screenedClientWithoutConsent(testApp);
    expect(await formOf(clientId, 'treatment')).toMatchObject({ state: 'unpublished', current: null, latest: null });
    const eligibility = (await testApp.as('receptionist').get(`/api/clients/${clientId}/eligibility`)).body;
    expect(eligibility).toMatchObject({ eligible: false, reasons: [{ code: 'treatment_consent_unpublished', message: expect.stringContaining('No treatment consent form is published') }] });

    await treatmentConsentForm(testApp);
    expect(await formOf(clientId, 'treatment')).toMatchObject({ state: 'not_signed', current: { version: 1, ...TREATMENT_CONSENT_WORDING } });
    await signTreatmentConsent(testApp, clientId);
    expect(await formOf(clientId, 'treatment')).toMatchObject({ state: 'signed', latest: { version: 1, signedName: 'Plan Client', witnessedBy: { id: testApp.staff.artist.id } } });
    expect((await testApp.as('receptionist').get(`/api/clients/${clientId}/eligibility`)).body).toMatchObject({ eligible: true, reasons: [] });
  });

  it('lets only owners publish, each change as the next version, with the problems beside the fields', async () => {
    const privacy = { kind: 'privacy_notice', title: 'How we keep your record', body: 'We keep your health record for as long as the law asks and share it with no one.' };
    expect((await testApp.as('artist').post('/api/consent-templates').send(privacy)).status).toBe(403);
    const refused = await publish({ kind: 'waiver', title: '', body: 'short' });
    expect(refused.status).toBe(400);
    expect(refused.headers['content-type']).toMatch(/application\/problem\+json/);
    expect(refused.body.errors.map((error: { field: string }) => error.field).sort()).toEqual(['body', 'kind', 'title']);

    expect((await publish(privacy)).body).toMatchObject({ version: 1, publishedBy: { id: testApp.staff.owner.id } });
    expect((await publish({ ...privacy, title: 'How we keep and protect your record' })).body).toMatchObject({ version: 2 });
    const versions = (await testApp.as('artist').get('/api/consent-templates')).body.items.filter((form: { kind: string }) => form.kind === 'privacy_notice');
    expect(versions.map((form: { version: number; title: string }) => [form.version, form.title])).toEqual([
      [2, 'How we keep and protect your record'],
      [1, 'How we keep your record'],
    ]);
  });

  it('keeps a decline of photo consent as signed, and refuses a decline of the treatment consent', async () => {
    const clientId = await screenedClient(testApp);
    const photos = (await publish({ kind: 'photo_record', title: 'Photos for your record', body: 'The artist photographs your scalp before and after each session, for your record only.' }))
      .body;
    const declined = await sign(clientId, { templateId: photos.id, granted: false });
    expect(declined.status).toBe(201);
    expect(declined.body.forms.find((form: { kind: string }) => form.kind === 'photo_record')).toMatchObject({ state: 'declined', latest: { granted: false } });

    const treatmentDeclined = await sign(clientId, { templateId: await treatmentConsentForm(testApp), granted: false });
    expect(treatmentDeclined.status).toBe(400);
    expect(treatmentDeclined.body.errors).toEqual([{ field: 'granted', message: expect.stringContaining('cannot be declined') }]);
  });

  it('answers a bad signature or an empty name beside the field, never with a 500', async () => {
    const clientId = await screenedClient(testApp);
    const templateId = await treatmentConsentForm(testApp);
    const cases: [Record<string, unknown>, string][] = [
      [{ templateId, signedName: ' ' }, 'signedName'],
      [{ templateId, signature: 'data:image/png;base64,' }, 'signature'],
      // Base64 that is not a PNG: the API looks at the bytes, not only the label.
      [{ templateId, signature: `data:image/png;base64,${Buffer.from('GIF89a not a png').toString('base64')}` }, 'signature'],
      [{ templateId: '00000000-0000-4000-8000-000000000000' }, 'templateId'],
      [{ templateId: 'not-an-id' }, 'templateId'],
    ];
    for (const [body, field] of cases) {
      const response = await sign(clientId, body);
      expect([response.status, response.body.errors?.map((error: { field: string }) => error.field)]).toEqual([400, [field]]);
      expect(response.headers['content-type']).toMatch(/application\/problem\+json/);
    }
  });

  it('keeps each signature as written: the database refuses to change or delete one', async () => {
    const clientId = await screenedClient(testApp);
    await expect(testApp.database.$executeRaw`UPDATE client_consents SET signed_name = 'Someone Else' WHERE client_id = ${clientId}::uuid`).rejects.toThrow();
    await expect(testApp.database.$executeRaw`DELETE FROM client_consents WHERE client_id = ${clientId}::uuid`).rejects.toThrow();
    await expect(testApp.database.$executeRaw`UPDATE consent_templates SET body = 'Other words'`).rejects.toThrow();
    expect((await formOf(clientId, 'treatment')).latest.signedName).toBe('Plan Client');
  });

  it('audits every read and signature, and serves the drawn signature to clinicians only', async () => {
    const clientId = await screenedClient(testApp);
    const { latest } = await formOf(clientId, 'treatment');
    expect((await testApp.as('receptionist').get(`/api/client-consents/${latest.id}/signature`)).status).toBe(403);
    const image = await testApp.as('artist').get(`/api/client-consents/${latest.id}/signature`);
    expect([image.status, image.headers['content-type']]).toEqual([200, 'image/png']);
    const trail = (await testApp.as('owner').get('/api/audit-events').query({ clientId })).body.items.map((event: { action: string }) => event.action);
    expect(trail.filter((action: string) => action.startsWith('consent.')).sort()).toEqual(['consent.read', 'consent.read', 'consent.sign']);
  });
});

describe('treatment consent before session 1', () => {
  it('refuses session 1 without the treatment consent, with the reason, until an owner overrides it', async () => {
    await treatmentConsentForm(testApp);
    const clientId = await screenedClientWithoutConsent(testApp);
    const started = await testApp
      .as('artist')
      .post('/api/treatment-plans')
      .send({ clientId, style: 'density', artistId: testApp.staff.artist.id, sessions: await plannedSessions(testApp) });
    const refused = await testApp.as('receptionist').post(`/api/treatment-plans/${started.body.id}/start`);
    expect(refused.status).toBe(409);
    expect(refused.body.reasons).toEqual([expect.objectContaining({ code: 'treatment_consent_missing', message: expect.stringContaining('before session 1') })]);

    const override = await testApp
      .as('owner')
      .post(`/api/clients/${clientId}/eligibility-overrides`)
      .send({ reason: 'Signed the paper consent form; scanned copy on file.', validUntil: dayFromToday(20) });
    expect(override.status).toBe(201);
    const plan = await testApp.as('receptionist').post(`/api/treatment-plans/${started.body.id}/start`);
    expect(plan.status).toBe(200);
    expect((await bookSessionOne(clientId, plan.body, rooms[0]!)).status).toBe(201);
  });

  it('asks a client who signed an older version to sign the new one before session 1, then books it', async () => {
    const clientId = await screenedClient(testApp);
    const plan = await activePlan(testApp, clientId);
    const newWording = await publish({ ...TREATMENT_CONSENT_WORDING, body: `${TREATMENT_CONSENT_WORDING.body} I know a touch-up may be needed after some years.` });
    expect(newWording.body.version).toBe(2);
    expect(await formOf(clientId, 'treatment')).toMatchObject({ state: 'outdated', latest: { version: 1 }, current: { version: 2 } });

    const refused = await bookSessionOne(clientId, plan, rooms[1]!);
    expect(refused.status).toBe(409);
    expect(refused.body.reasons).toEqual([expect.objectContaining({ code: 'treatment_consent_outdated' })]);

    const oldVersion = await sign(clientId, { templateId: await treatmentConsentForm(testApp) });
    expect(oldVersion.status).toBe(409);
    expect((await sign(clientId, { templateId: newWording.body.id })).status).toBe(201);
    expect((await bookSessionOne(clientId, plan, rooms[1]!)).status).toBe(201);
  });

  it('treats a client already under way on an older version, and asks them to sign the new one at the next visit', async () => {
    const clientId = await screenedClientWithoutConsent(testApp);
    const inForce = (await testApp.as('artist').get('/api/consent-templates')).body.items.find((form: { kind: string }) => form.kind === 'treatment');
    await signTreatmentConsent(testApp, clientId, inForce.id);
    const plan = await activePlan(testApp, clientId);
    const appointmentId = await planSessionInProgress(testApp, rooms, clientId, plan.sessions[0]!.id);
    const { lotId } = await catalogPigment(testApp, 'Session Grey');
    const needle = (await testApp.as('artist').post('/api/needles').send({ configuration: '3-point', gauge: '0.30 mm' })).body.items[0];
    const needleLots = (
      await testApp
        .as('artist')
        .post(`/api/needles/${needle.id}/lots`)
        .send({ lotNumber: 'N-C1', expiresOn: dayFromToday(300), receivedOn: dayFromToday(-3), quantity: 20 })
    ).body.items[0].lots;
    await recordedSession(testApp, appointmentId, { pigmentLotId: lotId, needleLotId: needleLots[0].id });

    await publish({ ...TREATMENT_CONSENT_WORDING, body: `${TREATMENT_CONSENT_WORDING.body} Reworded once more.` });
    expect(await consentsOf(clientId)).toMatchObject({ askAtNextVisit: true, forms: expect.arrayContaining([expect.objectContaining({ kind: 'treatment', state: 'outdated' })]) });
    expect((await testApp.as('receptionist').get(`/api/clients/${clientId}/eligibility`)).body).toMatchObject({ eligible: true, reasons: [] });
  });
});
