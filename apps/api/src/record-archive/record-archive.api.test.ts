import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import pg from 'pg';
import { CURRENT_SCREENING_QUESTIONNAIRE, dateInZone, timeInZone } from '@smp/contracts';
import { createTestApp, type TestApp } from '../test-support/test-app.js';
import { TWO_POINT_HAIRLINE } from '../test-support/designs.js';
import { jpegPhoto, signatureDataUrl } from '../test-support/files.js';
import { asBytes, unzip } from '../test-support/zip.js';
import { TREATMENT_CONSENT_WORDING } from '../test-support/consents.js';
import {
  activePlan,
  at,
  catalogPigment,
  CLINIC_ZONE,
  dayFromToday,
  openClinic,
  plannedSessions,
  planSessionInProgress,
  recordedSession,
  screenedClient,
  visitInProgress,
} from '../test-support/scheduling.js';

let testApp: TestApp;
let rooms: string[];
let needleLotId: string;
beforeAll(async () => {
  // One proxy trusted: a booking made online comes from the address the test names.
  testApp = await createTestApp({ TRUST_PROXY: '1' });
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

/**
 * A client with a screening, the treatment consent, a plan whose first session is
 * recorded with a photo, a hairline design drawn on that photo and signed, and the plan's invoice.
 */
async function treatedClient() {
  const clientId = await screenedClient(testApp);
  const pigment = await catalogPigment(testApp, 'Ash Brown <b>');
  const plan = await activePlan(testApp, clientId);
  const appointmentId = await planSessionInProgress(testApp, rooms, clientId, plan.sessions[0]!.id);
  const photo = await jpegPhoto(640, 480);
  const photoId = await visitPhoto(appointmentId, photo);
  const recorded = await recordedSession(testApp, appointmentId, { pigmentLotId: pigment.lotId, needleLotId });
  const design = await testApp.as('artist').post(`/api/clients/${clientId}/hairline-designs`).send({ photoId, geometry: TWO_POINT_HAIRLINE });
  expect(design.status).toBe(201);
  const approved = await testApp
    .as('artist')
    .post(`/api/hairline-designs/${design.body.id}/versions`)
    .send({ kind: 'approved', signedName: 'Plan <Client>', signature: await signatureDataUrl() });
  expect(approved.status).toBe(201);
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
  await recordedSession(testApp, await planSessionInProgress(testApp, rooms, clientId, plan.sessions[0].id), { pigmentLotId: pigment.lotId, needleLotId });
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

const ONLINE_ADDRESS = '203.0.113.7';

/** The code the clinic emailed to the address, read from the queued email (the queue's jobs are its owner's to read). */
async function emailedCode(email: string): Promise<string> {
  const owner = new pg.Client({ connectionString: testApp.testDatabase.url });
  await owner.connect();
  const { rows } = await owner
    .query<{ text: string }>(
      `SELECT j.payload->>'text' AS text FROM graphile_worker._private_jobs j JOIN graphile_worker._private_tasks t ON t.id = j.task_id
        WHERE t.identifier = 'send_public_email' AND j.payload->>'to' = $1`,
      [email],
    )
    .finally(() => owner.end());
  return /Your code: (\d{6})/.exec(rows[0]!.text)![1]!;
}

/**
 * The client books a video consultation online with the test artist, from
 * ONLINE_ADDRESS, with their own email and a name typed their way: the appointment's id and start.
 */
async function bookedOnline(clientId: string): Promise<{ appointmentId: string; startsAt: string }> {
  const offered = await testApp
    .as('owner')
    .put('/api/clinic/online-booking')
    .send({ enabled: true, artistIds: [testApp.staff.artist.id], modes: ['video'], minNoticeHours: 0, horizonDays: 30 });
  expect(offered.status).toBe(200);
  const { email } = (await testApp.as('receptionist').get(`/api/clients/${clientId}`)).body as { email: string };
  const page = (request: ReturnType<TestApp['http']['get']>) => request.set('X-Forwarded-For', ONLINE_ADDRESS);
  const slots = await page(testApp.http.get(`/api/public/booking/slots?artistId=${testApp.staff.artist.id}&from=${dayFromToday(5)}&to=${dayFromToday(11)}`));
  const { startsAt } = slots.body.slots[0] as { startsAt: string };
  const started = await page(testApp.http.post('/api/public/booking/start')).send({
    mode: 'video',
    artistId: testApp.staff.artist.id,
    startsAt,
    firstName: 'Planned',
    lastName: 'Online',
    email,
    phone: '+14155552671',
  });
  expect(started.status).toBe(200);
  const { requestId } = started.body as { requestId: string };
  expect((await page(testApp.http.post('/api/public/booking/verify')).send({ requestId, code: await emailedCode(email) })).status).toBe(200);
  expect((await page(testApp.http.post('/api/public/booking/confirm')).send({ requestId })).status).toBe(201);
  const appointment = await testApp.database.appointment.findFirstOrThrow({ where: { clientId, bookedOnline: true } });
  return { appointmentId: appointment.id, startsAt };
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
    ).toEqual(['consent', 'design', 'quote', 'screening']);

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
    const photoFile = record.photos[0].file as string;
    const artist = { id: testApp.staff.artist.id, name: testApp.staff.artist.name };
    expect(record.designs).toEqual([
      expect.objectContaining({ version: 1, kind: 'consultation', photoId: client.photoId, photoFile, createdBy: artist, signatureFile: null }),
      expect.objectContaining({ version: 2, kind: 'approved', signedName: 'Plan <Client>', photoFile, signatureFile: expect.stringMatching(/^documents\/signatures\/design-/) }),
    ]);
    expect(record.designs[0].geometry).toEqual(TWO_POINT_HAIRLINE);
    expect(entries.get(record.photos[0].file)!.equals(client.photo)).toBe(true);
    expect(entries.get(record.screenings[0].signatureFile)!.subarray(1, 4).toString('latin1')).toBe('PNG');
    expect(entries.get(record.designs[1].signatureFile)!.subarray(1, 4).toString('latin1')).toBe('PNG');
    expect(entries.get(`documents/invoices/${client.invoiceNumber}.pdf`)!.subarray(0, 5).toString('latin1')).toBe('%PDF-');

    const summary = entries.get('summary.html')!.toString('utf8');
    expect(tableRows(summary, 'Screenings')).toEqual([expect.objectContaining({ Outcome: 'clear', Questionnaire: CURRENT_SCREENING_QUESTIONNAIRE.version })]);
    expect(tableRows(summary, 'Consents')).toEqual([expect.objectContaining({ Form: TREATMENT_CONSENT_WORDING.title, Version: '1', Granted: 'Yes' })]);
    expect(tableRows(summary, 'Hairline designs')).toEqual([
      expect.objectContaining({ By: artist.name, Version: '1', Kind: 'consultation', 'Signed as': '—', 'On the photo': photoFile, Signature: '—' }),
      expect.objectContaining({ Version: '2', Kind: 'approved', 'Signed as': 'Plan &lt;Client&gt;', 'On the photo': photoFile, Signature: record.designs[1].signatureFile }),
    ]);
    expect(summary).toContain('Ash Brown &lt;b&gt;');
    expect(summary).not.toContain('Ash Brown <b>');
    expect(summary).not.toMatch(/<(script|link|img|Client)\b/);

    const audited = await testApp.database.auditEvent.findMany({ where: { action: 'client.record_export', clientId: client.clientId } });
    expect(audited).toEqual([
      expect.objectContaining({ actorId: testApp.staff.owner.id, details: expect.objectContaining({ screenings: 1, consents: 1, photos: 1, designs: 2, invoices: 1, sessionRecords: 1 }) }),
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

  it('holds an online booking as the client typed it, moves to another artist by name, and message consents, at the clinic’s wall-clock times', async () => {
    const clientId = await screenedClient(testApp);
    const booking = await bookedOnline(clientId);
    const { staff: secondArtist } = await testApp.addStaff('artist', 'Bea Second');
    await testApp
      .as('owner')
      .put(`/api/artists/${secondArtist.id}/hours`)
      .send({ weekly: [1, 2, 3, 4, 5, 6, 7].map((weekday) => ({ weekday, starts: '08:00', ends: '20:00' })) });
    const moved = await testApp.as('receptionist').patch(`/api/appointments/${booking.appointmentId}`).send({ artistId: secondArtist.id, reason: 'Client asked for <Bea>' });
    expect(moved.status).toBe(200);
    const consented = await testApp
      .as('receptionist')
      .post(`/api/clients/${clientId}/message-consents`)
      .send({ purpose: 'marketing', granted: true, method: 'paper_form', note: 'Signed at the <desk>' });
    expect(consented.status).toBe(201);

    const response = await testApp.as('owner').get(`/api/clients/${clientId}/record-archive`).buffer(true).parse(asBytes);
    expect(response.status).toBe(200);
    const entries = await unzip(response.body as Buffer);
    const record = JSON.parse(entries.get('record.json')!.toString('utf8'));
    const instant = expect.stringMatching(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/);
    const artist = testApp.staff.artist;
    const receptionist = { id: testApp.staff.receptionist.id, name: testApp.staff.receptionist.name };

    const [appointment] = record.appointments;
    expect(record.appointments).toHaveLength(1);
    expect(appointment).toMatchObject({
      id: booking.appointmentId,
      startsAt: booking.startsAt,
      artist: { id: secondArtist.id, name: 'Bea Second' },
      bookingRequest: {
        mode: 'video',
        firstName: 'Planned',
        lastName: 'Online',
        email: record.client.email,
        phone: '+14155552671',
        address: ONLINE_ADDRESS,
        createdAt: instant,
        verifiedAt: instant,
      },
    });
    expect(appointment.events).toEqual([
      expect.objectContaining({ change: 'booked', byClient: true, staff: null, fromArtist: null, toArtist: { name: artist.name } }),
      expect.objectContaining({ change: 'moved', staff: receptionist, fromArtist: { name: artist.name }, toArtist: { name: 'Bea Second' }, reason: 'Client asked for <Bea>' }),
    ]);
    // The artists by name, not by bare ids.
    const eventFields = appointment.events.flatMap((event: object) => Object.keys(event));
    expect(eventFields.filter((field: string) => field.endsWith('ArtistId'))).toEqual([]);
    expect(record.messageConsents).toEqual([expect.objectContaining({ purpose: 'marketing', granted: true, method: 'paper_form', note: 'Signed at the <desk>', recordedAt: instant })]);

    // Summary times are the clinic's wall clock: New York's is never UTC's.
    const wallClock = (iso: string, zone = CLINIC_ZONE) => `${dateInZone(new Date(iso), zone)} ${timeInZone(new Date(iso), zone)}`;
    expect(wallClock(booking.startsAt)).not.toBe(wallClock(booking.startsAt, 'UTC'));
    const summary = entries.get('summary.html')!.toString('utf8');
    const [appointmentRow] = tableRows(summary, 'Appointments');
    expect(appointmentRow).toMatchObject({ Starts: wallClock(booking.startsAt), Kind: 'consultation', Artist: 'Bea Second' });
    const [booked, move] = appointment.events as { occurredAt: string }[];
    expect(appointmentRow!.History!.split('\n')).toEqual([
      `${wallClock(appointment.bookingRequest.createdAt)} requested online as Planned Online, ${record.client.email}, +14155552671, from ${ONLINE_ADDRESS}`,
      `${wallClock(booked!.occurredAt)} booked by the client`,
      `${wallClock(move!.occurredAt)} artist changed from ${artist.name} to Bea Second by ${receptionist.name}: Client asked for &lt;Bea&gt;`,
    ]);
    expect(tableRows(summary, 'Message consents')).toEqual([
      { Recorded: wallClock(record.messageConsents[0].recordedAt), Purpose: 'marketing', Granted: 'Yes', How: 'paper_form', Note: 'Signed at the &lt;desk&gt;' },
    ]);
    expect(summary).not.toMatch(/<(Bea|desk)>/);
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
