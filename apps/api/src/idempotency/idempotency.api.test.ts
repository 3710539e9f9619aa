import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { jpegPhoto } from '../test-support/files.js';
import { ABANDONED_AFTER_SECONDS, KEY_LIFETIME_HOURS, requestFingerprint } from './idempotency-key.js';
import { at, dayFromToday, openClinic } from '../test-support/scheduling.js';
import { createTestApp, type TestApp } from '../test-support/test-app.js';

let testApp: TestApp;
beforeAll(async () => {
  testApp = await createTestApp();
});
afterAll(async () => {
  await testApp.close();
});

let clientNumber = 0;
function newClient() {
  clientNumber += 1;
  return { firstName: 'Retry', lastName: `Client${clientNumber}`, email: `retry.client${clientNumber}@example.com` };
}

const createClient = (key: string, body: object) => testApp.as('receptionist').post('/api/clients').set('Idempotency-Key', key).send(body);
const clientsNamed = (lastName: string) => testApp.database.client.count({ where: { lastName } });

describe('Idempotency-Key on creation endpoints', () => {
  it('creates once, and answers a repeat with the first answer', async () => {
    const key = randomUUID();
    const client = newClient();
    const first = await createClient(key, client);
    expect(first.status).toBe(201);
    expect(first.headers['idempotent-replayed']).toBeUndefined();

    const repeat = await createClient(key, client);
    expect(repeat.status).toBe(201);
    expect(repeat.headers['idempotent-replayed']).toBe('true');
    expect(repeat.body).toEqual(first.body);
    expect(await clientsNamed(client.lastName)).toBe(1);
  });

  it('refuses the same key for a different request with 422', async () => {
    const key = randomUUID();
    expect((await createClient(key, newClient())).status).toBe(201);
    const other = newClient();
    const reused = await createClient(key, other);
    expect(reused.status).toBe(422);
    expect(reused.body.errors).toEqual([{ field: 'Idempotency-Key', message: 'Already used for a different request' }]);
    expect(await clientsNamed(other.lastName)).toBe(0);

    const elsewhere = await testApp.as('owner').post('/api/rooms').set('Idempotency-Key', key).send({ name: 'Chair 7' });
    expect(elsewhere.status).toBe(201);
  });

  it('runs concurrent repeats once: the others wait for the answer or are told it is in progress', async () => {
    const key = randomUUID();
    const client = newClient();
    const responses = await Promise.all(Array.from({ length: 6 }, () => createClient(key, client)));
    for (const response of responses) expect([201, 409]).toContain(response.status);
    expect(responses.filter((response) => response.status === 201 && !response.headers['idempotent-replayed'])).toHaveLength(1);
    for (const response of responses.filter((candidate) => candidate.status === 409)) {
      expect(response.body.title).toBe('Request in progress');
      expect(response.headers['retry-after']).toBe('1');
    }
    expect(await clientsNamed(client.lastName)).toBe(1);
    expect((await createClient(key, client)).headers['idempotent-replayed']).toBe('true');
  });

  it('frees the key of a refused request, so a corrected retry runs', async () => {
    const key = randomUUID();
    const client = newClient();
    expect((await createClient(key, { ...client, firstName: '' })).status).toBe(400);
    expect(await testApp.database.idempotencyKey.count({ where: { key } })).toBe(0);
    const corrected = await createClient(key, client);
    expect(corrected.status).toBe(201);
    expect(corrected.headers['idempotent-replayed']).toBeUndefined();
  });

  it('keeps keys per staff member', async () => {
    const key = randomUUID();
    const first = newClient();
    const second = newClient();
    expect((await createClient(key, first)).status).toBe(201);
    const byOwner = await testApp.as('owner').post('/api/clients').set('Idempotency-Key', key).send(second);
    expect(byOwner.status).toBe(201);
    expect(byOwner.headers['idempotent-replayed']).toBeUndefined();
  });

  it('refuses a malformed key', async () => {
    for (const key of ['', 'with space', 'ünïcode', 'x'.repeat(256)]) {
      const client = newClient();
      const response = await createClient(key, client);
      expect(response.status).toBe(400);
      expect(response.body.errors[0].field).toBe('Idempotency-Key');
      expect(await clientsNamed(client.lastName)).toBe(0);
    }
  });

  it('forgets keys after a day, clearing old ones as new ones come', async () => {
    const key = randomUUID();
    const client = newClient();
    expect((await createClient(key, client)).status).toBe(201);
    await testApp.database.$executeRaw`UPDATE idempotency_keys SET created_at = now() - make_interval(hours => ${KEY_LIFETIME_HOURS + 1}) WHERE key = ${key}`;
    expect((await createClient(randomUUID(), newClient())).status).toBe(201);
    expect(await testApp.database.idempotencyKey.count({ where: { key } })).toBe(0);
  });

  it('lets a repeat run again when the first request died without an answer', async () => {
    const key = randomUUID();
    const client = newClient();
    const staffId = testApp.staff.receptionist.id;
    const fingerprint = 'f'.repeat(64);
    await testApp.database.$executeRaw`INSERT INTO idempotency_keys (staff_id, key, request, fingerprint) VALUES (${staffId}::uuid, ${key}, 'POST /api/clients', ${fingerprint})`;
    expect((await createClient(key, client)).status).toBe(422);
    await testApp.database.$executeRaw`UPDATE idempotency_keys SET fingerprint = ${requestFingerprint(client)} WHERE key = ${key}`;
    expect((await createClient(key, client)).status).toBe(409);
    await testApp.database.$executeRaw`UPDATE idempotency_keys SET created_at = now() - make_interval(secs => ${ABANDONED_AFTER_SECONDS + 1}) WHERE key = ${key}`;
    expect((await createClient(key, client)).status).toBe(201);
  });

  it('is accepted by every creation endpoint and documented there', async () => {
    const document = (await testApp.http.get('/api/openapi.json')).body as { paths: Record<string, Record<string, { parameters: { name: string; in: string }[] }>> };
    const withHeader = Object.entries(document.paths).flatMap(([path, operations]) =>
      Object.entries(operations)
        .filter(([, operation]) => operation.parameters.some((parameter) => parameter.in === 'header' && parameter.name === 'Idempotency-Key'))
        .map(([method]) => `${method.toUpperCase()} ${path}`),
    );
    expect(withHeader).toEqual(expect.arrayContaining(['POST /api/clients', 'POST /api/appointments', 'POST /api/treatment-plans', 'POST /api/rooms', 'POST /api/staff']));
    expect(withHeader.every((route) => route.startsWith('POST '))).toBe(true);
  });

  it('covers uploads: a repeated photo is stored once, another file under the same key is refused', async () => {
    await openClinic(testApp);
    const artist = testApp.as('artist');
    const clientId = (await testApp.as('receptionist').post('/api/clients').send(newClient())).body.id as string;
    const consultation = await artist
      .post(`/api/clients/${clientId}/consultations`)
      .send({ artistId: testApp.staff.artist.id, mode: 'in_person', startsAt: at(dayFromToday(5), '10:00'), durationMinutes: 45 });
    expect(consultation.status).toBe(201);
    const photos = `/api/clients/${clientId}/consultations/${consultation.body.id}/photos`;
    const upload = (key: string, photo: Buffer) => artist.post(photos).set('Idempotency-Key', key).field('view', 'front').attach('file', photo, 'front.jpg');
    const photo = await jpegPhoto(64, 48);
    const key = randomUUID();

    const first = await upload(key, photo);
    expect(first.status).toBe(201);
    const repeat = await upload(key, photo);
    expect(repeat.status).toBe(201);
    expect(repeat.headers['idempotent-replayed']).toBe('true');
    expect(repeat.body).toEqual(first.body);
    expect((await upload(key, await jpegPhoto(48, 64))).status).toBe(422);
    expect(await testApp.database.clientPhoto.count({ where: { clientId } })).toBe(1);
  });
});
