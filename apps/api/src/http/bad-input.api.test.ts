import { gzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { NOT_TEXT_MESSAGE } from '@smp/contracts';
import { pino } from 'pino';
import supertest from 'supertest';
import { createApp } from '../app.js';
import { createTestApp, testConfig, type TestApp } from '../test-support/test-app.js';
import { createTestDatabase } from '../test-support/test-database.js';
import { dayFromToday, openClinic, screenedClient } from '../test-support/scheduling.js';

let testApp: TestApp;
let clientId: string;
let pigmentId: string;
beforeAll(async () => {
  testApp = await createTestApp();
  await openClinic(testApp);
  clientId = await screenedClient(testApp);
  pigmentId = (await testApp.as('owner').post('/api/pigments').send({ brand: 'Brand', product: 'Product', shadeName: 'Soft black', tone: 'neutral' })).body.id as string;
});
afterAll(async () => {
  await testApp.close();
});

const NUL = '\u0000';
const fieldsOf = (body: { errors?: { field: string; message: string }[] }) => (body.errors ?? []).map((error) => `${error.field}: ${error.message}`);

describe('characters that are not text', () => {
  const cases: [string, () => Promise<{ status: number; body: { errors?: { field: string; message: string }[] } }>, string][] = [
    ['a client search', () => testApp.as('receptionist').get('/api/clients?q=%00'), 'q'],
    ['a page cursor', () => testApp.as('receptionist').get('/api/clients?cursor=abc%00'), 'cursor'],
    [
      'a new client’s name',
      () =>
        testApp
          .as('receptionist')
          .post('/api/clients')
          .send({ firstName: `Ann${NUL}`, lastName: 'Lee', email: 'ann@example.com' }),
      'firstName',
    ],
    ['a client’s notes', () => testApp.as('receptionist').patch(`/api/clients/${clientId}`).send({ notes: NUL }), 'notes'],
    [
      'a client’s address',
      () =>
        testApp
          .as('receptionist')
          .patch(`/api/clients/${clientId}`)
          .send({ address: { city: `Bo${NUL}ston` } }),
      'address.city',
    ],
    ['a room', () => testApp.as('owner').post('/api/rooms').send({ name: NUL }), 'name'],
    [
      'a closure',
      () =>
        testApp
          .as('owner')
          .post('/api/closures')
          .send({ startsOn: dayFromToday(3), endsOn: dayFromToday(3), reason: NUL }),
      'reason',
    ],
    ['a pigment', () => testApp.as('owner').post('/api/pigments').send({ brand: NUL, product: 'P', shadeName: 'S', tone: 'neutral' }), 'brand'],
    [
      'a lot',
      () =>
        testApp
          .as('owner')
          .post(`/api/pigments/${pigmentId}/lots`)
          .send({ lotNumber: NUL, expiresOn: dayFromToday(300), receivedOn: dayFromToday(0), quantity: 1 }),
      'lotNumber',
    ],
    ['a needle', () => testApp.as('owner').post('/api/needles').send({ configuration: '1-point', gauge: NUL }), 'gauge'],
    ['a staff member', () => testApp.as('owner').post('/api/staff').send({ name: NUL, email: 'new@clinic.test', role: 'artist', password: 'a long enough password' }), 'name'],
    [
      'the clinic’s name',
      () =>
        testApp
          .as('owner')
          .get('/api/clinic')
          .then(({ body: { updatedAt: _u, ...settings } }) =>
            testApp
              .as('owner')
              .put('/api/clinic')
              .send({ ...settings, name: NUL }),
          ),
      'name',
    ],
    [
      'a patch test',
      () =>
        testApp
          .as('artist')
          .post(`/api/clients/${clientId}/patch-tests`)
          .send({ pigmentId, appliedOn: dayFromToday(0), readOn: dayFromToday(0), result: 'passed', notes: NUL }),
      'notes',
    ],
    [
      'a plan’s notes',
      () =>
        testApp
          .as('artist')
          .post('/api/treatment-plans')
          .send({ clientId, style: 'hairline_restoration', artistId: testApp.staff.artist.id, sessions: [{ pigmentIds: [pigmentId] }, { pigmentIds: [pigmentId] }], notes: NUL }),
      'notes',
    ],
    ['the report’s style', () => testApp.as('owner').get('/api/treatment-history?style=%00'), 'style'],
    ['a history filter', () => testApp.as('artist').get(`/api/clients/${clientId}/history?types=%00`), 'types'],
    ['a password change', () => testApp.as('artist').post('/api/auth/password').send({ currentPassword: NUL, newPassword: 'another long password' }), 'currentPassword'],
    ['a token label', () => testApp.http.post('/api/auth/token').send({ email: 'owner@clinic.test', password: 'x', label: NUL }), 'label'],
  ];

  it.each(cases)('are refused in %s with a field error', async (_what, send, field) => {
    const response = await send();
    expect(response.status).toBe(400);
    expect(fieldsOf(response.body)).toContain(`${field}: ${NOT_TEXT_MESSAGE}`);
  });

  it('are refused as lone surrogates written as JSON escapes', async () => {
    const response = await testApp
      .as('receptionist')
      .post('/api/clients')
      .set('Content-Type', 'application/json')
      .send('{"firstName":"Ann\\ud800","lastName":"Lee","email":"ann@example.com"}');
    expect(response.status).toBe(400);
    expect(fieldsOf(response.body)).toEqual([`firstName: ${NOT_TEXT_MESSAGE}`]);
  });
});

describe('dates at the edge of the calendar', () => {
  const outOfRange = 'Must be between 1900-01-01 and 2100-12-31';

  it('refuses bookings and searches far outside it, naming the allowed range', async () => {
    const booking = await testApp.as('receptionist').post('/api/appointments').send({ kind: 'consultation', clientId, artistId: testApp.staff.artist.id, startsAt: '9999-12-31T23:59:59Z' });
    expect(booking.status).toBe(400);
    expect(fieldsOf(booking.body)).toContain(`startsAt: ${outOfRange}`);

    const calendar = await testApp.as('receptionist').get(`/api/appointments?from=${dayFromToday(0)}&to=9999-12-31`);
    expect(calendar.status).toBe(400);
    expect(fieldsOf(calendar.body)).toContain(`to: ${outOfRange}`);

    const audit = await testApp.as('owner').get('/api/audit-events?from=0001-01-01T00:00:00Z');
    expect(audit.status).toBe(400);
    expect(fieldsOf(audit.body)).toEqual([`from: ${outOfRange}`]);
  });
});

describe('compressed request bodies', () => {
  it.each(['gzip', 'br', 'deflate'])('are refused as %s, whether the body is compressed or not', async (encoding) => {
    const plain = await testApp.as('owner').post('/api/rooms').set('Content-Type', 'application/json').set('Content-Encoding', encoding).send('{"name":"Chair 9"}');
    expect(plain.status).toBe(415);
    expect(plain.headers['content-type']).toMatch(/^application\/problem\+json/);
    expect(plain.body.detail).toMatch(/Content-Encoding/);

    const compressed = await testApp
      .as('owner')
      .put(`/api/artists/${testApp.staff.artist.id}/hours`)
      .set('Content-Type', 'application/json')
      .set('Content-Encoding', encoding)
      .send(gzipSync('{"weekly":[]}'));
    expect(compressed.status).toBe(415);
  });

  it('are refused however the path is written (/%61pi is /api to the router)', async () => {
    const response = await testApp.as('owner').post('/%61pi/rooms').set('Content-Type', 'application/json').set('Content-Encoding', 'gzip').send(gzipSync('{"name":"Chair 9"}'));
    expect(response.status).toBe(415);
  });

  it('are refused before sign-in too', async () => {
    const response = await testApp.http.post('/api/auth/login').set('Content-Type', 'application/json').set('Content-Encoding', 'gzip').send('{"email":"a@b.co"}');
    expect(response.status).toBe(415);
  });
});

describe('malformed addresses', () => {
  it.each(['/api/clients/%E0', '/clients/%E0'])('are refused as problem+json with the browser protections and a request id (%s)', async (url) => {
    const response = await testApp.as('owner').get(url);
    expect(response.status).toBe(400);
    expect(response.headers['content-type']).toMatch(/^application\/problem\+json/);
    expect(response.body).toMatchObject({ status: 400, detail: 'The address has a malformed %-escape', requestId: response.headers['x-request-id'] });
    expect(response.headers['content-security-policy']).toContain("default-src 'self'");
    expect(response.headers['x-content-type-options']).toBe('nosniff');
  });
});

describe('replacing an artist’s hours from several places at once', () => {
  it('applies each replacement whole or refuses it, never a mix', async () => {
    const weeks = Array.from({ length: 8 }, (_, index) => [1, 2, 3, 4, 5].map((weekday) => ({ weekday, starts: `0${index + 1}:00`.slice(-5), ends: `1${index}:30` })));
    const responses = await Promise.all(weeks.map((weekly) => testApp.as('owner').put(`/api/artists/${testApp.staff.artist.id}/hours`).send({ weekly })));
    for (const response of responses) expect([200, 409]).toContain(response.status);
    const final = (await testApp.as('owner').get(`/api/artists/${testApp.staff.artist.id}/schedule`)).body.weekly;
    expect(weeks).toContainEqual(final.map(({ locationId: _at, ...interval }: { locationId: string }) => interval));
  });
});

describe('logs of refused input', () => {
  it('say warn, without a stack', async () => {
    const lines: { level: number; msg?: string; err?: unknown; res?: { statusCode: number } }[] = [];
    const logger = pino({ level: 'info' }, { write: (line: string) => lines.push(JSON.parse(line)) });
    const testDatabase = await createTestDatabase();
    const app = await createApp({ config: testConfig(), databaseUrl: testDatabase.appUrl, logger });
    await app.init();
    try {
      const server = supertest(app.getHttpServer());
      expect((await server.post('/api/auth/login').set('Content-Type', 'application/json').set('Content-Encoding', 'br').send('{}')).status).toBe(415);
      expect((await server.post('/api/auth/login').send({ email: `a${NUL}@b.co`, password: 'x' })).status).toBe(400);
    } finally {
      await app.close();
      await testDatabase.drop();
    }
    const requestLines = lines.filter((line) => line.res);
    expect(requestLines.map((line) => [line.res!.statusCode, line.level])).toEqual([
      [415, 40],
      [400, 40],
    ]);
    expect(JSON.stringify(lines)).not.toMatch(/"stack"|\bat .*\.js:\d+/);
  });
});
