import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { addCalendarMonths, addCalendarYears } from '@smp/contracts';
import { createTestApp, type TestApp } from '../test-support/test-app.js';
import { activePlan, at, dayFromToday, openClinic, screenedClient } from '../test-support/scheduling.js';

let testApp: TestApp;
let rooms: string[];
let lots: { neutral: string; blue: string; needle: string };
beforeAll(async () => {
  testApp = await createTestApp();
  ({ rooms } = await openClinic(testApp));
  const artist = testApp.as('artist');
  const neutral = (await artist.post('/api/pigments').send({ brand: 'Perma', product: 'SMP Black', shadeName: 'Soft black', tone: 'neutral', undertones: ['neutral'] })).body.items[0];
  const neutralLots = (await artist.post(`/api/pigments/${neutral.id}/lots`).send({ lotNumber: 'PB-118', expiresOn: dayFromToday(300), receivedOn: dayFromToday(-30), quantity: 40 })).body
    .items[0].lots;
  const pigments = (await artist.post('/api/pigments').send({ brand: 'Cheap Ink', product: 'Jet', shadeName: 'Blue black', tone: 'cool', undertones: ['blue'] })).body.items;
  const blue = pigments.find((candidate: { shadeName: string }) => candidate.shadeName === 'Blue black');
  const blueLots = (await artist.post(`/api/pigments/${blue.id}/lots`).send({ lotNumber: 'CI-7', expiresOn: dayFromToday(100), receivedOn: dayFromToday(-1), quantity: 40 })).body.items.find(
    (candidate: { id: string }) => candidate.id === blue.id,
  ).lots;
  const needle = (await artist.post('/api/needles').send({ configuration: '1-point', gauge: '0.25 mm' })).body.items[0];
  const needleLots = (await artist.post(`/api/needles/${needle.id}/lots`).send({ lotNumber: 'N-55', expiresOn: dayFromToday(500), receivedOn: dayFromToday(-10), quantity: 100 })).body
    .items[0].lots;
  lots = { neutral: neutralLots[0].id, blue: blueLots[0].id, needle: needleLots[0].id };
});
afterAll(async () => {
  await testApp.close();
});

let slot = 0;
/**
 * A visit in progress today (booked on the owner's override), each 20 minutes after
 * the last from today's midnight, so all are today whatever the time.
 */
async function visitInProgress(clientId: string, kind: string, planSessionId?: string): Promise<string> {
  const start = new Date(Date.parse(at(dayFromToday(0), '00:00')) + slot++ * 20 * 60_000);
  const booked = await testApp
    .as('owner')
    .post('/api/appointments')
    .send({
      kind,
      clientId,
      artistId: testApp.staff.artist.id,
      roomId: rooms[slot % 2],
      planSessionId,
      startsAt: start.toISOString(),
      durationMinutes: 15,
      override: { reason: 'Seen today, entered by the owner' },
    });
  expect(booked.status).toBe(201);
  for (const status of ['arrived', 'in_progress']) expect((await testApp.as('artist').post(`/api/appointments/${booked.body.id}/status`).send({ status })).status).toBe(200);
  return booked.body.id;
}

/** A client whose two-session plan was completed today, with these pigment lots. */
async function clientWithCompletedPlan(pigmentLots: string[] = [lots.neutral]): Promise<{ clientId: string; planId: string }> {
  const clientId = await screenedClient(testApp);
  const plan = await activePlan(testApp, clientId);
  for (const session of plan.sessions) {
    const appointmentId = await visitInProgress(clientId, 'plan_session', session.id);
    const recorded = await testApp
      .as('artist')
      .post(`/api/appointments/${appointmentId}/session-record`)
      .send({
        areasTreated: ['hairline', 'crown'],
        density: 'medium',
        dotSize: 'small',
        pigments: pigmentLots.map((lotId) => ({ lotId, role: 'foundation' })),
        needleLotId: lots.needle,
        durationMinutes: 200,
        painLevel: 3,
      });
    expect(recorded.status).toBe(201);
  }
  return { clientId, planId: plan.id };
}

const assessment = (score: number, extra: Record<string, unknown> = {}) => ({
  areas: [
    { area: 'hairline', score },
    { area: 'crown', score: 1 },
  ],
  colourShift: 'none',
  notes: 'Even fade',
  ...extra,
});

let pastConsultations = 0;
/** A consultation that took place before today, recorded with this sun exposure. */
async function consultationWith(clientId: string, sunExposure: string): Promise<void> {
  const number = pastConsultations++;
  const startsAt = at(dayFromToday(-1 - Math.floor(number / 6)), `${String(9 + (number % 6)).padStart(2, '0')}:00`);
  const booked = await testApp
    .as('owner')
    .post('/api/appointments')
    .send({ kind: 'consultation', clientId, artistId: testApp.staff.artist.id, startsAt, durationMinutes: 45, override: { reason: 'Entered from the paper diary' } });
  expect(booked.status).toBe(201);
  const recorded = await testApp
    .as('artist')
    .put(`/api/clients/${clientId}/consultations/${booked.body.consultationId}/record`)
    .send({
      hairLossCauses: ['vitiligo'],
      norwoodStage: 3,
      naturalHairColour: 'black',
      skinTone: 'IV',
      usesMinoxidil: false,
      usesFinasteride: false,
      transplantHistory: 'none',
      sunExposure,
      desiredStyle: 'density',
      shadeDirection: 'soft_black',
      expectationsDiscussed: true,
    });
  expect(recorded.status).toBe(200);
  expect(recorded.body.record).toMatchObject({ hairLossCauses: ['vitiligo'], sunExposure });
}

const recallOf = async (clientId: string) => (await testApp.as('receptionist').get(`/api/clients/${clientId}/fading`)).body.recall;
const maintenanceDueOn = async (day: string, clientId: string) =>
  ((await testApp.as('receptionist').get('/api/today').query({ date: day })).body.followUps as { kind: string; client: { id: string }; dueSince: string }[]).find(
    (item) => item.kind === 'maintenance' && item.client.id === clientId,
  );

describe('recording a fade assessment', () => {
  it('records the scores at a fade check, completes it, and is written once', async () => {
    const { clientId } = await clientWithCompletedPlan();
    const appointmentId = await visitInProgress(clientId, 'fade_check');
    const response = await testApp.as('artist').post(`/api/appointments/${appointmentId}/fade-assessment`).send(assessment(1));
    expect(response.status).toBe(201);
    expect(response.body).toMatchObject({ appointmentId, clientId, assessedOn: dayFromToday(0), highestScore: 1, colourShift: 'none', suspectLots: [] });
    expect((await testApp.as('receptionist').get(`/api/appointments/${appointmentId}`)).body.status).toBe('completed');
    const history = (await testApp.as('artist').get(`/api/clients/${clientId}/history?types=appointment`)).body.items;
    expect(history.map((entry: { title: string }) => entry.title)).toContain('Fade check completed');

    const again = await testApp.as('artist').post(`/api/appointments/${appointmentId}/fade-assessment`).send(assessment(3));
    expect(again.status).toBe(409);
    expect(again.headers['content-type']).toMatch(/application\/problem\+json/);
    await expect(testApp.testDatabase.asOwner(`UPDATE fade_assessments SET notes = 'changed'`)).rejects.toThrow(/fade_assessments rows are immutable once written/);
    await expect(testApp.testDatabase.asOwner(`DELETE FROM fade_assessment_areas`)).rejects.toThrow(/fade_assessment_areas rows are immutable once written/);

    const read = await testApp.as('receptionist').get(`/api/appointments/${appointmentId}/fade-assessment`);
    expect(read.body).toMatchObject({
      id: response.body.id,
      notes: 'Even fade',
      areas: [
        { area: 'crown', score: 1 },
        { area: 'hairline', score: 1 },
      ],
      photos: [],
    });
    const trail = await testApp.as('owner').get('/api/audit-events').query({ clientId });
    expect(trail.body.items.map((event: { action: string }) => event.action)).toEqual(expect.arrayContaining(['fade_assessment.record', 'fade_assessment.read']));
  });

  it('refuses what cannot be assessed, as problem+json naming the field', async () => {
    const { clientId } = await clientWithCompletedPlan();
    const appointmentId = await visitInProgress(clientId, 'fade_check');
    const artist = testApp.as('artist');
    const badScore = await artist.post(`/api/appointments/${appointmentId}/fade-assessment`).send(assessment(5));
    expect(badScore.status).toBe(400);
    expect(badScore.body.errors).toEqual([{ field: 'areas.0.score', message: 'From 0 (none) to 4 (gone)' }]);
    const undescribed = await artist.post(`/api/appointments/${appointmentId}/fade-assessment`).send(assessment(1, { colourShift: 'other' }));
    expect(undescribed.body.errors).toEqual([{ field: 'colourShiftNote', message: 'Describe the colour shift' }]);
    expect((await testApp.as('receptionist').post(`/api/appointments/${appointmentId}/fade-assessment`).send(assessment(1))).status).toBe(403);

    const newcomer = await screenedClient(testApp);
    const firstVisit = await visitInProgress(newcomer, 'fade_check');
    const nothing = await artist.post(`/api/appointments/${firstVisit}/fade-assessment`).send(assessment(1));
    expect(nothing.status).toBe(409);
    expect(nothing.body).toMatchObject({ title: 'Nothing to assess', errors: [{ field: 'appointmentId', message: 'No earlier session' }] });
    expect((await testApp.as('receptionist').get(`/api/clients/${newcomer}/fading`)).body).toEqual({ recall: null, assessments: [] });
  });

  it('lists the pigments and lots of the client’s sessions for a bluish shift', async () => {
    const { clientId } = await clientWithCompletedPlan([lots.neutral, lots.blue]);
    const appointmentId = await visitInProgress(clientId, 'maintenance');
    const response = await testApp
      .as('artist')
      .post(`/api/appointments/${appointmentId}/fade-assessment`)
      .send(assessment(1, { colourShift: 'bluish', colourShiftNote: '   ' }));
    expect(response.status).toBe(201);
    // A blank note is no note, not a row the database refuses.
    expect(response.body.colourShiftNote).toBeNull();
    expect(response.body.suspectLots).toEqual(
      expect.arrayContaining([
        expect.objectContaining({
          lot: { id: lots.blue, lotNumber: 'CI-7' },
          pigment: expect.objectContaining({ shadeName: 'Blue black', undertones: ['blue'] }),
          usedOn: [dayFromToday(0)],
        }),
        expect.objectContaining({ lot: { id: lots.neutral, lotNumber: 'PB-118' } }),
      ]),
    );
    expect(response.body.suspectLots).toHaveLength(2);
    // A maintenance visit goes on to its session record: the assessment does not complete it.
    expect((await testApp.as('receptionist').get(`/api/appointments/${appointmentId}`)).body.status).toBe('in_progress');
  });
});

describe('the maintenance recall', () => {
  it('is due the standard years after the last session, and the follow-up queue lists it from then', async () => {
    const { clientId, planId } = await clientWithCompletedPlan();
    const dueOn = addCalendarYears(dayFromToday(0), 4);
    expect(await recallOf(clientId)).toEqual({ dueOn, reason: 'standard', lastSessionOn: dayFromToday(0), sunExposure: null, fadeAssessedOn: null });
    expect(await maintenanceDueOn(addCalendarYears(dayFromToday(-1), 4), clientId)).toBeUndefined();
    expect(await maintenanceDueOn(dueOn, clientId)).toMatchObject({ dueSince: dueOn, plan: { id: planId } });
  });

  it('comes sooner for a client with high sun exposure', async () => {
    const { clientId } = await clientWithCompletedPlan();
    await consultationWith(clientId, 'high');
    const dueOn = addCalendarYears(dayFromToday(0), 2);
    expect(await recallOf(clientId)).toMatchObject({ dueOn, reason: 'high_sun', sunExposure: 'high' });
    expect(await maintenanceDueOn(dueOn, clientId)).toMatchObject({ dueSince: dueOn });
  });

  it('moves to within the set months of a fade check scoring 2 or more', async () => {
    const { clientId } = await clientWithCompletedPlan();
    const appointmentId = await visitInProgress(clientId, 'fade_check');
    expect((await testApp.as('artist').post(`/api/appointments/${appointmentId}/fade-assessment`).send(assessment(2))).status).toBe(201);
    const dueOn = addCalendarMonths(dayFromToday(0), 3);
    expect(await recallOf(clientId)).toMatchObject({ dueOn, reason: 'faded', fadeAssessedOn: dayFromToday(0) });
    expect(await maintenanceDueOn(addCalendarMonths(dayFromToday(-1), 3), clientId)).toBeUndefined();
    expect(await maintenanceDueOn(dueOn, clientId)).toMatchObject({ dueSince: dueOn });
  });
});
