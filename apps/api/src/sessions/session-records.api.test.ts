import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { aftercareSchedule, dateInZone, timeInZone } from '@smp/contracts';
import { createTestApp, type TestApp } from '../test-support/test-app.js';
import { jpegPhoto } from '../test-support/files.js';
import { activePlan, at, CLINIC_ZONE, dayFromToday, openClinic, planSessionInProgress, screenedClient } from '../test-support/scheduling.js';

let testApp: TestApp;
let rooms: string[];
let lots: { current: string; expired: string; blueBase: string; needle: string; expiredNeedle: string };
beforeAll(async () => {
  testApp = await createTestApp();
  ({ rooms } = await openClinic(testApp));
  const artist = testApp.as('artist');
  const pigment = (await artist.post('/api/pigments').send({ brand: 'Perma', product: 'SMP Black', shadeName: 'Soft black', tone: 'neutral', undertones: ['neutral'] })).body.items[0];
  await artist.post(`/api/pigments/${pigment.id}/lots`).send({ lotNumber: 'PB-2026-118', expiresOn: dayFromToday(300), receivedOn: dayFromToday(-30), quantity: 12 });
  const withExpired = (await artist.post(`/api/pigments/${pigment.id}/lots`).send({ lotNumber: 'PB-2024-007', expiresOn: dayFromToday(-1), receivedOn: dayFromToday(-400), quantity: 2 }))
    .body.items[0];
  const blue = (await artist.post('/api/pigments').send({ brand: 'Cheap Ink', product: 'Jet', shadeName: 'Blue black', tone: 'cool', undertones: ['blue'] })).body.items.find(
    (candidate: { shadeName: string }) => candidate.shadeName === 'Blue black',
  );
  const blueLot = (await artist.post(`/api/pigments/${blue.id}/lots`).send({ lotNumber: 'CI-1', expiresOn: dayFromToday(100), receivedOn: dayFromToday(-1), quantity: 2 })).body.items.find(
    (candidate: { id: string }) => candidate.id === blue.id,
  ).lots[0];
  const needle = (await artist.post('/api/needles').send({ configuration: '1-point', gauge: '0.25 mm' })).body.items[0];
  await artist.post(`/api/needles/${needle.id}/lots`).send({ lotNumber: 'N-55', expiresOn: dayFromToday(500), receivedOn: dayFromToday(-10), quantity: 100 });
  const needles = (await artist.post(`/api/needles/${needle.id}/lots`).send({ lotNumber: 'N-OLD', expiresOn: dayFromToday(-5), receivedOn: dayFromToday(-600), quantity: 3 })).body.items[0];
  lots = {
    current: withExpired.lots.find((lot: { lotNumber: string }) => lot.lotNumber === 'PB-2026-118').id,
    expired: withExpired.lots.find((lot: { lotNumber: string }) => lot.lotNumber === 'PB-2024-007').id,
    blueBase: blueLot.id,
    needle: needles.lots.find((lot: { lotNumber: string }) => lot.lotNumber === 'N-55').id,
    expiredNeedle: needles.lots.find((lot: { lotNumber: string }) => lot.lotNumber === 'N-OLD').id,
  };
});
afterAll(async () => {
  await testApp.close();
});

const record = () => ({
  areasTreated: ['hairline', 'temples'],
  density: 'medium',
  dotSize: 'small',
  depthNotes: 'Shallow at the hairline',
  pigments: [{ lotId: lots.current, role: 'foundation' }],
  needleLotId: lots.needle,
  durationMinutes: 200,
  painLevel: 3,
  reactions: 'Mild redness',
  notes: 'Session 1: foundation laid.',
});

/** A session of a fresh plan for a newly screened client, in progress. */
async function sessionInProgress(): Promise<{ clientId: string; appointmentId: string; planId: string }> {
  const clientId = await screenedClient(testApp);
  const plan = await activePlan(testApp, clientId);
  return { clientId, appointmentId: await planSessionInProgress(testApp, rooms, clientId, plan.sessions[0]!.id), planId: plan.id };
}

describe('pigments', () => {
  it('warn about blue, green or purple bases, and mark expired lots', async () => {
    const pigments = (await testApp.as('receptionist').get('/api/pigments')).body.items;
    expect(pigments.find((pigment: { shadeName: string }) => pigment.shadeName === 'Blue black').warning).toMatch(/blue undertones: it may turn the scalp blue-green/);
    const softBlack = pigments.find((pigment: { shadeName: string }) => pigment.shadeName === 'Soft black');
    expect(softBlack.warning).toBeNull();
    expect(softBlack.lots.map((lot: { lotNumber: string; expired: boolean }) => [lot.lotNumber, lot.expired])).toEqual([
      ['PB-2026-118', false],
      ['PB-2024-007', true],
    ]);
    expect((await testApp.as('receptionist').post('/api/pigments').send({ brand: 'x', product: 'y', shadeName: 'z', tone: 'warm' })).status).toBe(403);
  });
});

describe('recording a session', () => {
  it('records what was done, completes the appointment, moves the plan on and fixes the aftercare dates', async () => {
    const { appointmentId, planId, clientId } = await sessionInProgress();
    const response = await testApp.as('artist').post(`/api/appointments/${appointmentId}/session-record`).send(record());
    expect(response.status).toBe(201);
    expect(response.body).toMatchObject({
      appointmentId,
      clientId,
      plan: { id: planId, sessionNumber: 1 },
      pigments: [{ role: 'foundation', lot: { lotNumber: 'PB-2026-118' }, pigment: { shadeName: 'Soft black' } }],
      needle: { lotNumber: 'N-55', configuration: '1-point' },
      painLevel: 3,
    });
    const today = dayFromToday(0);
    expect(response.body.aftercare).toEqual(aftercareSchedule(today));
    expect(response.body.aftercare[0]).toMatchObject({ from: today, to: dayFromToday(4), title: expect.stringMatching(/Days 0–4/) });
    expect(response.body.aftercare.at(-1)).toMatchObject({ from: dayFromToday(14), to: dayFromToday(28) });

    expect((await testApp.as('receptionist').get(`/api/appointments/${appointmentId}`)).body.status).toBe('completed');
    const plan = (await testApp.as('receptionist').get(`/api/treatment-plans/${planId}`)).body;
    expect(plan.sessions[1].window).not.toBeNull();
    expect((await testApp.as('artist').post(`/api/appointments/${appointmentId}/session-record`).send(record())).status).toBe(409);
  });

  it('refuses expired pigment and needle lots, field by field, and writes nothing', async () => {
    const { appointmentId } = await sessionInProgress();
    const response = await testApp
      .as('artist')
      .post(`/api/appointments/${appointmentId}/session-record`)
      .send({
        ...record(),
        pigments: [
          { lotId: lots.current, role: 'foundation' },
          { lotId: lots.expired, role: 'depth' },
        ],
        needleLotId: lots.expiredNeedle,
      });
    expect(response.status).toBe(400);
    expect(response.body.errors).toEqual([
      { field: 'pigments.1.lotId', message: `Lot PB-2024-007 expired on ${dayFromToday(-1)}` },
      { field: 'needleLotId', message: `Lot N-OLD expired on ${dayFromToday(-5)}` },
    ]);
    expect(await testApp.database.sessionRecord.count({ where: { appointmentId } })).toBe(0);
    expect((await testApp.as('receptionist').get(`/api/appointments/${appointmentId}`)).body.status).toBe('in_progress');
  });

  it('is refused by the database too, whoever writes an expired lot', async () => {
    const { appointmentId, clientId } = await sessionInProgress();
    await expect(
      testApp.database.sessionRecord.create({
        data: {
          appointmentId,
          clientId,
          artistId: testApp.staff.artist.id,
          areasTreated: ['crown'],
          density: 'low',
          dotSize: 'small',
          needleLotId: lots.expiredNeedle,
          durationMinutes: 60,
          painLevel: 1,
          aftercare: [],
          recordedById: testApp.staff.artist.id,
        },
      }),
    ).rejects.toThrow(/lot expired/);
  });

  it('is refused when the screening no longer allows treatment today', async () => {
    const { appointmentId, clientId } = await sessionInProgress();
    const { CURRENT_SCREENING_QUESTIONNAIRE } = await import('@smp/contracts');
    const { signatureDataUrl } = await import('../test-support/files.js');
    const answers = Object.fromEntries(CURRENT_SCREENING_QUESTIONNAIRE.questions.map((question) => [question.id, { answer: question.id === 'scalp_condition' }]));
    await testApp
      .as('artist')
      .post(`/api/clients/${clientId}/screenings`)
      .send({ questionnaireVersion: CURRENT_SCREENING_QUESTIONNAIRE.version, answers, signedName: 'Plan Client', signature: await signatureDataUrl() });
    const refused = await testApp.as('artist').post(`/api/appointments/${appointmentId}/session-record`).send(record());
    expect(refused.status).toBe(409);
    expect(refused.body.type).toBe('/problems/not-eligible-for-treatment');
  });

  it('needs the session in progress, and the artist’s own', async () => {
    const clientId = await screenedClient(testApp);
    const booked = await testApp
      .as('receptionist')
      .post('/api/appointments')
      .send({ kind: 'maintenance', clientId, artistId: testApp.staff.artist.id, roomId: rooms[0], startsAt: at(dayFromToday(9), '09:00'), durationMinutes: 60 });
    expect((await testApp.as('artist').post(`/api/appointments/${booked.body.id}/session-record`).send(record())).status).toBe(409);
    expect((await testApp.as('receptionist').post(`/api/appointments/${booked.body.id}/session-record`).send(record())).status).toBe(403);
  });

  it('is written only by the session’s artist or an owner: another artist can neither record it nor add photos or addenda', async () => {
    const { agent: secondArtist } = await testApp.addStaff('artist', 'Bea Second');
    const { appointmentId } = await sessionInProgress();
    const refused = await secondArtist().post(`/api/appointments/${appointmentId}/session-record`).send(record());
    expect(refused.status).toBe(403);
    expect(refused.body.detail).toBe('Only the appointment’s artist, or an owner, writes to its clinical record');
    const photo = await secondArtist()
      .post(`/api/appointments/${appointmentId}/photos`)
      .field('view', 'front')
      .field('phase', 'before')
      .attach('file', await jpegPhoto(), 'before.jpg');
    expect(photo.status).toBe(403);
    expect(await testApp.database.clientPhoto.count({ where: { appointmentId } })).toBe(0);
    expect(await testApp.database.sessionRecord.count({ where: { appointmentId } })).toBe(0);

    expect(
      (
        await testApp
          .as('owner')
          .post(`/api/appointments/${appointmentId}/photos`)
          .field('view', 'front')
          .field('phase', 'before')
          .attach('file', await jpegPhoto(), 'before.jpg')
      ).status,
    ).toBe(201);
    const byOwner = await testApp.as('owner').post(`/api/appointments/${appointmentId}/session-record`).send(record());
    expect(byOwner.status).toBe(201);
    expect(byOwner.body).toMatchObject({ artist: { id: testApp.staff.artist.id }, photos: [{ phase: 'before' }] });
    const addendum = await secondArtist().post(`/api/session-records/${byOwner.body.id}/addenda`).send({ text: 'Pain was 5.', reason: 'Heard it at the desk' });
    expect(addendum.status).toBe(403);
    expect((await testApp.as('artist').post(`/api/session-records/${byOwner.body.id}/addenda`).send({ text: 'Pain was 5.', reason: 'Client said so at check-out' })).status).toBe(201);
  });

  it('takes before and after photos of the session', async () => {
    const { appointmentId } = await sessionInProgress();
    const photo = await testApp
      .as('artist')
      .post(`/api/appointments/${appointmentId}/photos`)
      .field('view', 'front')
      .field('phase', 'before')
      .attach('file', await jpegPhoto(), 'before.jpg');
    expect(photo.status).toBe(201);
    expect(photo.body).toMatchObject({ appointmentId, phase: 'before', view: 'front', consultationId: null });
    const recorded = (await testApp.as('artist').post(`/api/appointments/${appointmentId}/session-record`).send(record())).body;
    expect(recorded.photos.map((candidate: { id: string }) => candidate.id)).toEqual([photo.body.id]);
  });
});

describe('stock used by sessions', () => {
  let lotCount = 0;
  /** A lot of its own for each test, holding `quantity` units. */
  async function freshLot(kind: 'pigments' | 'needles', quantity: number): Promise<string> {
    const owner = testApp.as('owner');
    const body = kind === 'pigments' ? { brand: 'Stock', product: 'Test', shadeName: `Shade ${++lotCount}`, tone: 'neutral' } : { configuration: `${++lotCount}-point`, gauge: '0.30 mm' };
    const item = (await owner.post(`/api/${kind}`).send(body)).body.items.find((candidate: { shadeName?: string; configuration?: string }) =>
      kind === 'pigments' ? candidate.shadeName === `Shade ${lotCount}` : candidate.configuration === `${lotCount}-point`,
    );
    const lotNumber = `STOCK-${lotCount}`;
    const withLot = await owner.post(`/api/${kind}/${item.id}/lots`).send({ lotNumber, expiresOn: dayFromToday(200), receivedOn: dayFromToday(-1), quantity });
    return withLot.body.items.find((candidate: { id: string }) => candidate.id === item.id).lots[0].id;
  }
  const recordUsing = (appointmentId: string, pigments: { lotId: string; role: string }[], needleLotId = lots.needle) =>
    testApp
      .as('artist')
      .post(`/api/appointments/${appointmentId}/session-record`)
      .send({ ...record(), pigments, needleLotId });
  const quantityOf = async (kind: 'pigment' | 'needle', lotId: string) => (await testApp.as('owner').get(`/api/${kind}-lots/${lotId}/movements`)).body.lot.quantity;

  it('takes one unit of each lot used, the needle’s too, and writes each on the lot’s ledger', async () => {
    const [pigmentLot, needleLot] = [await freshLot('pigments', 6), await freshLot('needles', 2)];
    const { appointmentId } = await sessionInProgress();
    const recorded = await recordUsing(
      appointmentId,
      [
        { lotId: pigmentLot, role: 'foundation' },
        // The same lot, its id in capitals (a UUID's case carries no meaning): still one unit.
        { lotId: pigmentLot.toUpperCase(), role: 'blending' },
      ],
      needleLot,
    );
    expect(recorded.status).toBe(201);
    const pigments = (await testApp.as('receptionist').get('/api/pigments')).body.items;
    const lot = pigments.flatMap((pigment: { lots: { id: string }[] }) => pigment.lots).find((candidate: { id: string }) => candidate.id === pigmentLot);
    expect(lot.quantity).toBe(5);
    expect(await quantityOf('needle', needleLot)).toBe(1);
    const ledger = (await testApp.as('receptionist').get(`/api/pigment-lots/${pigmentLot}/movements`)).body.items;
    expect(ledger).toEqual([
      expect.objectContaining({ kind: 'received', change: 6, staff: { id: testApp.staff.owner.id, name: 'Olga Owner' } }),
      expect.objectContaining({ kind: 'used', change: -1, sessionRecordId: recorded.body.id, staff: expect.objectContaining({ id: testApp.staff.artist.id }) }),
    ]);
  });

  it('refuses the session when a lot is empty, naming its field, and writes nothing', async () => {
    const [emptyLot, needleLot] = [await freshLot('pigments', 0), await freshLot('needles', 3)];
    const { appointmentId } = await sessionInProgress();
    const refused = await recordUsing(
      appointmentId,
      [
        { lotId: lots.current, role: 'foundation' },
        { lotId: emptyLot, role: 'depth' },
      ],
      needleLot,
    );
    expect(refused.status).toBe(409);
    expect(refused.headers['content-type']).toMatch(/application\/problem\+json/);
    expect(refused.body).toMatchObject({ title: 'Out of stock', errors: [{ field: 'pigments.1.lotId', message: expect.stringMatching(/^Lot STOCK-\d+ is out of stock$/) }] });
    expect(await testApp.database.sessionRecord.count({ where: { appointmentId } })).toBe(0);
    expect((await testApp.as('receptionist').get(`/api/appointments/${appointmentId}`)).body.status).toBe('in_progress');
    expect(await quantityOf('needle', needleLot)).toBe(3);
    expect(await testApp.database.stockMovement.count({ where: { kind: 'used', needleLotId: needleLot } })).toBe(0);
  });

  it('names the first field of an empty lot chosen twice', async () => {
    const emptyLot = await freshLot('pigments', 0);
    const { appointmentId } = await sessionInProgress();
    const refused = await recordUsing(appointmentId, [
      { lotId: emptyLot, role: 'foundation' },
      { lotId: emptyLot, role: 'blending' },
    ]);
    expect(refused.status).toBe(409);
    expect(refused.body.errors).toEqual([{ field: 'pigments.0.lotId', message: expect.stringMatching(/^Lot STOCK-\d+ is out of stock$/) }]);
  });

  it('lets only one of two sessions recorded at once take a lot’s last unit', async () => {
    const lastUnit = await freshLot('pigments', 1);
    const sessions = [await sessionInProgress(), await sessionInProgress()];
    const responses = await Promise.all(sessions.map(({ appointmentId }) => recordUsing(appointmentId, [{ lotId: lastUnit, role: 'foundation' }])));
    expect(responses.map((response) => response.status).sort()).toEqual([201, 409]);
    expect(await quantityOf('pigment', lastUnit)).toBe(0);
    expect(await testApp.database.stockMovement.count({ where: { kind: 'used', pigmentLotId: lastUnit } })).toBe(1);
    expect(await testApp.database.sessionRecord.count({ where: { appointmentId: { in: sessions.map((session) => session.appointmentId) } } })).toBe(1);
  });
});

describe('a completed record', () => {
  it('is amended only by addenda; the original stays readable and unchanged', async () => {
    const { appointmentId } = await sessionInProgress();
    const original = (await testApp.as('artist').post(`/api/appointments/${appointmentId}/session-record`).send(record())).body;
    await expect(testApp.database.$executeRaw`UPDATE session_records SET pain_level = 9`).rejects.toThrow(/permission denied/);
    await expect(testApp.testDatabase.asOwner('UPDATE session_records SET pain_level = 9')).rejects.toThrow(/immutable/);

    const amended = await testApp.as('owner').post(`/api/session-records/${original.id}/addenda`).send({ text: 'Pain was 5, not 3.', reason: 'Client corrected it at check-out' });
    expect(amended.status).toBe(201);
    expect(amended.body.painLevel).toBe(3);
    expect(amended.body.addenda).toEqual([
      {
        id: expect.any(String),
        text: 'Pain was 5, not 3.',
        reason: 'Client corrected it at check-out',
        author: { id: testApp.staff.owner.id, name: 'Olga Owner' },
        createdAt: expect.any(String),
      },
    ]);
    const read = await testApp.as('artist').get(`/api/session-records/${original.id}`);
    expect(read.body.addenda).toHaveLength(1);
    expect(read.headers['cache-control']).toBe('no-store');
    expect((await testApp.as('receptionist').get(`/api/session-records/${original.id}`)).status).toBe(403);
  });
});

describe('traceability and history', () => {
  it('finds every client and session that used a lot, for a recall', async () => {
    const first = await sessionInProgress();
    const second = await sessionInProgress();
    await testApp
      .as('artist')
      .post(`/api/appointments/${first.appointmentId}/session-record`)
      .send({ ...record(), pigments: [{ lotId: lots.blueBase, role: 'depth' }] });
    await testApp
      .as('artist')
      .post(`/api/appointments/${second.appointmentId}/session-record`)
      .send({ ...record(), pigments: [{ lotId: lots.blueBase, role: 'blending' }] });
    const recall = (await testApp.as('owner').get(`/api/pigment-lots/${lots.blueBase}/clients`)).body;
    const onTheirTrail = await testApp.database.auditEvent.count({ where: { action: 'lot.recall', clientId: { in: [first.clientId, second.clientId] } } });
    expect(onTheirTrail).toBe(2);
    expect(recall.lot).toMatchObject({ lotNumber: 'CI-1', product: 'Cheap Ink Jet Blue black' });
    expect(recall.clients.map((entry: { client: { id: string } }) => entry.client.id).sort()).toEqual([first.clientId, second.clientId].sort());
    const needleRecall = (await testApp.as('artist').get(`/api/needle-lots/${lots.needle}/clients`)).body;
    expect(needleRecall.clients.length).toBeGreaterThanOrEqual(2);
    expect((await testApp.as('receptionist').get(`/api/pigment-lots/${lots.blueBase}/clients`)).status).toBe(403);
  });

  it('shows a client’s history as one timeline, newest first, filterable by type', async () => {
    const { clientId, appointmentId } = await sessionInProgress();
    await testApp
      .as('artist')
      .post(`/api/appointments/${appointmentId}/session-record`)
      .send({ ...record(), areasTreated: ['mid_scalp', 'crown'] });
    await testApp.as('receptionist').patch(`/api/clients/${clientId}`).send({ phone: '(415) 555-0142', email: 'new.address@example.org' });
    const response = await testApp.as('artist').get(`/api/clients/${clientId}/history`);
    expect(response.headers['cache-control']).toBe('no-store');
    const history = response.body.items;
    const types = history.map((entry: { type: string }) => entry.type);
    expect(types).toEqual(expect.arrayContaining(['session', 'appointment', 'plan', 'screening', 'record_change']));
    const recordChanges = history.filter((entry: { type: string }) => entry.type === 'record_change');
    expect(recordChanges.map((entry: { title: string; detail: string | null }) => [entry.title, entry.detail])).toEqual([
      ['Phone and email changed', null],
      ['Client record created', null],
    ]);
    expect(history.find((entry: { type: string }) => entry.type === 'session').detail).toBe('mid scalp, crown; pain 3/10');
    expect(history.filter((entry: { type: string }) => entry.type === 'appointment').map((entry: { title: string }) => entry.title)).toEqual(['Session 1 completed']);
    const times = history.map((entry: { at: string }) => entry.at);
    expect(times).toEqual([...times].sort().reverse());
    const sessionsOnly = (await testApp.as('artist').get(`/api/clients/${clientId}/history?types=session,plan`)).body.items;
    expect(new Set(sessionsOnly.map((entry: { type: string }) => entry.type))).toEqual(new Set(['session', 'plan']));
    expect((await testApp.as('artist').get(`/api/clients/${clientId}/history?types=gossip`)).status).toBe(400);
    expect((await testApp.as('artist').get('/api/clients/7d1f6a1e-3c1e-4b8e-9a51-52b5a0c1e2f3/history')).status).toBe(404);

    const firstPage = (await testApp.as('artist').get(`/api/clients/${clientId}/history?limit=2`)).body;
    const secondPage = (await testApp.as('artist').get(`/api/clients/${clientId}/history?limit=100&cursor=${firstPage.nextCursor}`)).body;
    expect([...firstPage.items, ...secondPage.items].map((entry: { id: string }) => entry.id)).toEqual(history.map((entry: { id: string }) => entry.id));
  });

  it('gives owners every client’s sessions with counts per artist and style, and a CSV of them', async () => {
    const report = (await testApp.as('owner').get('/api/treatment-history').query({ style: 'density' })).body;
    expect(report.rows.length).toBeGreaterThan(0);
    expect(report.rows.every((row: { style: string }) => row.style === 'density')).toBe(true);
    expect(report.countsByArtist).toEqual([{ artist: { id: testApp.staff.artist.id, name: 'Arturo Artist' }, sessions: report.rows.length }]);
    expect(report.countsByStyle).toEqual([{ style: 'density', sessions: report.rows.length }]);
    expect(report).toMatchObject({ readFrom: 'primary' });
    expect(Math.abs(Date.parse(report.dataAsOf) - Date.parse(report.generatedAt))).toBeLessThan(5_000);
    expect((await testApp.as('owner').get('/api/treatment-history').query({ style: 'correction' })).body.rows).toEqual([]);

    const csv = await testApp.as('owner').get('/api/treatment-history').query({ format: 'csv', style: 'density' });
    expect(csv.headers['content-type']).toMatch(/^text\/csv/);
    expect(csv.headers['data-read-from']).toBe('primary');
    // Spreadsheet programs read a file without the byte order mark as their own code page, garbling accented names.
    expect(csv.text.startsWith('\uFEFF')).toBe(true);
    const lines = csv.text.slice(1).trim().split('\r\n');
    expect(lines[0]).toBe(`completed_at (${CLINIC_ZONE}),client,client_id,artist,style,plan_status,session_number,pigment_lots,needle_lot`);
    expect(lines.slice(1)).toHaveLength(report.rows.length);
    const newest = new Date(report.rows[0].completedAt);
    expect(lines[1]).toMatch(new RegExp(`^${dateInZone(newest, CLINIC_ZONE)} ${timeInZone(newest, CLINIC_ZONE)},`));
    expect((await testApp.as('artist').get('/api/treatment-history')).status).toBe(403);
  });

  it('refuses a reversed range or an unknown style instead of showing an empty report', async () => {
    const owner = testApp.as('owner');
    const reversed = await owner.get('/api/treatment-history').query({ from: '2026-03-10', to: '2026-03-01' });
    expect(reversed.status).toBe(400);
    expect(reversed.body.errors).toEqual([{ field: 'to', message: 'Must not be before from' }]);
    const unknownStyle = await owner.get('/api/treatment-history').query({ style: 'mohawk' });
    expect(unknownStyle.status).toBe(400);
    expect(unknownStyle.body.errors[0].field).toBe('style');
  });
});
