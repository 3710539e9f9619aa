import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { CURRENT_SCREENING_QUESTIONNAIRE } from '@smp/contracts';
import { OMIT } from './schema-sample.js';
import type { AddressInfo } from 'node:net';
import { basename } from 'node:path';
import pg from 'pg';
import { TWO_POINT_HAIRLINE } from '../test-support/designs.js';
import { jpegPhoto, letterPdf, signatureDataUrl } from '../test-support/files.js';
import { activePlan, at, dayFromToday, openClinic, screenedClient } from '../test-support/scheduling.js';
import { EMAIL_TRANSPORT, type EmailTransport } from '../messaging/channels.js';
import { createTestApp, TEST_PASSWORD, type TestApp } from '../test-support/test-app.js';
import { ClientLinks } from '../messaging/client-links.js';
import { PublicTokensService } from '../public-access/public-tokens.service.js';
import { requestsFor, type GeneratedRequest, type GeneratorContext } from './request-generator.js';
import { closeConnections, sendRaw } from './raw-http.js';
import { SeededRandom } from './seeded-random.js';
import { changedTables, fingerprint, fingerprintQuery } from './table-fingerprint.js';

/**
 * Sends a few thousand requests generated from the OpenAPI document to every
 * endpoint — mutated bodies, queries and path ids, broken JSON, wrong media types
 * and encodings — as the owner (past every access check) and anonymously. No answer
 * may be a 5xx, and no refused request may leave a row behind.
 */

let testApp: TestApp;
let port: number;
let owner: string;
let database: pg.Client;

interface Seeded {
  ids: Record<string, string>;
  photo: Buffer;
  letter: Buffer;
}
let seeded: Seeded;

/** One real record of each kind the paths name, made through the API as a user would. */
async function seedRecords(): Promise<Seeded> {
  const { rooms } = await openClinic(testApp);
  const api = testApp.as('owner');
  const clientId = await screenedClient(testApp);
  const screeningId = (await api.get(`/api/clients/${clientId}/screenings`)).body.items[0].id as string;
  const plan = await activePlan(testApp, clientId);
  const artistId = testApp.staff.artist.id;
  const appointment = await api.post('/api/appointments').send({
    kind: 'plan_session',
    clientId,
    artistId,
    roomId: rooms[0],
    planSessionId: plan.sessions[0]!.id,
    startsAt: new Date(Date.now() - 30 * 60_000).toISOString(),
    durationMinutes: 15,
    override: { reason: 'Seeded for the generated requests' },
  });
  for (const status of ['arrived', 'in_progress']) await api.post(`/api/appointments/${appointment.body.id}/status`).send({ status });
  const pigment = (await api.post('/api/pigments').send({ brand: 'Perma', product: 'SMP Black', shadeName: 'Soft black', tone: 'neutral', undertones: ['neutral'] })).body.items[0];
  const pigmentLot = (await api.post(`/api/pigments/${pigment.id}/lots`).send({ lotNumber: 'PB-1', expiresOn: dayFromToday(300), receivedOn: dayFromToday(-3), quantity: 5 })).body.items[0]
    .lots[0];
  const needle = (await api.post('/api/needles').send({ configuration: '1-point', gauge: '0.25 mm' })).body.items[0];
  const needleLot = (await api.post(`/api/needles/${needle.id}/lots`).send({ lotNumber: 'N-1', expiresOn: dayFromToday(300), receivedOn: dayFromToday(-3), quantity: 50 })).body.items[0]
    .lots[0];
  const sessionRecord = await api.post(`/api/appointments/${appointment.body.id}/session-record`).send({
    areasTreated: ['hairline'],
    density: 'medium',
    dotSize: 'small',
    pigments: [{ lotId: pigmentLot.id, role: 'foundation' }],
    needleLotId: needleLot.id,
    durationMinutes: 60,
    painLevel: 2,
  });
  const consultation = await api.post(`/api/clients/${clientId}/consultations`).send({ artistId, mode: 'in_person', startsAt: at(dayFromToday(5), '10:00'), durationMinutes: 45 });
  const photo = await jpegPhoto(64, 48);
  const uploaded = await api.post(`/api/clients/${clientId}/consultations/${consultation.body.id}/photos`).field('view', 'front').attach('file', photo, 'front.jpg');
  const design = await api.post(`/api/clients/${clientId}/hairline-designs`).send({ photoId: uploaded.body.id, geometry: TWO_POINT_HAIRLINE });
  // A spare artist for the staff and schedule endpoints, so deactivating them leaves the bookings' artist at work.
  const spare = await api.post('/api/staff').send({ name: 'Spare Artist', email: 'spare@clinic.test', role: 'artist', password: 'a long enough password 1' });
  const certification = await api.post(`/api/staff/${spare.body.id}/certifications`).send({ name: 'Bloodborne pathogens', expiresOn: dayFromToday(200) });
  const timeOff = await api.post(`/api/artists/${spare.body.id}/time-off`).send({ startsOn: dayFromToday(40), endsOn: dayFromToday(41), reason: 'holiday' });
  const closure = await api.post('/api/closures').send({ startsOn: dayFromToday(60), endsOn: dayFromToday(60), reason: 'Holiday' });
  // Another client, whose diabetes needs a doctor's letter: the letter on file gives the document endpoint a real clearance.
  const letter = await letterPdf();
  const clearedClientId = await screenedClient(testApp, { diabetes: { answer: true } });
  const clearedScreeningId = (await api.get(`/api/clients/${clearedClientId}/screenings`)).body.items[0].id as string;
  const cleared = await api.post(`/api/screenings/${clearedScreeningId}/clearances`).field('questionId', 'diabetes').attach('file', letter, 'letter.pdf');
  // An alopecia / medical plan of that client, with a letter attached to the plan itself.
  const medicalPlan = await api
    .post('/api/treatment-plans')
    .send({ clientId: clearedClientId, style: 'alopecia_medical', artistId, sessions: [{ pigmentIds: [pigment.id] }, { pigmentIds: [pigment.id] }] });
  const planLetter = await api.post(`/api/treatment-plans/${medicalPlan.body.id}/clearances`).attach('file', letter, 'letter.pdf');
  // The artist's own, so the owner's generated requests for their own subscription leave it live.
  const feedUrl = (await testApp.as('artist').post('/api/me/calendar-feed')).body.url as string;
  // A message that failed, for the retry endpoint, and an email the mail catcher kept.
  const [failedMessage] = await testApp.database.$queryRaw<{ id: string }[]>`
    INSERT INTO client_messages (client_id, kind, purpose, dedupe_key, send_at, status, attempts, last_error)
    VALUES (${clientId}::uuid, 'reminder', 'care', 'hardening:failed', now(), 'failed', 6, 'Seeded failure') RETURNING id`;
  await testApp.app.get<EmailTransport>(EMAIL_TRANSPORT).send({ to: 'seeded@example.com', subject: 'Seeded', text: 'Seeded', messageId: '<seeded@clinic.test>' });
  const [caughtEmail] = await testApp.database.$queryRaw<{ id: string }[]>`SELECT id FROM caught_emails LIMIT 1`;
  // The reminder sent about the consultation, for the links a client follows.
  const [reminder] = await testApp.database.$queryRaw<{ id: string; appointmentId: string }[]>`
    INSERT INTO client_messages (client_id, appointment_id, kind, purpose, dedupe_key, send_at, status, channel, recipient, body, sent_at)
    SELECT client_id, id, 'reminder', 'care', 'reminder:seeded', now(), 'sent', 'email', 'client@clinic.test', 'See you soon', now()
    FROM appointments WHERE id = (SELECT appointment_id FROM consultations WHERE id = ${consultation.body.id}::uuid)
    RETURNING id, appointment_id AS "appointmentId"`;
  const links = testApp.app.get(ClientLinks);
  // Online booking on, and the consultation's manage link, as a client booking online would hold it.
  await api.put('/api/clinic/online-booking').send({ enabled: true, artistIds: [artistId], modes: ['in_person'], minNoticeHours: 0, horizonDays: 60 });
  const manageLink = await testApp.database.$transaction((transaction) =>
    testApp.app.get(PublicTokensService).issue(transaction, 'manage_booking', { appointmentId: reminder!.appointmentId }, new Date(at(dayFromToday(5), '10:00'))),
  );
  const tokenOf = (url: string) => url.slice(url.lastIndexOf('/') + 1);
  const visitLink = await testApp.database.$transaction((transaction) =>
    links.appointmentLink(transaction, { messageId: reminder!.id, appointmentId: reminder!.appointmentId, expiresAt: new Date(at(dayFromToday(5), '10:00')) }),
  );
  // A tax rate; the plan's quote (the test clinic has no price list), signed by the client, and the plan's invoice of it.
  const taxRate = await api.post('/api/tax-rates').send({ name: 'Sales tax', basisPoints: 800 });
  const draft = await api.get(`/api/treatment-plans/${plan.id}/quote-draft`);
  const lines = draft.body.lines.map((line: Record<string, unknown>) => ({ ...line, unitPriceMinor: 250_000 }));
  const quote = await api.post(`/api/treatment-plans/${plan.id}/quotes`).send({ lines });
  await api.post(`/api/quotes/${quote.body.id}/acceptance`).send({ signedName: 'Seeded Client', signature: await signatureDataUrl() });
  const invoice = await api.post(`/api/treatment-plans/${plan.id}/invoices`).send({});
  // The client's intake for the consultation, sent from home through the link reception sent, for the artist's review and countersignature.
  const intakeLink = await api.post(`/api/clients/${clientId}/consultations/${consultation.body.id}/intake-link`);
  const intakeToken = new URL(intakeLink.body.url as string).pathname.split('/').pop()!;
  await testApp.http.post(`/api/public/intake/${intakeToken}`).send({
    contact: { phone: '(415) 555-0100', preferredContact: 'phone', dateOfBirth: '1985-01-01' },
    history: { hairLossCauses: [], usesMinoxidil: false, usesFinasteride: false, transplantHistory: 'none' },
    screening: {
      questionnaireVersion: CURRENT_SCREENING_QUESTIONNAIRE.version,
      answers: Object.fromEntries(CURRENT_SCREENING_QUESTIONNAIRE.questions.map((question) => [question.id, { answer: false }])),
      signedName: 'Seeded Client',
      signature: await signatureDataUrl(),
    },
  });
  const [intake] = await testApp.database.$queryRaw<{ id: string }[]>`SELECT id FROM intake_submissions WHERE consultation_id = ${consultation.body.id}::uuid`;
  // The client signed the treatment consent to be screened for treatment: its form and signature.
  const treatmentConsent = (await api.get(`/api/clients/${clientId}/consents`)).body.forms.find((form: { kind: string }) => form.kind === 'treatment');
  const ids = {
    visitLink: tokenOf(visitLink),
    unsubscribeLink: tokenOf(await links.unsubscribeLink(clientId)),
    manageLink: manageLink.token,
    client: clientId,
    screening: screeningId,
    plan: plan.id,
    planSession: plan.sessions[1]!.id,
    appointment: appointment.body.id,
    room: rooms[0]!,
    location: ((await api.get('/api/locations')).body.items as { id: string }[])[0]!.id,
    pigment: pigment.id,
    pigmentLot: pigmentLot.id,
    needle: needle.id,
    needleLot: needleLot.id,
    sessionRecord: sessionRecord.body.id,
    consultation: consultation.body.id,
    photo: uploaded.body.id,
    design: design.body.id,
    staff: spare.body.id,
    artist: artistId,
    certification: certification.body.certifications[0]?.id,
    timeOff: timeOff.body.timeOff[0]?.id,
    closure: closure.body.items[0]?.id,
    clearance: cleared.body.items?.find((item: { questionId: string }) => item.questionId === 'diabetes')?.clearance?.id,
    planClearance: planLetter.body.clearances?.[0]?.id,
    calendarFeed: basename(new URL(feedUrl).pathname, '.ics'),
    message: failedMessage!.id,
    caughtEmail: caughtEmail!.id,
    taxRate: taxRate.body.id,
    quote: quote.body.id,
    invoice: invoice.body.id,
    businessReport: 'revenue_by_month',
    intake: intake!.id,
    intakeLink: intakeToken,
    consentTemplate: treatmentConsent?.current?.id,
    clientConsent: treatmentConsent?.latest?.id,
  };
  // A seed the API refused would leave only hostile ids to test with: stop here instead.
  expect(
    Object.entries(ids)
      .filter(([, id]) => typeof id !== 'string')
      .map(([kind]) => kind),
  ).toEqual([]);
  return { ids, photo, letter };
}

/** Which seeded record a path's parameter names: by the collection before it. */
const KIND_BY_COLLECTION: Record<string, string> = {
  clients: 'client',
  staff: 'staff',
  artists: 'staff',
  screenings: 'screening',
  clearances: 'clearance',
  'plan-clearances': 'planClearance',
  photos: 'photo',
  appointments: 'appointment',
  rooms: 'room',
  locations: 'location',
  closures: 'closure',
  'treatment-plans': 'plan',
  sessions: 'planSession',
  pigments: 'pigment',
  needles: 'needle',
  'pigment-lots': 'pigmentLot',
  'needle-lots': 'needleLot',
  'session-records': 'sessionRecord',
  consultations: 'consultation',
  certifications: 'certification',
  'time-off': 'timeOff',
  'hairline-designs': 'design',
  'calendar-feeds': 'calendarFeed',
  messages: 'message',
  'caught-emails': 'caughtEmail',
  visit: 'visitLink',
  unsubscribe: 'unsubscribeLink',
  manage: 'manageLink',
  'online-clients': 'client',
  'tax-rates': 'taxRate',
  quotes: 'quote',
  invoices: 'invoice',
  'business-reports': 'businessReport',
  intakes: 'intake',
  intake: 'intakeLink',
  'client-consents': 'clientConsent',
};

/** A real id for a body or query field of that name. */
const KIND_BY_FIELD: Record<string, string> = {
  clientId: 'client',
  artistId: 'artist',
  staffId: 'artist',
  roomId: 'room',
  locationId: 'location',
  planSessionId: 'planSession',
  planId: 'plan',
  lotId: 'pigmentLot',
  needleLotId: 'needleLot',
  photoId: 'photo',
  invoiceId: 'invoice',
  creditNoteId: 'invoice',
  taxRateId: 'taxRate',
  templateId: 'consentTemplate',
};

/** Values that pass the rules a schema does not show, so that the mutations of the other fields get past validation. */
function fieldHints(): Record<string, unknown> {
  const past = dayFromToday(-20);
  return {
    cursor: OMIT,
    types: 'session,photo',
    country: 'US',
    timeZone: 'America/New_York',
    currency: 'USD',
    opens: '08:00',
    closes: '20:00',
    starts: '09:00',
    ends: '17:00',
    email: 'owner@clinic.test',
    password: TEST_PASSWORD,
    dateOfBirth: '1980-05-17',
    readOn: past,
    appliedOn: dayFromToday(-22),
    receivedOn: past,
    issuedOn: past,
    expiresOn: dayFromToday(400),
    questionnaireVersion: CURRENT_SCREENING_QUESTIONNAIRE.version,
  };
}

function generatorContext(random: SeededRandom, components: GeneratorContext['components']): GeneratorContext {
  const { ids } = seeded;
  const hints = fieldHints();
  return {
    components,
    random,
    day: dayFromToday(14),
    instant: at(dayFromToday(14), '11:00'),
    laterDay: dayFromToday(21),
    laterInstant: at(dayFromToday(21), '11:00'),
    hint: (field) => (KIND_BY_FIELD[field] ? ids[KIND_BY_FIELD[field]] : hints[field]),
    pathId: (path, parameter) => {
      const segments = path.split('/');
      // A parameter may fill part of a segment, such as `{token}.ics`.
      const collection = segments[segments.findIndex((segment) => segment.startsWith(`{${parameter}}`)) - 1]!;
      const kind = KIND_BY_COLLECTION[collection];
      // A new collection must name its seeded record here, or its requests would only ever meet 404s.
      if (!kind) throw new Error(`No seeded record for {${parameter}} of ${path}: add "${collection}" to KIND_BY_COLLECTION`);
      return ids[kind]!;
    },
    otherKindId: ids.pigment!,
    uploadFile: (path) =>
      path.includes('clearances') ? { name: 'letter.pdf', type: 'application/pdf', bytes: seeded.letter } : { name: 'scalp.jpg', type: 'image/jpeg', bytes: seeded.photo },
  };
}

/**
 * Operations that end what the others work on (the owner's session, the seeded
 * consultation, plan, artist or client) go last, in this order, so the others meet live records.
 */
const ENDINGS = [/\/(cancel|archive|deactivate)$/, /^POST \/api\/auth\/logout$/];
const endingRank = (operation: string) => ENDINGS.findIndex((ending) => ending.test(operation)) + 1;

function generateAll(document: { paths: Record<string, Record<string, object>>; components: { schemas: GeneratorContext['components'] } }): GeneratedRequest[][] {
  const random = new SeededRandom(20261203);
  const context = generatorContext(random, document.components.schemas);
  const operations = Object.entries(document.paths).flatMap(([path, methods]) =>
    Object.entries(methods).map(([method, operation]) => requestsFor(path, method.toUpperCase(), operation, context)),
  );
  return operations.sort((a, b) => endingRank(a[0]!.operation) - endingRank(b[0]!.operation));
}

interface Outcome {
  request: GeneratedRequest;
  status: number;
  title: string | undefined;
  changed: string[];
}

function describeOutcome({ request, status, title, changed }: Outcome): string {
  const writes = changed.length > 0 ? ` wrote to ${changed.join(', ')}` : '';
  return `${request.operation} [${request.anonymous ? 'anonymous ' : ''}${request.input.slice(0, 90)}] → ${status} ${title ?? ''}${writes}`;
}

beforeAll(async () => {
  testApp = await createTestApp();
  await testApp.app.listen(0, '127.0.0.1');
  port = (testApp.app.getHttpServer().address() as AddressInfo).port;
  owner = await testApp.newToken('owner');
  seeded = await seedRecords();
  database = new pg.Client({ connectionString: testApp.testDatabase.url });
  await database.connect();
}, 60_000);
afterAll(async () => {
  closeConnections();
  await database.end();
  await testApp.close();
});

/** Sends every request in order, fingerprinting the tables around each to catch a refused one that wrote. */
async function sendAll(batches: GeneratedRequest[][]): Promise<Outcome[]> {
  const query = await fingerprintQuery(database);
  const outcomes: Outcome[] = [];
  let before = await fingerprint(database, query);
  for (const request of batches.flat()) {
    const headers = request.anonymous ? request.headers : { ...request.headers, authorization: `Bearer ${owner}` };
    const { status, title } = await sendRaw(port, { ...request, headers });
    const after = await fingerprint(database, query);
    const refused = status >= 400 || status === 0;
    outcomes.push({ request, status, title, changed: refused ? changedTables(before, after) : [] });
    before = after;
  }
  return outcomes;
}

/** One line per kind of input and answer, with the endpoints that gave it: one defect usually shows on many endpoints. */
function failureClasses(failures: Outcome[]): string[] {
  const classes = new Map<string, Set<string>>();
  for (const { request, status, title, changed } of failures) {
    const kind = request.input.replace(/^(anonymous: )?(body|form|query|path) ?[^ ]* = /, '$1$2 field = ');
    const key = `${kind} → ${status} ${title ?? ''}${changed.length > 0 ? ` (wrote ${changed.join(', ')})` : ''}`;
    classes.set(key, (classes.get(key) ?? new Set()).add(request.operation));
  }
  return [...classes].map(([key, operations]) => `${key}: ${[...operations].join(', ')}`);
}

describe('requests generated from the OpenAPI document', () => {
  it('never get a 5xx, and a refused one writes no row', async () => {
    const document = (await testApp.http.get('/api/openapi.json')).body;
    const batches = generateAll(document);
    const outcomes = await sendAll(batches);

    const serverErrors = outcomes.filter((outcome) => outcome.status >= 500 || outcome.status === 0);
    const refusedButWrote = outcomes.filter((outcome) => outcome.changed.length > 0 && outcome.status < 500);
    const failures = [...serverErrors, ...refusedButWrote];
    if (failures.length > 0) {
      console.log(
        `${outcomes.length} requests over ${batches.length} operations: ${serverErrors.length} × 5xx or no answer, ${refusedButWrote.length} refused but wrote rows\n${failureClasses(failures).join('\n')}`,
      );
    }
    expect(outcomes.length).toBeGreaterThan(2000);
    expect({ failureClasses: failureClasses(failures), failures: failures.map(describeOutcome) }).toEqual({ failureClasses: [], failures: [] });
  }, 180_000);
});
