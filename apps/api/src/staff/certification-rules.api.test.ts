import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { createTestApp, type TestApp, type TestAgent } from '../test-support/test-app.js';
import { activePlan, at, dayFromToday, openClinic, screenedClient, plannedSessions } from '../test-support/scheduling.js';

let testApp: TestApp;
let rooms: string[];
let needleLot: string;
let pigmentLot: string;
beforeAll(async () => {
  testApp = await createTestApp();
  ({ rooms } = await openClinic(testApp));
  const artist = testApp.as('artist');
  const pigment = (await artist.post('/api/pigments').send({ brand: 'Perma', product: 'SMP Black', shadeName: 'Soft black', tone: 'neutral', undertones: ['neutral'] })).body.items[0];
  pigmentLot = (await artist.post(`/api/pigments/${pigment.id}/lots`).send({ lotNumber: 'PB-1', expiresOn: dayFromToday(300), receivedOn: dayFromToday(-3), quantity: 20 })).body.items[0]
    .lots[0].id;
  const needle = (await artist.post('/api/needles').send({ configuration: '1-point', gauge: '0.25 mm' })).body.items[0];
  needleLot = (await artist.post(`/api/needles/${needle.id}/lots`).send({ lotNumber: 'N-1', expiresOn: dayFromToday(300), receivedOn: dayFromToday(-3), quantity: 20 })).body.items[0].lots[0]
    .id;
});
afterAll(async () => {
  await testApp.close();
});

const owner = () => testApp.as('owner');
const everyDay = [1, 2, 3, 4, 5, 6, 7];

/** Another artist working 09:00–17:00 every day, so that a booking breaks no rule but theirs. */
async function newArtist(name: string): Promise<{ id: string; agent: () => TestAgent }> {
  const { staff, agent } = await testApp.addStaff('artist', name);
  await owner()
    .put(`/api/artists/${staff.id}/hours`)
    .send({ weekly: everyDay.map((weekday) => ({ weekday, starts: '09:00', ends: '17:00' })) });
  return { id: staff.id, agent };
}

async function certify(artistId: string, certification: Record<string, unknown>): Promise<{ id: string; name: string }[]> {
  const response = await owner()
    .post(`/api/staff/${artistId}/certifications`)
    .send({ issuer: 'SMP Academy', ...certification });
  expect(response.status).toBe(201);
  return response.body.certifications;
}

let slot = 0;
/** A treatment booking for tomorrow within the artist's hours, each in its own 20 minutes. */
function treatment(artistId: string, extra: Record<string, unknown> = {}) {
  return async (clientId?: string) => ({
    kind: 'touch_up',
    clientId: clientId ?? (await screenedClient(testApp)),
    artistId,
    roomId: rooms[0],
    startsAt: new Date(Date.parse(at(dayFromToday(1), '09:00')) + slot++ * 20 * 60_000).toISOString(),
    durationMinutes: 15,
    ...extra,
  });
}

describe('certifications an owner marks', () => {
  it('are recorded as required for treatment and covering styles, by owners only', async () => {
    const artist = await newArtist('Ivy Marks');
    const certifications = await certify(artist.id, { name: 'Edge-up masterclass', expiresOn: dayFromToday(200), requiredForTreatment: true, covers: ['edge_up'] });
    expect(certifications).toEqual([expect.objectContaining({ name: 'Edge-up masterclass', requiredForTreatment: true, covers: ['edge_up'], overriddenUntil: null })]);
    expect(
      (
        await testApp
          .as('receptionist')
          .post(`/api/staff/${artist.id}/certifications`)
          .send({ name: 'x', expiresOn: dayFromToday(9) })
      ).status,
    ).toBe(403);

    const bad = await owner()
      .post(`/api/staff/${artist.id}/certifications`)
      .send({ name: 'Odd', expiresOn: dayFromToday(9), covers: ['edge_up', 'juggling'] });
    expect(bad.status).toBe(400);
    expect(bad.body.errors.map((error: { field: string }) => error.field)).toEqual(['covers.1']);
  });
});

describe('an artist whose required certification has expired', () => {
  it('cannot be booked for treatment: the refusal names the certificate and its expiry', async () => {
    const artist = await newArtist('Lapsed Lee');
    await certify(artist.id, { name: 'Bloodborne pathogens', issuedOn: dayFromToday(-400), expiresOn: dayFromToday(-1), requiredForTreatment: true });
    const refused = await testApp
      .as('receptionist')
      .post('/api/appointments')
      .send(await treatment(artist.id)());
    expect(refused.status).toBe(409);
    expect(refused.headers['content-type']).toMatch(/application\/problem\+json/);
    expect(refused.body).toMatchObject({
      type: '/problems/certification-lapsed',
      detail: expect.stringContaining(`“Bloodborne pathogens” expired on ${dayFromToday(-1)}`),
      certifications: [{ name: 'Bloodborne pathogens', expiresOn: dayFromToday(-1) }],
      errors: [{ field: 'artistId', message: expect.stringContaining('Bloodborne pathogens') }],
    });

    // Consultations are not treatment work.
    const consultation = await testApp
      .as('receptionist')
      .post('/api/appointments')
      .send({ ...(await treatment(artist.id)()), kind: 'consultation', roomId: null });
    expect(consultation.status).toBe(201);
  });

  it('is booked when a certification of the same name is valid, or when the expired one was not required', async () => {
    const renewed = await newArtist('Renewed Rae');
    await certify(renewed.id, { name: 'SMP practitioner', issuedOn: dayFromToday(-800), expiresOn: dayFromToday(-30), requiredForTreatment: true });
    await certify(renewed.id, { name: 'SMP practitioner', expiresOn: dayFromToday(700), requiredForTreatment: true });
    expect(
      (
        await testApp
          .as('receptionist')
          .post('/api/appointments')
          .send(await treatment(renewed.id)())
      ).status,
    ).toBe(201);

    const optional = await newArtist('Optional Otto');
    await certify(optional.id, { name: 'Colour theory', issuedOn: dayFromToday(-800), expiresOn: dayFromToday(-30) });
    expect(
      (
        await testApp
          .as('receptionist')
          .post('/api/appointments')
          .send(await treatment(optional.id)())
      ).status,
    ).toBe(201);
  });

  it('is booked on an owner’s override of the booking, which the audit trail keeps', async () => {
    const artist = await newArtist('Override Olga');
    await certify(artist.id, { name: 'First aid', issuedOn: dayFromToday(-400), expiresOn: dayFromToday(-2), requiredForTreatment: true });
    const booking = await treatment(artist.id, { override: { reason: 'Renewal course booked for next week, certificate in the post' } })();
    expect((await testApp.as('receptionist').post('/api/appointments').send(booking)).status).toBe(403);
    const booked = await owner().post('/api/appointments').send(booking);
    expect(booked.status).toBe(201);
    const event = await testApp.database.auditEvent.findFirstOrThrow({ where: { action: 'appointment.book', entityId: booked.body.id } });
    expect(event.details).toMatchObject({ overrideReason: 'Renewal course booked for next week, certificate in the post' });
  });

  it('works on while an owner’s override of the certification is in force, granted with a reason and audited', async () => {
    const artist = await newArtist('Bridged Bo');
    const [certification] = await certify(artist.id, { name: 'Bloodborne pathogens', issuedOn: dayFromToday(-400), expiresOn: dayFromToday(-1), requiredForTreatment: true });
    const path = `/api/staff/${artist.id}/certifications/${certification!.id}/overrides`;
    const input = { reason: 'Renewal passed, certificate being issued', validUntil: dayFromToday(10) };

    expect((await testApp.as('receptionist').post(path).send(input)).status).toBe(403);
    const tooLong = await owner()
      .post(path)
      .send({ ...input, validUntil: dayFromToday(400) });
    expect(tooLong.status).toBe(400);
    expect(tooLong.body.errors).toEqual([{ field: 'validUntil', message: expect.stringMatching(/^Choose a day from/) }]);
    expect(
      (
        await owner()
          .post(path)
          .send({ validUntil: dayFromToday(3) })
      ).body.errors,
    ).toEqual([{ field: 'reason', message: expect.any(String) }]);

    const granted = await owner().post(path).send(input);
    expect(granted.status).toBe(201);
    expect(granted.body.certifications[0]).toMatchObject({ id: certification!.id, overriddenUntil: dayFromToday(10) });
    const event = await testApp.database.auditEvent.findFirstOrThrow({ where: { action: 'staff.certification_override', entityId: artist.id } });
    expect(event).toMatchObject({ actorId: testApp.staff.owner.id, details: { certificationId: certification!.id, reason: input.reason, validUntil: dayFromToday(10) } });

    expect(
      (
        await testApp
          .as('receptionist')
          .post('/api/appointments')
          .send(await treatment(artist.id)())
      ).status,
    ).toBe(201);
    // Overrides are written once.
    await expect(testApp.database.certificationOverride.deleteMany({ where: { certificationId: certification!.id } })).rejects.toThrow();
  });

  it('cannot record a session until an owner lets them work on', async () => {
    const artist = await newArtist('Recording Rosa');
    const clientId = await screenedClient(testApp);
    const plan = await activePlan(testApp, clientId);
    // Today from midnight, so the appointment is today whatever the time the test runs (booked on an owner's override).
    const booked = await owner()
      .post('/api/appointments')
      .send({
        kind: 'plan_session',
        clientId,
        artistId: artist.id,
        roomId: rooms[1],
        planSessionId: plan.sessions[0]!.id,
        startsAt: at(dayFromToday(0), '00:00'),
        durationMinutes: 15,
        override: { reason: 'Walk-in session recorded for the test' },
      });
    expect(booked.status).toBe(201);
    for (const status of ['arrived', 'in_progress']) expect((await artist.agent().post(`/api/appointments/${booked.body.id}/status`).send({ status })).status).toBe(200);
    // The certificate ran out yesterday; nobody noticed until the session was recorded.
    const [certification] = await certify(artist.id, { name: 'Bloodborne pathogens', issuedOn: dayFromToday(-400), expiresOn: dayFromToday(-1), requiredForTreatment: true });

    const sessionRecord = {
      areasTreated: ['hairline'],
      density: 'medium',
      dotSize: 'small',
      pigments: [{ lotId: pigmentLot, role: 'foundation' }],
      needleLotId: needleLot,
      durationMinutes: 180,
      painLevel: 2,
    };
    const refused = await artist.agent().post(`/api/appointments/${booked.body.id}/session-record`).send(sessionRecord);
    expect(refused.status).toBe(409);
    expect(refused.body).toMatchObject({ type: '/problems/certification-lapsed', detail: expect.stringContaining(`“Bloodborne pathogens” expired on ${dayFromToday(-1)}`) });
    expect(await testApp.database.sessionRecord.count({ where: { appointmentId: booked.body.id } })).toBe(0);

    await owner()
      .post(`/api/staff/${artist.id}/certifications/${certification!.id}/overrides`)
      .send({ reason: 'Renewal passed, certificate being issued', validUntil: dayFromToday(0) });
    expect((await artist.agent().post(`/api/appointments/${booked.body.id}/session-record`).send(sessionRecord)).status).toBe(201);
  });
});

describe('edge-up', () => {
  /** An active edge-up plan; its start is not what these tests are about, so it is made active in the database. */
  async function edgeUpPlan(artistId: string) {
    const clientId = await screenedClient(testApp);
    const created = await owner()
      .post('/api/treatment-plans')
      .send({ clientId, style: 'edge_up', artistId, sessions: await plannedSessions(testApp) });
    expect(created.status).toBe(201);
    await testApp.database.treatmentPlan.update({ where: { id: created.body.id }, data: { status: 'active', startedAt: new Date() } });
    return { clientId, sessionId: created.body.sessions[0].id as string };
  }

  it('is booked only with an artist holding a certification that covers it', async () => {
    const uncovered = await newArtist('Uncovered Uma');
    await certify(uncovered.id, { name: 'SMP practitioner', expiresOn: dayFromToday(300), requiredForTreatment: true });
    const plan = await edgeUpPlan(uncovered.id);
    const refused = await testApp
      .as('receptionist')
      .post('/api/appointments')
      .send(await treatment(uncovered.id, { kind: 'plan_session', planSessionId: plan.sessionId })(plan.clientId));
    expect(refused.status).toBe(409);
    expect(refused.body).toMatchObject({
      type: '/problems/artist-not-certified-for-style',
      style: 'edge_up',
      errors: [{ field: 'artistId', message: 'No current certification covers edge-up' }],
    });

    const covered = await newArtist('Covered Cora');
    await certify(covered.id, { name: 'Edge-up masterclass', expiresOn: dayFromToday(300), covers: ['edge_up'] });
    const coveredPlan = await edgeUpPlan(covered.id);
    const booked = await testApp
      .as('receptionist')
      .post('/api/appointments')
      .send(await treatment(covered.id, { kind: 'plan_session', planSessionId: coveredPlan.sessionId })(coveredPlan.clientId));
    expect(booked.status).toBe(201);
    expect(booked.body.planSession).toMatchObject({ style: 'edge_up' });
  });
});
