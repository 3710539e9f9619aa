import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { createTestApp, type TestApp } from '../test-support/test-app.js';
import { jpegPhoto } from '../test-support/files.js';
import { catalogPigment, openClinic, planSessionInProgress, screenedClient } from '../test-support/scheduling.js';

let testApp: TestApp;
let rooms: string[];
let darkGrey: { id: string; lotId: string };
let softBlack: { id: string; lotId: string };
let needleLotId: string;
beforeAll(async () => {
  testApp = await createTestApp();
  ({ rooms } = await openClinic(testApp));
  darkGrey = await catalogPigment(testApp, 'Dark Grey', 'cool');
  softBlack = await catalogPigment(testApp, 'Soft Black');
  const needle = (await testApp.as('owner').post('/api/needles').send({ configuration: '1-point', gauge: '0.25 mm' })).body.items[0];
  const withLot = await testApp.as('owner').post(`/api/needles/${needle.id}/lots`).send({ lotNumber: 'N-1', expiresOn: '2099-01-01', receivedOn: '2026-01-01', quantity: 100 });
  needleLotId = withLot.body.items[0].lots[0].id;
});
afterAll(async () => {
  await testApp.close();
});

const planBody = (clientId: string, sessions: string[][]) => ({
  clientId,
  style: 'density',
  artistId: testApp.staff.artist.id,
  sessions: sessions.map((pigmentIds) => ({ pigmentIds })),
});

async function plan(clientId: string, sessions: string[][]) {
  const created = await testApp.as('artist').post('/api/treatment-plans').send(planBody(clientId, sessions));
  expect(created.status).toBe(201);
  return created.body as { id: string; sessions: { id: string; shadeWarning: string | null; recorded: unknown }[] };
}

const sessionRecord = (lotIds: string[]) => ({
  areasTreated: ['hairline'],
  density: 'medium',
  dotSize: 'small',
  pigments: lotIds.map((lotId) => ({ lotId, role: 'foundation' })),
  needleLotId,
  durationMinutes: 120,
  painLevel: 2,
});

describe('planning shades', () => {
  it('names catalogue pigments per session, and says nothing when session 2 goes darker', async () => {
    const created = await plan(await screenedClient(testApp), [[darkGrey.id], [softBlack.id, darkGrey.id]]);
    expect(created.sessions).toMatchObject([
      { number: 1, pigments: [{ id: darkGrey.id, shadeName: 'Dark Grey', tone: 'cool' }], shadeNote: null, shadeWarning: null },
      { number: 2, pigments: [{ shadeName: 'Dark Grey' }, { shadeName: 'Soft Black' }], shadeWarning: null },
    ]);
  });

  it('warns, without refusing, when session 2 plans the very pigments of session 1', async () => {
    const created = await plan(await screenedClient(testApp), [[softBlack.id], [softBlack.id]]);
    expect(created.sessions.map((session) => session.shadeWarning)).toEqual([null, 'Same pigments as session 1: a later session is usually darker or blended']);
    expect((await testApp.as('receptionist').post(`/api/treatment-plans/${created.id}/start`)).status).toBe(200);
    expect((await testApp.as('receptionist').get(`/api/treatment-plans/${created.id}`)).body.sessions[1].shadeWarning).toMatch(/^Same pigments as session 1/);
  });

  it('refuses pigments that are not in the catalogue, or archived, naming the field', async () => {
    const clientId = await screenedClient(testApp);
    const retired = await catalogPigment(testApp, 'Retired Grey');
    await testApp.database.pigment.update({ where: { id: retired.id }, data: { archivedAt: new Date() } });
    const refused = await testApp
      .as('artist')
      .post('/api/treatment-plans')
      .send(planBody(clientId, [[darkGrey.id], [retired.id, '00000000-0000-4000-8000-000000000000']]));
    expect(refused.status).toBe(400);
    expect(refused.body.errors).toEqual([
      { field: 'sessions.1.pigmentIds.0', message: expect.stringMatching(/Retired Grey is archived: choose a pigment in use$/) },
      { field: 'sessions.1.pigmentIds.1', message: 'Not a pigment of the catalogue' },
    ]);
    expect(await testApp.database.treatmentPlan.count({ where: { clientId } })).toBe(0);
  });
});

describe('a session record against its plan', () => {
  it('says when the pigments used differ from the planned ones, in the record and on the plan, and shows the progression', async () => {
    const clientId = await screenedClient(testApp);
    const created = await plan(clientId, [[darkGrey.id], [softBlack.id]]);
    await testApp.as('receptionist').post(`/api/treatment-plans/${created.id}/start`);
    const appointmentId = await planSessionInProgress(testApp, rooms, clientId, created.sessions[0]!.id);
    const photo = await testApp
      .as('artist')
      .post(`/api/appointments/${appointmentId}/photos`)
      .field('view', 'front')
      .field('phase', 'before')
      .attach('file', await jpegPhoto(), 'before.jpg');
    expect(photo.status).toBe(201);

    const recorded = await testApp
      .as('artist')
      .post(`/api/appointments/${appointmentId}/session-record`)
      .send(sessionRecord([softBlack.lotId]));
    expect(recorded.status).toBe(201);
    expect(recorded.body).toMatchObject({ plannedPigments: [{ shadeName: 'Dark Grey' }], differsFromPlan: true, pigments: [{ pigment: { shadeName: 'Soft Black' } }] });
    const onPlan = (await testApp.as('artist').get(`/api/treatment-plans/${created.id}`)).body.sessions[0];
    expect(onPlan.recorded).toEqual({
      sessionRecordId: recorded.body.id,
      pigments: [{ pigment: expect.objectContaining({ id: softBlack.id, tone: 'neutral' }), lot: { id: softBlack.lotId, lotNumber: expect.any(String) } }],
      differsFromPlan: true,
    });

    const progression = await testApp.as('artist').get(`/api/clients/${clientId}/shade-progression?planId=${created.id}`);
    expect(progression.status).toBe(200);
    expect(progression.body.sessions).toEqual([
      expect.objectContaining({
        sessionRecordId: recorded.body.id,
        plan: { id: created.id, sessionNumber: 1 },
        pigments: [expect.objectContaining({ role: 'foundation', pigment: expect.objectContaining({ shadeName: 'Soft Black', tone: 'neutral' }) })],
        photos: [expect.objectContaining({ id: photo.body.id, view: 'front', phase: 'before' })],
      }),
    ]);
    expect((await testApp.as('artist').get(`/api/clients/${clientId}/shade-progression?planId=${'0'.repeat(8)}-0000-4000-8000-000000000000`)).body.sessions).toEqual([]);
  });

  it('does not flag a session that used the planned pigments', async () => {
    const clientId = await screenedClient(testApp);
    const created = await plan(clientId, [[darkGrey.id], [softBlack.id]]);
    await testApp.as('receptionist').post(`/api/treatment-plans/${created.id}/start`);
    const appointmentId = await planSessionInProgress(testApp, rooms, clientId, created.sessions[0]!.id);
    const recorded = await testApp
      .as('artist')
      .post(`/api/appointments/${appointmentId}/session-record`)
      .send(sessionRecord([darkGrey.lotId]));
    expect(recorded.body.differsFromPlan).toBe(false);
    expect((await testApp.as('artist').get(`/api/treatment-plans/${created.id}`)).body.sessions[0].recorded.differsFromPlan).toBe(false);
  });
});

describe('patch tests per pigment', () => {
  async function allergicClientInSession(): Promise<{ clientId: string; appointmentId: string }> {
    const clientId = await screenedClient(testApp, { pigment_allergy: { answer: true } });
    const tested = await testApp
      .as('artist')
      .post(`/api/clients/${clientId}/patch-tests`)
      .send({ pigmentId: darkGrey.id, lotId: darkGrey.lotId, appliedOn: '2026-01-05', readOn: '2026-01-07', result: 'passed' });
    expect(tested.status).toBe(201);
    expect(tested.body).toMatchObject({ pigmentId: darkGrey.id, pigment: expect.stringMatching(/Dark Grey$/), lot: { id: darkGrey.lotId } });
    const created = await plan(clientId, [[darkGrey.id], [softBlack.id]]);
    expect((await testApp.as('receptionist').post(`/api/treatment-plans/${created.id}/start`)).status).toBe(200);
    return { clientId, appointmentId: await planSessionInProgress(testApp, rooms, clientId, created.sessions[0]!.id) };
  }

  it('refuse a session with a pigment the allergic client was not tested for, naming it', async () => {
    const { appointmentId } = await allergicClientInSession();
    const refused = await testApp
      .as('artist')
      .post(`/api/appointments/${appointmentId}/session-record`)
      .send(sessionRecord([darkGrey.lotId, softBlack.lotId]));
    expect(refused.status).toBe(400);
    expect(refused.headers['content-type']).toMatch(/^application\/problem\+json/);
    expect(refused.body.errors).toEqual([{ field: 'pigments.1.lotId', message: expect.stringMatching(/Soft Black has no passed patch test, and the screening notes a pigment allergy$/) }]);
    expect(await testApp.database.sessionRecord.count({ where: { appointmentId } })).toBe(0);
  });

  it('say in the refusal that a passed test typed before pigments were named clears none', async () => {
    const { clientId, appointmentId } = await allergicClientInSession();
    await testApp.database.patchTest.create({
      data: { clientId, pigmentNote: 'Soft black, diluted', appliedOn: new Date('2025-06-01'), readOn: new Date('2025-06-03'), result: 'passed', recordedById: testApp.staff.artist.id },
    });
    const listed = await testApp.as('artist').get(`/api/clients/${clientId}/patch-tests`);
    expect(listed.body.items).toContainEqual(expect.objectContaining({ pigment: 'Soft black, diluted', pigmentId: null }));
    const refused = await testApp
      .as('artist')
      .post(`/api/appointments/${appointmentId}/session-record`)
      .send(sessionRecord([darkGrey.lotId, softBlack.lotId]));
    expect(refused.status).toBe(400);
    expect(refused.body.errors).toEqual([
      {
        field: 'pigments.1.lotId',
        message: expect.stringMatching(/Soft Black has no passed patch test, .*The passed test of “Soft black, diluted” names no catalogue pigment — it clears none/),
      },
    ]);
  });

  it('record a session with the pigment that was tested and passed', async () => {
    const { appointmentId } = await allergicClientInSession();
    const recorded = await testApp
      .as('artist')
      .post(`/api/appointments/${appointmentId}/session-record`)
      .send(sessionRecord([darkGrey.lotId]));
    expect(recorded.status).toBe(201);
  });

  it('let a failed test of another pigment leave the one that passed cleared', async () => {
    const clientId = await screenedClient(testApp, { pigment_allergy: { answer: true } });
    const test = (pigmentId: string, result: string, readOn: string) =>
      testApp.as('artist').post(`/api/clients/${clientId}/patch-tests`).send({ pigmentId, appliedOn: '2026-01-05', readOn, result });
    await test(darkGrey.id, 'passed', '2026-01-07');
    await test(softBlack.id, 'failed', '2026-01-09');
    expect((await testApp.as('artist').get(`/api/clients/${clientId}/eligibility`)).body).toMatchObject({ eligible: true });
  });

  it('refuse a lot of another pigment than the one tested', async () => {
    const clientId = await screenedClient(testApp);
    const refused = await testApp
      .as('artist')
      .post(`/api/clients/${clientId}/patch-tests`)
      .send({ pigmentId: darkGrey.id, lotId: softBlack.lotId, appliedOn: '2026-01-05', readOn: '2026-01-07', result: 'passed' });
    expect(refused.status).toBe(400);
    expect(refused.body.errors).toEqual([{ field: 'lotId', message: expect.stringMatching(/^Not a lot of .*Dark Grey$/) }]);
  });
});
