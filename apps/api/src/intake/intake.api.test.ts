import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import pg from 'pg';
import { CURRENT_SCREENING_QUESTIONNAIRE, INTAKE_MAX_PHOTOS } from '@smp/contracts';
import { createTestApp, type TestApp } from '../test-support/test-app.js';
import { jpegPhoto, signatureDataUrl } from '../test-support/files.js';
import { at, dayFromToday, openClinic } from '../test-support/scheduling.js';

let testApp: TestApp;
let signature: string;
let photo: Buffer;
beforeAll(async () => {
  testApp = await createTestApp({ PUBLIC_URL: 'https://clinic.example.com', TRUST_PROXY: '1' });
  await openClinic(testApp);
  signature = await signatureDataUrl();
  photo = await jpegPhoto(64, 48);
});
afterAll(async () => {
  await testApp.close();
});

const noToAll = () => Object.fromEntries(CURRENT_SCREENING_QUESTIONNAIRE.questions.map((question) => [question.id, { answer: false }]));

// One consultation an hour, within the artist's 09:00–17:00, never two at once.
let consultations = 0;
async function bookedConsultation(email: string | null = `intake.client${consultations}@example.com`): Promise<{ clientId: string; consultationId: string }> {
  const number = consultations++;
  const clientId = (
    await testApp
      .as('receptionist')
      .post('/api/clients')
      .send({ firstName: 'Intake', lastName: `Client${number}`, ...(email ? { email } : { phone: '(415) 555-0177' }) })
  ).body.id as string;
  const booked = await testApp
    .as('receptionist')
    .post(`/api/clients/${clientId}/consultations`)
    .send({
      artistId: testApp.staff.artist.id,
      mode: 'in_person',
      startsAt: at(dayFromToday(2 + Math.floor(number / 7)), `${String(9 + (number % 7)).padStart(2, '0')}:00`),
      durationMinutes: 45,
    });
  expect(booked.status).toBe(201);
  return { clientId, consultationId: booked.body.id as string };
}

const submission = (answers: Record<string, { answer: boolean; date?: string }> = {}) => ({
  contact: { phone: '(415) 555-0142', preferredContact: 'sms', dateOfBirth: '1988-04-12', address: { line1: '12 Elm Street', city: 'Boston' } },
  history: {
    hairLossCauses: ['genetic_pattern'],
    hairLossStartedYear: 2015,
    naturalHairColour: 'dark_brown',
    usesMinoxidil: true,
    usesFinasteride: false,
    transplantHistory: 'none',
    desiredResult: 'A natural, slightly soft hairline',
  },
  screening: { questionnaireVersion: CURRENT_SCREENING_QUESTIONNAIRE.version, answers: { ...noToAll(), ...answers }, signedName: 'Intake Client', signature },
});

/** The client's phone, from an address of its own so that one test's rate limits do not reach another. */
let addresses = 0;
function phone() {
  addresses += 1;
  const address = `198.51.100.${addresses}`;
  return {
    address,
    get: (path: string) => testApp.http.get(path).set('X-Forwarded-For', address),
    post: (path: string, body: object) => testApp.http.post(path).set('X-Forwarded-For', address).send(body),
    upload: (path: string, view: string, file: Buffer, name = 'scalp.jpg') => testApp.http.post(path).set('X-Forwarded-For', address).field('view', view).attach('file', file, name),
  };
}

/** Reception sends the link to a booked consultation's intake: its secret. */
async function intakeLink(clientId: string, consultationId: string): Promise<string> {
  const sent = await testApp.as('receptionist').post(`/api/clients/${clientId}/consultations/${consultationId}/intake-link`);
  expect(sent.status).toBe(201);
  return new URL(sent.body.url as string).pathname.split('/').pop()!;
}

/** The client opens their link at home and sends their intake. */
async function submitted(answers: Record<string, { answer: boolean; date?: string }> = {}) {
  const booked = await bookedConsultation();
  const token = await intakeLink(booked.clientId, booked.consultationId);
  const client = phone();
  expect((await client.post(`/api/public/intake/${token}`, submission(answers))).status).toBe(201);
  // Read as reception, whose reads of intakes hold nothing medical and are not audited.
  const [intake] = (await testApp.as('receptionist').get(`/api/clients/${booked.clientId}/intakes`)).body.items;
  return { ...booked, token, client, intakeId: intake.id as string };
}

const countersign = (intakeId: string, corrections: unknown[] = [], role: 'artist' | 'owner' | 'receptionist' = 'artist') =>
  testApp.as(role).post(`/api/intakes/${intakeId}/countersign`).send({ corrections });

describe('a client’s intake before the consultation', () => {
  it('shows the artist what the client sent, marked as theirs, and reception only how to reach them', async () => {
    const { clientId, intakeId } = await submitted({ keloid_tendency: { answer: true } });
    const forArtist = (await testApp.as('artist').get(`/api/clients/${clientId}/intakes`)).body.items;
    expect(forArtist).toEqual([
      expect.objectContaining({
        id: intakeId,
        contact: { phone: '+14155550142', preferredContact: 'sms', dateOfBirth: '1988-04-12', address: expect.objectContaining({ line1: '12 Elm Street', city: 'Boston' }) },
        history: expect.objectContaining({ hairLossCauses: ['genetic_pattern'], hairLossStartedYear: 2015, desiredResult: 'A natural, slightly soft hairline' }),
        answeredOutcome: 'caution',
        signedName: 'Intake Client',
        signature,
        review: null,
      }),
    ]);
    expect(forArtist[0].answers.keloid_tendency).toEqual({ answer: true, date: null });
    const forReception = (await testApp.as('receptionist').get(`/api/intakes/${intakeId}`)).body;
    expect(forReception).toMatchObject({ contact: { phone: '+14155550142' }, history: null, answers: null, answeredOutcome: null, signature: null });
    const reads = (await testApp.as('owner').get('/api/audit-events').query({ action: 'intake.read', clientId })).body.items;
    expect(reads).toHaveLength(1);
    const [submittedEvent] = (await testApp.as('owner').get('/api/audit-events').query({ action: 'intake.submit', clientId })).body.items;
    expect(submittedEvent).toMatchObject({ actor: null, address: expect.stringMatching(/^198\.51\.100\./), details: { byClient: true, through: 'intake_link' } });
  });

  it('is not a screening until an artist countersigns it', async () => {
    const { clientId } = await submitted();
    const eligibility = (await testApp.as('artist').get(`/api/clients/${clientId}/eligibility`)).body;
    expect(eligibility.eligible).toBe(false);
    expect((await testApp.as('artist').get(`/api/clients/${clientId}/screenings`)).body.items).toEqual([]);
  });

  it('becomes the client’s screening when countersigned, signed by the client, with each correction kept beside their answer', async () => {
    const { clientId, intakeId } = await submitted();
    const response = await countersign(intakeId, [{ questionId: 'diabetes', answer: { answer: true }, note: 'Type 2 diabetes, mentioned at the consultation' }]);
    expect(response.status).toBe(201);
    expect(response.body).toMatchObject({ clientId, signedName: 'Intake Client', signature, conductedBy: { id: testApp.staff.artist.id }, answeredOutcome: 'clearance_required' });
    expect(response.body.answers.diabetes).toEqual({ answer: true, date: null });

    const intake = (await testApp.as('artist').get(`/api/intakes/${intakeId}`)).body;
    expect(intake.answers.diabetes).toEqual({ answer: false, date: null });
    expect(intake.review).toEqual({
      screeningId: response.body.id,
      countersignedBy: { id: testApp.staff.artist.id, name: testApp.staff.artist.name },
      countersignedAt: response.body.signedAt,
      corrections: [
        expect.objectContaining({
          questionId: 'diabetes',
          clientAnswer: { answer: false, date: null },
          correctedAnswer: { answer: true, date: null },
          note: 'Type 2 diabetes, mentioned at the consultation',
          correctedBy: { id: testApp.staff.artist.id, name: testApp.staff.artist.name },
        }),
      ],
    });
    const eligibility = (await testApp.as('artist').get(`/api/clients/${clientId}/eligibility`)).body;
    // The screening now stands, with the corrected answer's item; the treatment consent is a matter of its own.
    expect(eligibility.reasons.filter((reason: { code: string }) => !reason.code.startsWith('treatment_consent'))).toEqual([expect.objectContaining({ questionId: 'diabetes' })]);
  });

  it('is countersigned once, even by two artists at the same moment', async () => {
    const { intakeId } = await submitted();
    const responses = await Promise.all([countersign(intakeId), countersign(intakeId, [], 'owner')]);
    expect(responses.map((response) => response.status).sort()).toEqual([201, 409]);
    expect(responses.find((response) => response.status === 409)!.body).toMatchObject({ title: 'Already countersigned' });
    expect((await countersign(intakeId)).status).toBe(409);
  });

  it('refuses corrections that are not corrections, beside the field, and countersigning by reception', async () => {
    const { intakeId } = await submitted();
    const response = await countersign(intakeId, [
      { questionId: 'made_up', answer: { answer: true }, note: 'x' },
      { questionId: 'diabetes', answer: { answer: false }, note: 'x' },
      { questionId: 'recent_injectables', answer: { answer: true }, note: 'Botox, date to check' },
      { questionId: 'keloid_tendency', answer: { answer: true }, note: ' ' },
    ]);
    expect(response.status).toBe(400);
    expect(response.headers['content-type']).toMatch(/application\/problem\+json/);
    expect(response.body.errors).toEqual(expect.arrayContaining([{ field: 'corrections.3.note', message: 'Say why the answer changed' }]));
    const valid = await countersign(intakeId, [
      { questionId: 'made_up', answer: { answer: true }, note: 'x' },
      { questionId: 'diabetes', answer: { answer: false }, note: 'x' },
      { questionId: 'recent_injectables', answer: { answer: true }, note: 'Botox, date to check' },
    ]);
    expect(valid.status).toBe(400);
    expect(valid.body.errors).toEqual([
      { field: 'corrections.0.questionId', message: 'Not a question of this questionnaire' },
      { field: 'corrections.1.answer', message: 'This is the client’s own answer' },
      { field: 'corrections.2.answer.date', message: expect.stringMatching(/is needed$/) },
    ]);
    expect((await countersign(intakeId, [], 'receptionist')).status).toBe(403);
    expect((await testApp.as('artist').get(`/api/intakes/${intakeId}`)).body.review).toBeNull();
  });

  it('takes one intake per consultation: the link then only thanks the client', async () => {
    const { token, client } = await submitted();
    const again = await client.post(`/api/public/intake/${token}`, submission());
    expect(again.status).toBe(409);
    expect(again.body).toMatchObject({ title: 'Your answers were sent already' });
    expect((await client.get(`/api/public/intake/${token}`)).body.submitted).toBe(true);
  });

  it('never mixes two clients’ records, even in a write that goes round the API', async () => {
    const first = await submitted();
    const second = await submitted();
    const screeningId = (await countersign(first.intakeId)).body.id as string;
    const database = testApp.database;
    // An intake filed under one client for another client's consultation.
    const spare = await bookedConsultation();
    await expect(database.$executeRaw`
      INSERT INTO intake_submissions (client_id, consultation_id, contact, history, questionnaire_version, answers, answered_outcome, signed_name, signature_png)
      SELECT client_id, ${spare.consultationId}::uuid, contact, history, questionnaire_version, answers, answered_outcome, signed_name, signature_png
        FROM intake_submissions WHERE id = ${first.intakeId}::uuid`).rejects.toThrow(/intake_submissions_consultation_of_client/);
    // A screening of the first client made of the second client's intake.
    await expect(database.$executeRaw`
      INSERT INTO screenings (client_id, questionnaire_version, answers, answered_outcome, conducted_by, signed_name, signature_png, valid_until, intake_submission_id)
      SELECT ${first.clientId}::uuid, questionnaire_version, answers, answered_outcome, ${testApp.staff.artist.id}::uuid, signed_name, signature_png, current_date, id
        FROM intake_submissions WHERE id = ${second.intakeId}::uuid`).rejects.toThrow(/screenings_intake_of_client/);
    // A correction of the second intake on the screening made of the first.
    await expect(database.$executeRaw`
      INSERT INTO intake_answer_corrections (intake_submission_id, screening_id, question_id, client_answer, corrected_answer, note, corrected_by)
      VALUES (${second.intakeId}::uuid, ${screeningId}::uuid, 'diabetes', '{"answer": false}', '{"answer": true}', 'Mentioned at the consultation', ${testApp.staff.artist.id}::uuid)`).rejects.toThrow(
      /intake_answer_corrections_screening_of_intake/,
    );
  });
});

describe('the client’s intake link', () => {
  it('greets the client with their consultation and nothing clinical, and takes photos of the standard views', async () => {
    const { clientId, consultationId } = await bookedConsultation();
    const token = await intakeLink(clientId, consultationId);
    const client = phone();
    const opened = await client.get(`/api/public/intake/${token}`);
    expect(opened.status).toBe(200);
    expect(opened.body).toEqual({
      clinicName: expect.any(String),
      firstName: 'Intake',
      consultation: { startsAt: expect.any(String), mode: 'in_person', artistName: testApp.staff.artist.name, timeZone: 'America/New_York' },
      questionnaireVersion: CURRENT_SCREENING_QUESTIONNAIRE.version,
      submitted: false,
      photos: [],
    });

    const added = await client.upload(`/api/public/intake/${token}/photos`, 'front', photo);
    expect(added.status).toBe(201);
    expect(added.body).toEqual({ id: expect.any(String), view: 'front' });
    const notAPhoto = await client.upload(`/api/public/intake/${token}/photos`, 'top', Buffer.from('%PDF-1.4 not a photo'), 'scalp.jpg');
    expect(notAPhoto.status).toBe(415);
    expect(notAPhoto.headers['content-type']).toMatch(/application\/problem\+json/);
    expect((await client.get(`/api/public/intake/${token}`)).body.photos).toEqual([{ id: added.body.id, view: 'front' }]);

    expect((await client.post(`/api/public/intake/${token}`, submission())).status).toBe(201);
    const [intake] = (await testApp.as('artist').get(`/api/clients/${clientId}/intakes`)).body.items;
    expect(intake.photos).toEqual([expect.objectContaining({ id: added.body.id, view: 'front', uploadedBy: null })]);
    expect((await client.upload(`/api/public/intake/${token}/photos`, 'crown', photo)).status).toBe(409);
  });

  it('takes a dozen photos at most', async () => {
    const { clientId, consultationId } = await bookedConsultation();
    const token = await intakeLink(clientId, consultationId);
    const client = phone();
    for (let count = 0; count < INTAKE_MAX_PHOTOS; count += 1) expect((await client.upload(`/api/public/intake/${token}/photos`, 'front', photo)).status).toBe(201);
    const oneTooMany = await client.upload(`/api/public/intake/${token}/photos`, 'front', photo);
    expect(oneTooMany.status).toBe(409);
    expect(oneTooMany.body).toMatchObject({ title: 'Enough photos' });
  });

  it('answers an unknown link, a cancelled consultation’s and an expired one the same way', async () => {
    const cancelled = await bookedConsultation();
    const cancelledToken = await intakeLink(cancelled.clientId, cancelled.consultationId);
    expect((await testApp.as('receptionist').post(`/api/clients/${cancelled.clientId}/consultations/${cancelled.consultationId}/cancel`).send({ reason: 'Client asked' })).status).toBe(200);
    const expired = await bookedConsultation();
    const expiredToken = await intakeLink(expired.clientId, expired.consultationId);
    await testApp.database
      .$executeRaw`UPDATE public_tokens SET expires_at = now() - interval '1 minute' WHERE purpose = 'intake' AND appointment_id = (SELECT appointment_id FROM consultations WHERE id = ${expired.consultationId}::uuid)`;
    const client = phone();
    const answers = await Promise.all([cancelledToken, expiredToken, 'A'.repeat(43)].map((token) => client.get(`/api/public/intake/${token}`)));
    expect(answers.map((answer) => answer.status)).toEqual([404, 404, 404]);
    const shapes = answers.map(({ body: { instance: _instance, requestId: _requestId, ...rest } }) => rest);
    expect(shapes[1]).toEqual(shapes[0]);
    expect(shapes[2]).toEqual(shapes[0]);
    expect((await client.post(`/api/public/intake/${cancelledToken}`, submission())).status).toBe(404);
  });

  it('is sent by reception to the client’s email, or handed over to text when they have none', async () => {
    const withEmail = await bookedConsultation('has.email@example.com');
    const emailed = await testApp.as('receptionist').post(`/api/clients/${withEmail.clientId}/consultations/${withEmail.consultationId}/intake-link`);
    expect(emailed.body).toMatchObject({ url: expect.stringMatching(/^https:\/\/clinic\.example\.com\/intake\/[A-Za-z0-9_-]{43}$/), emailedTo: 'has.email@example.com' });
    // The queue's jobs are its owner's to read, not the app's.
    const owner = new pg.Client({ connectionString: testApp.testDatabase.url });
    await owner.connect();
    const { rows } = await owner
      .query<{ text: string }>(
        `SELECT j.payload->>'text' AS text FROM graphile_worker._private_jobs j JOIN graphile_worker._private_tasks t ON t.id = j.task_id
          WHERE t.identifier = 'send_public_email' AND j.payload->>'to' = 'has.email@example.com'`,
      )
      .finally(() => owner.end());
    expect(rows.map((row) => row.text)).toEqual([expect.stringContaining(emailed.body.url as string)]);
    const withoutEmail = await bookedConsultation(null);
    const handed = await testApp.as('receptionist').post(`/api/clients/${withoutEmail.clientId}/consultations/${withoutEmail.consultationId}/intake-link`);
    expect(handed.body).toMatchObject({ url: expect.stringContaining('/intake/'), emailedTo: null });
  });

  it('slows down an address that keeps asking', async () => {
    const client = phone();
    const statuses: number[] = [];
    for (let count = 0; count < 61; count += 1) statuses.push((await client.get(`/api/public/intake/${'B'.repeat(43)}`)).status);
    expect(statuses.slice(0, 60).every((status) => status === 404)).toBe(true);
    const limited = await client.get(`/api/public/intake/${'B'.repeat(43)}`);
    expect(limited.status).toBe(429);
    expect(Number(limited.headers['retry-after'])).toBeGreaterThan(0);
  });

  it('refuses a submission with a field left wrong, beside the field, and writes nothing', async () => {
    const { clientId, consultationId } = await bookedConsultation();
    const token = await intakeLink(clientId, consultationId);
    const client = phone();
    const body = submission();
    const refused = await client.post(`/api/public/intake/${token}`, { ...body, contact: { ...body.contact, phone: 'call me' }, screening: { ...body.screening, signedName: ' ' } });
    expect(refused.status).toBe(400);
    expect(refused.body.errors).toEqual(
      expect.arrayContaining([
        { field: 'contact.phone', message: expect.stringMatching(/phone number/) },
        { field: 'screening.signedName', message: 'Type your full name' },
      ]),
    );
    expect((await testApp.as('artist').get(`/api/clients/${clientId}/intakes`)).body.items).toEqual([]);
  });
});
