import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { CURRENT_SCREENING_QUESTIONNAIRE, intakeSubmissionInputSchema } from '@smp/contracts';
import { createTestApp, type TestApp } from '../test-support/test-app.js';
import { signatureDataUrl } from '../test-support/files.js';
import { at, dayFromToday, openClinic } from '../test-support/scheduling.js';
import { IntakesService } from './intakes.service.js';

let testApp: TestApp;
let signature: string;
beforeAll(async () => {
  testApp = await createTestApp();
  await openClinic(testApp);
  signature = await signatureDataUrl();
});
afterAll(async () => {
  await testApp.close();
});

const noToAll = () => Object.fromEntries(CURRENT_SCREENING_QUESTIONNAIRE.questions.map((question) => [question.id, { answer: false }]));

// One consultation an hour, within the artist's 09:00–17:00, never two at once.
let consultations = 0;
async function bookedConsultation(): Promise<{ clientId: string; consultationId: string }> {
  const number = consultations++;
  const clientId = (
    await testApp
      .as('receptionist')
      .post('/api/clients')
      .send({ firstName: 'Intake', lastName: `Client${number}`, email: `intake.client${number}@example.com` })
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

const submission = (answers: Record<string, { answer: boolean; date?: string }> = {}) =>
  intakeSubmissionInputSchema.parse({
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

/** The client sends their intake from home (the public link's service, acting as nobody signed in). */
async function submitted(answers: Record<string, { answer: boolean; date?: string }> = {}) {
  const booked = await bookedConsultation();
  const { id } = await testApp.app.get(IntakesService).submit(booked.consultationId, submission(answers), { staffId: null, address: '203.0.113.9', requestId: null });
  return { ...booked, intakeId: id };
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
    expect(submittedEvent).toMatchObject({ actor: null, address: '203.0.113.9', details: { byClient: true, through: 'intake_link' } });
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
    expect(eligibility.reasons).toEqual([expect.objectContaining({ questionId: 'diabetes' })]);
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

  it('takes one intake per consultation', async () => {
    const { consultationId } = await submitted();
    await expect(testApp.app.get(IntakesService).submit(consultationId, submission(), { staffId: null, address: null, requestId: null })).rejects.toMatchObject({
      problem: { status: 409, title: 'Your answers were sent already' },
    });
  });
});
