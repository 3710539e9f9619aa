import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { CURRENT_SCREENING_QUESTIONNAIRE } from '@smp/contracts';
import { createTestApp, type TestApp } from '../test-support/test-app.js';
import { jpegPhoto, signatureDataUrl } from '../test-support/files.js';
import { asBytes, unzip } from '../test-support/zip.js';
import { TREATMENT_CONSENT_WORDING } from '../test-support/consents.js';
import { activePlan, at, catalogPigment, dayFromToday, openClinic, plannedSessions, planSessionInProgress, screenedClient, visitInProgress } from '../test-support/scheduling.js';

let testApp: TestApp;
let rooms: string[];
let needleLotId: string;
beforeAll(async () => {
  testApp = await createTestApp();
  ({ rooms } = await openClinic(testApp));
  const owner = testApp.as('owner');
  await owner.post('/api/tax-rates').send({ name: 'Sales tax', basisPoints: 1000, isDefault: true });
  const needle = (await owner.post('/api/needles').send({ configuration: '1-point', gauge: '0.25 mm' })).body.items[0];
  const withLot = await owner.post(`/api/needles/${needle.id}/lots`).send({ lotNumber: 'N-1', expiresOn: '2099-01-01', receivedOn: '2026-01-01', quantity: 100 });
  needleLotId = withLot.body.items[0].lots[0].id;
});
afterAll(async () => {
  await testApp.close();
});

/** The rows of the summary's table under a heading, each cell's text by its column. */
function tableRows(summary: string, heading: string): Record<string, string>[] {
  const section = summary.split(`<h2>${heading}</h2>`)[1]!.split('</section>')[0]!;
  return [...section.matchAll(/<tr>(.*?)<\/tr>/gs)]
    .map(([, row]) => Object.fromEntries([...row!.matchAll(/<td data-label="([^"]*)">(.*?)<\/td>/gs)].map(([, label, cell]) => [label!, cell!.replace(/<[^>]+>/g, '')])))
    .filter((row) => Object.keys(row).length > 0);
}

/** A photo the artist takes at a visit in progress: its id. */
async function visitPhoto(appointmentId: string, photo: Buffer): Promise<string> {
  const uploaded = await testApp.as('artist').post(`/api/appointments/${appointmentId}/photos`).field('view', 'front').field('phase', 'before').attach('file', photo, 'before.jpg');
  expect(uploaded.status).toBe(201);
  return uploaded.body.id as string;
}

/** The artist records the session in progress at this appointment, with one pigment lot. */
async function recordedSession(appointmentId: string, pigmentLotId: string) {
  const recorded = await testApp
    .as('artist')
    .post(`/api/appointments/${appointmentId}/session-record`)
    .send({
      areasTreated: ['hairline'],
      density: 'medium',
      dotSize: 'small',
      pigments: [{ lotId: pigmentLotId, role: 'foundation' }],
      needleLotId,
      durationMinutes: 120,
      painLevel: 2,
    });
  expect(recorded.status).toBe(201);
  return recorded;
}

/** A client with a screening, the treatment consent, a plan whose first session is recorded with a photo, and the plan's invoice. */
async function treatedClient() {
  const clientId = await screenedClient(testApp);
  const pigment = await catalogPigment(testApp, 'Ash Brown <b>');
  const plan = await activePlan(testApp, clientId);
  const appointmentId = await planSessionInProgress(testApp, rooms, clientId, plan.sessions[0]!.id);
  const photo = await jpegPhoto(640, 480);
  const photoId = await visitPhoto(appointmentId, photo);
  const recorded = await recordedSession(appointmentId, pigment.lotId);
  const quote = await testApp
    .as('artist')
    .post(`/api/treatment-plans/${plan.id}/quotes`)
    .send({ lines: [{ kind: 'plan', description: 'Density plan', unitPriceMinor: 300_000 }] });
  expect(quote.status).toBe(201);
  await testApp
    .as('artist')
    .post(`/api/quotes/${quote.body.id}/acceptance`)
    .send({ signedName: 'Plan Client', signature: await signatureDataUrl() });
  const invoice = await testApp.as('receptionist').post(`/api/treatment-plans/${plan.id}/invoices`).send({});
  expect(invoice.status).toBe(201);
  return { clientId, photo, photoId, invoiceNumber: invoice.body.number as string, lotNumber: recorded.body.pigments[0].lot.lotNumber as string };
}

/** The client sends their intake from home, with a photo of their scalp: the intake's and the photo's ids. */
async function intakeFromHome(clientId: string): Promise<{ intakeId: string; photoId: string }> {
  const consultation = await testApp
    .as('receptionist')
    .post(`/api/clients/${clientId}/consultations`)
    .send({ artistId: testApp.staff.artist.id, mode: 'in_person', startsAt: at(dayFromToday(2), '10:00'), durationMinutes: 45 });
  expect(consultation.status).toBe(201);
  const link = await testApp.as('receptionist').post(`/api/clients/${clientId}/consultations/${consultation.body.id}/intake-link`);
  const token = new URL(link.body.url as string).pathname.split('/').pop()!;
  const photo = await testApp.http
    .post(`/api/public/intake/${token}/photos`)
    .field('view', 'front')
    .attach('file', await jpegPhoto(64, 48), 'scalp.jpg');
  expect(photo.status).toBe(201);
  const answers = Object.fromEntries(CURRENT_SCREENING_QUESTIONNAIRE.questions.map((question) => [question.id, { answer: false }]));
  const sent = await testApp.http.post(`/api/public/intake/${token}`).send({
    contact: { phone: '(415) 555-0142', preferredContact: 'sms', dateOfBirth: '1988-04-12' },
    history: { hairLossCauses: [], usesMinoxidil: false, usesFinasteride: false, transplantHistory: 'none' },
    screening: { questionnaireVersion: CURRENT_SCREENING_QUESTIONNAIRE.version, answers, signedName: 'Plan Client', signature: await signatureDataUrl() },
  });
  expect(sent.status).toBe(201);
  const [intake] = (await testApp.as('receptionist').get(`/api/clients/${clientId}/intakes`)).body.items;
  return { intakeId: intake.id as string, photoId: photo.body.id as string };
}

const LASER = { device: 'PicoWay', wavelengthNm: 1064, fluenceJPerCm2: 2.5, spotSizeMm: 4, settingsNotes: '2 Hz, one pass', reaction: 'Frosting, settled <10 min' };

/**
 * A client correcting another studio's SMP: their intake from home, countersigned with
 * a corrected answer; a correction plan assessed on the intake's photo, a laser session
 * and the first SMP session recorded, then a fade check with a photo; an owner's
 * eligibility override and reception's follow-up call.
 */
async function correctionClient() {
  const clientId = await screenedClient(testApp);
  const intake = await intakeFromHome(clientId);
  const countersigned = await testApp
    .as('artist')
    .post(`/api/intakes/${intake.intakeId}/countersign`)
    .send({ corrections: [{ questionId: 'keloid_tendency', answer: { answer: true }, note: 'Keloid <scar> on the neck, seen today' }] });
  expect(countersigned.status).toBe(201);

  const draft = await testApp
    .as('artist')
    .post('/api/treatment-plans')
    .send({ clientId, style: 'correction', artistId: testApp.staff.artist.id, sessions: await plannedSessions(testApp) });
  const assessed = await testApp
    .as('artist')
    .post(`/api/treatment-plans/${draft.body.id}/correction-assessment`)
    .send({ areas: ['hairline'], issues: ['too_dark'], previousArtist: 'Another studio', description: 'Dots blurred & too dark', photoIds: [intake.photoId] });
  expect(assessed.status).toBe(201);
  const plan = (await testApp.as('receptionist').post(`/api/treatment-plans/${draft.body.id}/start`)).body;

  const laserVisit = await visitInProgress(testApp, rooms, clientId, { kind: 'laser', correctionPlanId: plan.id });
  expect((await testApp.as('artist').post(`/api/appointments/${laserVisit}/laser-record`).send(LASER)).status).toBe(201);
  const pigment = await catalogPigment(testApp, 'Soft Black');
  await recordedSession(await planSessionInProgress(testApp, rooms, clientId, plan.sessions[0].id), pigment.lotId);
  const fadeVisit = await visitInProgress(testApp, rooms, clientId, { kind: 'fade_check' });
  const fadePhotoId = await visitPhoto(fadeVisit, await jpegPhoto(64, 48));
  const faded = await testApp
    .as('artist')
    .post(`/api/appointments/${fadeVisit}/fade-assessment`)
    .send({ areas: [{ area: 'hairline', score: 2 }], colourShift: 'bluish', colourShiftNote: 'Blue <cast> at the temples', notes: 'Fading early' });
  expect(faded.status).toBe(201);

  const overridden = await testApp
    .as('owner')
    .post(`/api/clients/${clientId}/eligibility-overrides`)
    .send({ reason: 'Scar reviewed by the <GP>, fine to go ahead', validUntil: dayFromToday(7) });
  expect(overridden.status).toBe(201);
  const called = await testApp
    .as('receptionist')
    .post('/api/follow-ups/contacts')
    .send({ clientId, planId: plan.id, channel: 'phone', outcome: 'left_message', note: 'Call back after 5 & book' });
  expect(called.status).toBe(201);
  return { clientId, planId: plan.id as string, laserVisit, intakePhotoId: intake.photoId, fadePhotoId };
}

describe("a client's full record", () => {
  it('is one zip of a summary, the data as JSON, the original photos and the signed documents, audited as one export', async () => {
    const client = await treatedClient();
    const response = await testApp.as('owner').get(`/api/clients/${client.clientId}/record-archive`).buffer(true).parse(asBytes);
    expect(response.status).toBe(200);
    expect(response.headers['content-type']).toBe('application/zip');
    expect(response.headers['content-disposition']).toMatch(/^attachment; filename=record-Client\d+-Plan-\d{4}-\d{2}-\d{2}\.zip$/);

    const entries = await unzip(response.body as Buffer);
    const names = [...entries.keys()];
    expect(names).toEqual(expect.arrayContaining(['summary.html', 'record.json', `documents/invoices/${client.invoiceNumber}.pdf`]));
    expect(names.filter((name) => name.startsWith('photos/'))).toHaveLength(1);
    expect(
      names
        .filter((name) => name.startsWith('documents/signatures/'))
        .map((name) => name.split('/')[2]!.split('-')[0])
        .sort(),
    ).toEqual(['consent', 'quote', 'screening']);

    const record = JSON.parse(entries.get('record.json')!.toString('utf8'));
    expect(record.client).toMatchObject({ id: client.clientId, firstName: 'Plan' });
    expect(record.screenings).toEqual([
      expect.objectContaining({
        questionnaireVersion: CURRENT_SCREENING_QUESTIONNAIRE.version,
        answeredOutcome: 'clear',
        signatureFile: expect.stringMatching(/^documents\/signatures\/screening-/),
      }),
    ]);
    expect(record.screenings[0].signaturePng).toBeUndefined();
    expect(record.consents).toEqual([expect.objectContaining({ granted: true, template: expect.objectContaining({ title: TREATMENT_CONSENT_WORDING.title, version: 1 }) })]);
    expect(record.sessionRecords[0].pigments[0].pigmentLot).toMatchObject({ lotNumber: client.lotNumber, pigment: { shadeName: 'Ash Brown <b>' } });
    expect(record.invoices).toEqual([
      expect.objectContaining({ number: client.invoiceNumber, totalMinor: 330_000, currency: expect.any(String), issuedOn: expect.stringMatching(/^\d{4}-\d{2}-\d{2}$/) }),
    ]);
    expect(record.photos).toEqual([expect.objectContaining({ id: client.photoId, file: expect.stringMatching(/^photos\/.+\.jpg$/) })]);
    expect(record.photos[0].originalKey).toBeUndefined();
    expect(entries.get(record.photos[0].file)!.equals(client.photo)).toBe(true);
    expect(entries.get(record.screenings[0].signatureFile)!.subarray(1, 4).toString('latin1')).toBe('PNG');
    expect(entries.get(`documents/invoices/${client.invoiceNumber}.pdf`)!.subarray(0, 5).toString('latin1')).toBe('%PDF-');

    const summary = entries.get('summary.html')!.toString('utf8');
    expect(tableRows(summary, 'Screenings')).toEqual([expect.objectContaining({ Outcome: 'clear', Questionnaire: CURRENT_SCREENING_QUESTIONNAIRE.version })]);
    expect(tableRows(summary, 'Consents')).toEqual([expect.objectContaining({ Form: TREATMENT_CONSENT_WORDING.title, Version: '1', Granted: 'Yes' })]);
    expect(summary).toContain('Ash Brown &lt;b&gt;');
    expect(summary).not.toContain('Ash Brown <b>');
    expect(summary).not.toMatch(/<(script|link|img)\b/);

    const audited = await testApp.database.auditEvent.findMany({ where: { action: 'client.record_export', clientId: client.clientId } });
    expect(audited).toEqual([
      expect.objectContaining({ actorId: testApp.staff.owner.id, details: expect.objectContaining({ screenings: 1, consents: 1, photos: 1, invoices: 1, sessionRecords: 1 }) }),
    ]);
  });

  it('holds the intake corrections, correction assessments, laser sessions, fade checks, overrides, follow-up calls and appointment histories, with their photos', async () => {
    const client = await correctionClient();
    const response = await testApp.as('owner').get(`/api/clients/${client.clientId}/record-archive`).buffer(true).parse(asBytes);
    expect(response.status).toBe(200);
    const entries = await unzip(response.body as Buffer);
    const record = JSON.parse(entries.get('record.json')!.toString('utf8'));
    const instant = expect.stringMatching(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/);
    const owner = { id: testApp.staff.owner.id, name: testApp.staff.owner.name };
    const artist = { id: testApp.staff.artist.id, name: testApp.staff.artist.name };

    expect(record.intakeCorrections).toEqual([
      expect.objectContaining({
        questionId: 'keloid_tendency',
        clientAnswer: { answer: false },
        correctedAnswer: { answer: true },
        note: 'Keloid <scar> on the neck, seen today',
        correctedBy: artist,
        correctedAt: instant,
      }),
    ]);
    const photoFile = (id: string) => record.photos.find((photo: { id: string }) => photo.id === id).file as string;
    expect(record.correctionAssessments).toEqual([
      expect.objectContaining({ planId: client.planId, issues: ['too_dark'], recordedAt: instant, photos: [{ id: client.intakePhotoId, file: photoFile(client.intakePhotoId) }] }),
    ]);
    expect(entries.has(photoFile(client.intakePhotoId))).toBe(true);
    expect(record.laserSessions).toEqual([expect.objectContaining({ ...LASER, appointmentId: client.laserVisit, artist, recordedAt: instant })]);
    expect(record.fadeAssessments).toEqual([
      expect.objectContaining({
        assessedOn: dayFromToday(0),
        colourShift: 'bluish',
        areas: [expect.objectContaining({ area: 'hairline', score: 2 })],
        photos: [{ id: client.fadePhotoId, file: photoFile(client.fadePhotoId) }],
      }),
    ]);
    expect(entries.has(photoFile(client.fadePhotoId))).toBe(true);
    expect(record.eligibilityOverrides).toEqual([expect.objectContaining({ validUntil: dayFromToday(7), grantedBy: owner, grantedAt: instant, screening: { signedAt: instant } })]);
    expect(record.followUpContacts).toEqual([expect.objectContaining({ planId: client.planId, channel: 'phone', outcome: 'left_message', contactedAt: instant })]);
    const laserAppointment = record.appointments.find((appointment: { id: string }) => appointment.id === client.laserVisit);
    expect(laserAppointment.events.map((event: { change: string; toStatus: string | null }) => event.toStatus ?? event.change)).toEqual(['booked', 'arrived', 'in_progress', 'completed']);
    expect(laserAppointment.events[0]).toMatchObject({ staff: owner, occurredAt: instant });

    const summary = entries.get('summary.html')!.toString('utf8');
    expect(tableRows(summary, 'Intake answer corrections')).toEqual([
      expect.objectContaining({ Question: 'Do you tend to form keloid scars?', 'Client answered': 'No', 'Corrected to': 'Yes', Note: 'Keloid &lt;scar&gt; on the neck, seen today' }),
    ]);
    expect(tableRows(summary, 'Correction assessments')).toEqual([
      expect.objectContaining({ Issues: 'too_dark', Description: 'Dots blurred &amp; too dark', Photos: photoFile(client.intakePhotoId) }),
    ]);
    expect(tableRows(summary, 'Laser sessions')).toEqual([expect.objectContaining({ Device: 'PicoWay', 'Wavelength (nm)': '1064', Reaction: 'Frosting, settled &lt;10 min' })]);
    expect(tableRows(summary, 'Fade assessments')).toEqual([
      expect.objectContaining({ Assessed: dayFromToday(0), 'Colour shift': 'bluish — Blue &lt;cast&gt; at the temples', Photos: photoFile(client.fadePhotoId) }),
    ]);
    expect(tableRows(summary, 'Eligibility overrides')).toEqual([
      expect.objectContaining({ By: owner.name, Reason: 'Scar reviewed by the &lt;GP&gt;, fine to go ahead', 'Valid until': dayFromToday(7) }),
    ]);
    expect(tableRows(summary, 'Follow-up contacts')).toEqual([expect.objectContaining({ Channel: 'phone', Outcome: 'left_message', Note: 'Call back after 5 &amp; book' })]);
    const laserRow = tableRows(summary, 'Appointments').find((row) => row.Kind === 'laser')!;
    expect(laserRow.History!.split('\n')).toEqual([
      expect.stringMatching(new RegExp(`^\\d{4}-\\d{2}-\\d{2} \\d{2}:\\d{2} booked by ${owner.name}: Walk-in session recorded for the test$`)),
      expect.stringContaining(`booked → arrived by ${artist.name}`),
      expect.stringContaining('arrived → in_progress'),
      expect.stringContaining('in_progress → completed'),
    ]);
    expect(summary).not.toMatch(/<(scar|cast|GP)>/);

    const [audited] = await testApp.database.auditEvent.findMany({ where: { action: 'client.record_export', clientId: client.clientId } });
    expect(audited!.details).toMatchObject({
      intakeCorrections: 1,
      correctionAssessments: 1,
      laserSessions: 1,
      fadeAssessments: 1,
      eligibilityOverrides: 1,
      followUpContacts: 1,
      screenings: 2,
    });
  });

  it('is for owners only, of clients who exist; archived clients are exported too', async () => {
    const clientId = await screenedClient(testApp);
    for (const role of ['receptionist', 'artist'] as const) expect((await testApp.as(role).get(`/api/clients/${clientId}/record-archive`)).status).toBe(403);
    expect((await testApp.as('owner').get('/api/clients/00000000-0000-4000-8000-000000000000/record-archive')).status).toBe(404);
    expect((await testApp.as('owner').get('/api/clients/not-an-id/record-archive')).status).toBe(400);
    await testApp.as('owner').post(`/api/clients/${clientId}/archive`);
    expect((await testApp.as('owner').get(`/api/clients/${clientId}/record-archive`).buffer(true)).status).toBe(200);
    expect(await testApp.database.auditEvent.count({ where: { action: 'client.record_export', clientId } })).toBe(1);
  });
});
