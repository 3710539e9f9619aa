import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { CURRENT_SCREENING_QUESTIONNAIRE } from '@smp/contracts';
import { createTestApp, type TestApp } from '../test-support/test-app.js';
import { jpegPhoto, signatureDataUrl } from '../test-support/files.js';
import { asBytes, unzip } from '../test-support/zip.js';
import { TREATMENT_CONSENT_WORDING } from '../test-support/consents.js';
import { activePlan, catalogPigment, openClinic, planSessionInProgress, screenedClient } from '../test-support/scheduling.js';

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

/** A client with a screening, the treatment consent, a plan whose first session is recorded with a photo, and the plan's invoice. */
async function treatedClient() {
  const clientId = await screenedClient(testApp);
  const pigment = await catalogPigment(testApp, 'Ash Brown <b>');
  const plan = await activePlan(testApp, clientId);
  const appointmentId = await planSessionInProgress(testApp, rooms, clientId, plan.sessions[0]!.id);
  const photo = await jpegPhoto(640, 480);
  const uploaded = await testApp.as('artist').post(`/api/appointments/${appointmentId}/photos`).field('view', 'front').field('phase', 'before').attach('file', photo, 'before.jpg');
  expect(uploaded.status).toBe(201);
  const recorded = await testApp
    .as('artist')
    .post(`/api/appointments/${appointmentId}/session-record`)
    .send({
      areasTreated: ['hairline'],
      density: 'medium',
      dotSize: 'small',
      pigments: [{ lotId: pigment.lotId, role: 'foundation' }],
      needleLotId,
      durationMinutes: 120,
      painLevel: 2,
    });
  expect(recorded.status).toBe(201);
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
  return { clientId, photo, photoId: uploaded.body.id as string, invoiceNumber: invoice.body.number as string, lotNumber: recorded.body.pigments[0].lot.lotNumber as string };
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
