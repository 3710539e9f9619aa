import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { createTestApp, type TestApp } from '../test-support/test-app.js';
import { letterPdf } from '../test-support/files.js';
import { at, dayFromToday, openClinic, screenedClient, plannedSessions } from '../test-support/scheduling.js';

let testApp: TestApp;
let rooms: string[];
beforeAll(async () => {
  testApp = await createTestApp();
  ({ rooms } = await openClinic(testApp));
  const prices = await testApp
    .as('owner')
    .put('/api/prices')
    .send({
      prices: [
        { style: 'hairline_restoration', planPriceMinor: 300_000, extraSessionPriceMinor: 70_000 },
        { style: 'scar_camouflage', planPriceMinor: 200_000, extraSessionPriceMinor: 60_000 },
      ],
    });
  expect(prices.status).toBe(200);
});
afterAll(async () => {
  await testApp.close();
});

const owner = () => testApp.as('owner');

/** A draft plan of two sessions, or three (the third planning session 2's pigments again). */
async function draftPlan(clientId: string, style: string, sessionCount: 2 | 3 = 2) {
  const planned = await plannedSessions(testApp);
  const sessions = sessionCount === 3 ? [...planned, planned[1]!] : planned;
  const created = await testApp.as('artist').post('/api/treatment-plans').send({ clientId, style, artistId: testApp.staff.artist.id, sessions });
  expect(created.body).toMatchObject({ style });
  return created.body as { id: string; quotedPriceMinor: number; sessions: { id: string; number: number; priceMinor: number; includedReason: string | null }[] };
}

describe('alopecia / medical', () => {
  it('does not start without a doctor’s clearance, and says so before anyone presses Start', async () => {
    const clientId = await screenedClient(testApp);
    const plan = await draftPlan(clientId, 'alopecia_medical');
    expect((await testApp.as('artist').get(`/api/treatment-plans/${plan.id}`)).body.startBlockers).toEqual([
      { rule: 'clearance', message: 'No doctor’s clearance on the client’s latest screening or on the plan' },
    ]);
    const refused = await testApp.as('artist').post(`/api/treatment-plans/${plan.id}/start`);
    expect(refused.status).toBe(409);
    expect(refused.headers['content-type']).toMatch(/application\/problem\+json/);
    expect(refused.body).toMatchObject({
      title: 'Medical clearance needed',
      errors: [{ field: 'clearance', message: 'No doctor’s clearance on the client’s latest screening or on the plan' }],
    });

    // Other styles need no clearance.
    const density = await draftPlan(clientId, 'density');
    expect(density).toMatchObject({ startBlockers: [] });
    expect((await testApp.as('artist').post(`/api/treatment-plans/${density.id}/start`)).status).toBe(200);
  });

  it('starts once the clearance letter is on the client’s screening', async () => {
    const clientId = await screenedClient(testApp, { cancer_epilepsy_autoimmune: { answer: true } });
    const screening = await testApp.database.screening.findFirstOrThrow({ where: { clientId } });
    const attached = await testApp
      .as('artist')
      .post(`/api/screenings/${screening.id}/clearances`)
      .field('questionId', 'cancer_epilepsy_autoimmune')
      .attach('file', await letterPdf(), 'dermatologist.pdf');
    expect(attached.status).toBe(201);
    const plan = await draftPlan(clientId, 'alopecia_medical');
    const started = await testApp.as('artist').post(`/api/treatment-plans/${plan.id}/start`);
    expect(started.status).toBe(200);
    expect(started.body.status).toBe('active');
  });

  it('starts once a doctor’s letter is attached to the plan, checked like a screening’s letter and kept for good', async () => {
    const clientId = await screenedClient(testApp);
    const plan = await draftPlan(clientId, 'alopecia_medical');
    const path = `/api/treatment-plans/${plan.id}/clearances`;

    const noFile = await testApp.as('artist').post(path).field('note', 'From Dr Okafor');
    expect(noFile.status).toBe(400);
    expect(noFile.headers['content-type']).toMatch(/application\/problem\+json/);
    expect(noFile.body.errors).toEqual([{ field: 'file', message: 'Choose a file' }]);
    const scripted = await testApp
      .as('artist')
      .post(path)
      .attach('file', await letterPdf((document) => document.addJavaScript('run', 'app.alert(1)')), 'letter.pdf');
    expect(scripted.status).toBe(400);
    expect(scripted.body.errors).toEqual([{ field: 'file', message: expect.stringContaining('JavaScript') }]);
    expect(
      (
        await testApp
          .as('receptionist')
          .post(path)
          .attach('file', await letterPdf(), 'letter.pdf')
      ).status,
    ).toBe(403);

    const attached = await testApp
      .as('artist')
      .post(path)
      .field('note', 'From Dr Okafor')
      .attach('file', await letterPdf(), 'okafor.pdf');
    expect(attached.status).toBe(201);
    expect(attached.body.startBlockers).toEqual([]);
    expect(attached.body.clearances).toEqual([
      expect.objectContaining({ kind: 'letter', note: 'From Dr Okafor', documentName: 'okafor.pdf', reason: null, recordedBy: { id: testApp.staff.artist.id, name: expect.any(String) } }),
    ]);
    const clearanceId = attached.body.clearances[0].id as string;
    expect(await testApp.database.auditEvent.count({ where: { action: 'plan.clearance_add', entityId: plan.id } })).toBe(1);
    const letter = await testApp.as('artist').get(attached.body.clearances[0].documentUrl);
    expect(letter.status).toBe(200);
    expect(letter.headers['content-type']).toBe('application/pdf');
    expect(await testApp.database.auditEvent.count({ where: { action: 'plan.clearance_view', entityId: clearanceId } })).toBe(1);

    // Other styles need no clearance to attach.
    const density = await draftPlan(clientId, 'density');
    expect(
      (
        await testApp
          .as('artist')
          .post(`/api/treatment-plans/${density.id}/clearances`)
          .attach('file', await letterPdf(), 'letter.pdf')
      ).status,
    ).toBe(409);

    // Reception sees that a letter is on file, not what it says; a clinician's read of it is audited.
    const atReception = await testApp.as('receptionist').get(`/api/treatment-plans/${plan.id}`);
    expect(atReception.body.clearances).toEqual([expect.objectContaining({ kind: 'letter', note: null, documentName: null, documentUrl: null })]);
    const listed = await testApp.as('receptionist').get('/api/treatment-plans').query({ clientId });
    expect(listed.body.items.find((item: { id: string }) => item.id === plan.id).clearances).toEqual([expect.objectContaining({ note: null, documentName: null })]);
    const readsBefore = await testApp.database.auditEvent.count({ where: { action: 'screening.read', entityId: plan.id } });
    expect((await testApp.as('artist').get(`/api/treatment-plans/${plan.id}`)).body.clearances[0]).toMatchObject({ note: 'From Dr Okafor', documentName: 'okafor.pdf' });
    expect(await testApp.database.auditEvent.count({ where: { action: 'screening.read', entityId: plan.id } })).toBe(readsBefore + 1);

    await expect(testApp.database.planClearance.delete({ where: { id: clearanceId } })).rejects.toThrow(/permission denied/);
    expect((await testApp.as('artist').post(`/api/treatment-plans/${plan.id}/start`)).status).toBe(200);
  });

  it('starts without a letter when an owner overrides it with a reason, which the audit trail keeps', async () => {
    const clientId = await screenedClient(testApp);
    const plan = await draftPlan(clientId, 'alopecia_medical');
    const path = `/api/treatment-plans/${plan.id}/clearance-override`;

    expect((await testApp.as('artist').post(path).send({ reason: 'Letter seen by phone' })).status).toBe(403);
    const noReason = await owner().post(path).send({ reason: ' ' });
    expect(noReason.status).toBe(400);
    expect(noReason.body.errors).toEqual([{ field: 'reason', message: expect.any(String) }]);

    const overridden = await owner().post(path).send({ reason: 'Dermatologist confirmed by phone; letter to follow' });
    expect(overridden.status).toBe(200);
    expect(overridden.body).toMatchObject({ startBlockers: [], clearances: [{ kind: 'override', reason: 'Dermatologist confirmed by phone; letter to follow', documentUrl: null }] });
    const event = await testApp.database.auditEvent.findFirstOrThrow({ where: { action: 'plan.clearance_override', entityId: plan.id } });
    expect(event).toMatchObject({ actorId: testApp.staff.owner.id, clientId, details: { reason: 'Dermatologist confirmed by phone; letter to follow' } });
    expect((await owner().post(path).send({ reason: 'Twice over' })).status).toBe(409);

    expect((await testApp.as('artist').post(`/api/treatment-plans/${plan.id}/start`)).status).toBe(200);
  });

  it('keeps one override when two owners override at the same moment', async () => {
    const clientId = await screenedClient(testApp);
    const plan = await draftPlan(clientId, 'alopecia_medical');
    const path = `/api/treatment-plans/${plan.id}/clearance-override`;
    const answers = await Promise.all([owner().post(path).send({ reason: 'Letter seen by phone' }), owner().post(path).send({ reason: 'Doctor called the clinic' })]);
    expect(answers.map((answer) => answer.status).sort()).toEqual([200, 409]);
    expect(await testApp.database.planClearance.count({ where: { planId: plan.id } })).toBe(1);
  });

  it('adds no clearance to the plan of an archived client', async () => {
    const clientId = await screenedClient(testApp);
    const plan = await draftPlan(clientId, 'alopecia_medical');
    expect((await owner().post(`/api/clients/${clientId}/archive`)).status).toBe(200);
    const overridden = await owner().post(`/api/treatment-plans/${plan.id}/clearance-override`).send({ reason: 'Letter seen by phone' });
    expect(overridden.status).toBe(409);
    expect(overridden.headers['content-type']).toMatch(/application\/problem\+json/);
    const attached = await testApp
      .as('artist')
      .post(`/api/treatment-plans/${plan.id}/clearances`)
      .attach('file', await letterPdf(), 'letter.pdf');
    expect(attached.status).toBe(409);
    expect(await testApp.database.planClearance.count({ where: { planId: plan.id } })).toBe(0);
  });
});

describe('scar camouflage', () => {
  it('is quoted at its own price from the price list', async () => {
    const clientId = await screenedClient(testApp);
    expect((await draftPlan(clientId, 'scar_camouflage')).quotedPriceMinor).toBe(200_000);
    expect((await draftPlan(clientId, 'hairline_restoration')).quotedPriceMinor).toBe(300_000);
  });
});

describe('the third session', () => {
  it('is charged at the extra-session price, sessions 1 and 2 being included', async () => {
    const clientId = await screenedClient(testApp);
    const plan = await draftPlan(clientId, 'hairline_restoration', 3);
    expect(plan.sessions.map((session) => session.priceMinor)).toEqual([0, 0, 70_000]);

    const two = await draftPlan(clientId, 'scar_camouflage');
    await testApp.as('artist').post(`/api/treatment-plans/${two.id}/start`);
    const added = await testApp
      .as('artist')
      .post(`/api/treatment-plans/${two.id}/sessions`)
      .send({ kind: 'included', pigmentIds: (await plannedSessions(testApp))[0]!.pigmentIds });
    expect(added.status).toBe(201);
    expect(added.body.sessions.map((session: { priceMinor: number }) => session.priceMinor)).toEqual([0, 0, 60_000]);
  });

  it('is included free of charge when an owner says why, which the audit trail keeps', async () => {
    const clientId = await screenedClient(testApp);
    const plan = await draftPlan(clientId, 'hairline_restoration', 3);
    const third = plan.sessions[2]!;
    const path = `/api/treatment-plans/${plan.id}/sessions/${third.id}/included`;

    expect((await testApp.as('artist').post(path).send({ reason: 'Goodwill' })).status).toBe(403);
    expect((await testApp.as('receptionist').post(path).send({ reason: 'Goodwill' })).status).toBe(403);
    const noReason = await owner().post(path).send({ reason: ' ' });
    expect(noReason.status).toBe(400);
    expect(noReason.body.errors).toEqual([{ field: 'reason', message: expect.any(String) }]);
    expect((await owner().post(`/api/treatment-plans/${plan.id}/sessions/${plan.sessions[0]!.id}/included`).send({ reason: 'Goodwill' })).status).toBe(409);

    const included = await owner().post(path).send({ reason: 'Session 2 was cut short by a migraine' });
    expect(included.status).toBe(200);
    expect(included.body.sessions[2]).toMatchObject({ priceMinor: 0, includedReason: 'Session 2 was cut short by a migraine' });
    const event = await testApp.database.auditEvent.findFirstOrThrow({ where: { action: 'plan.session_included', entityId: plan.id } });
    expect(event).toMatchObject({ actorId: testApp.staff.owner.id, clientId, details: { number: 3, waivedPriceMinor: 70_000, reason: 'Session 2 was cut short by a migraine' } });

    const again = await owner().post(path).send({ reason: 'Twice' });
    expect(again.status).toBe(409);
    expect(again.body.detail).toBe('Session 3 is included in the plan already');
  });
});

describe('a booked treatment session', () => {
  it('names its plan’s style, from which the booking shows the client’s preparation', async () => {
    const clientId = await screenedClient(testApp);
    const plan = await draftPlan(clientId, 'womens_density');
    await testApp.as('artist').post(`/api/treatment-plans/${plan.id}/start`);
    const booked = await testApp
      .as('receptionist')
      .post('/api/appointments')
      .send({ kind: 'plan_session', clientId, artistId: testApp.staff.artist.id, roomId: rooms[0], planSessionId: plan.sessions[0]!.id, startsAt: at(dayFromToday(2), '09:00') });
    expect(booked.status).toBe(201);
    expect(booked.body.planSession).toEqual({ id: plan.sessions[0]!.id, planId: plan.id, number: 1, style: 'womens_density' });
    const calendar = await testApp.as('receptionist').get(`/api/appointments?from=${dayFromToday(2)}&to=${dayFromToday(2)}`);
    expect(calendar.body.items.find((appointment: { id: string }) => appointment.id === booked.body.id).planSession.style).toBe('womens_density');
  });
});
