import { afterAll, beforeAll, beforeEach, describe, expect, it } from '@jest/globals';
import { createTestApp, type TestAgent, type TestApp } from '../test-support/test-app.js';

let testApp: TestApp;
let api: TestAgent;
beforeAll(async () => {
  testApp = await createTestApp();
  api = testApp.as('receptionist');
});
afterAll(async () => {
  await testApp.close();
});
beforeEach(async () => {
  await testApp.resetClinicalData();
});

const sam = {
  firstName: 'Sam',
  lastName: 'Taylor',
  dateOfBirth: '1985-04-12',
  sex: 'male',
  phone: '(415) 555-0142',
  email: '  Sam.Taylor@Example.COM ',
  preferredContact: 'sms',
  address: { line1: '1 Market St', city: 'San Francisco', postalCode: '94105' },
  notes: 'Norwood 4',
  referralSource: 'search_engine',
};

async function createClient(body: Record<string, unknown>, query = '') {
  const response = await api.post(`/api/clients${query}`).send(body);
  expect(response.status).toBe(201);
  return response.body as { id: string } & Record<string, unknown>;
}

function expectProblem(response: { status: number; headers: Record<string, string>; body: Record<string, unknown> }, status: number) {
  expect(response.status).toBe(status);
  expect(response.headers['content-type']).toMatch(/^application\/problem\+json/);
  expect(response.body).toMatchObject({ status, title: expect.any(String), type: expect.any(String) });
}

describe('creating and reading clients', () => {
  it('stores a client with normalised phone and email and reads it back', async () => {
    const created = await createClient(sam);
    expect(created).toMatchObject({
      firstName: 'Sam',
      lastName: 'Taylor',
      phone: '+14155550142',
      email: 'sam.taylor@example.com',
      dateOfBirth: '1985-04-12',
      address: { line1: '1 Market St', line2: null, city: 'San Francisco', postalCode: '94105' },
      archivedAt: null,
    });
    const read = await api.get(`/api/clients/${created.id}`);
    expect(read.status).toBe(200);
    expect(read.body).toEqual(created);
    // The list shows the same calendar date, whatever the server's own time zone.
    expect((await api.get('/api/clients?q=taylor')).body.items[0]).toMatchObject({ id: created.id, dateOfBirth: '1985-04-12' });
    // Health data on shared front-desk browsers: never kept in a cache.
    expect(read.headers['cache-control']).toBe('no-store');
    expect((await api.get('/api/clients')).headers['cache-control']).toBe('no-store');
  });

  it('answers field-level problems for invalid input and writes nothing', async () => {
    const response = await api.post('/api/clients').send({ ...sam, firstName: '', phone: '12', email: 'not-an-email', dateOfBirth: '2999-01-01', sex: 'robot' });
    expectProblem(response, 400);
    const fields = (response.body.errors as { field: string }[]).map((error) => error.field).sort();
    expect(fields).toEqual(['dateOfBirth', 'email', 'firstName', 'phone', 'sex']);
    expect(await testApp.database.client.count()).toBe(0);
  });

  it('requires a way to reach the client, by the channel they prefer', async () => {
    const noContact = await api.post('/api/clients').send({ firstName: 'A', lastName: 'B' });
    expectProblem(noContact, 400);
    expect(noContact.body.errors).toEqual([{ field: 'phone', message: 'Give a phone number or an email address' }]);

    const emailWithoutAddress = await api.post('/api/clients').send({ firstName: 'A', lastName: 'B', phone: '(415) 555-0100', preferredContact: 'email' });
    expectProblem(emailWithoutAddress, 400);
    expect(emailWithoutAddress.body.errors).toEqual([{ field: 'email', message: 'Email is the preferred contact, so an email address is needed' }]);
  });

  it('rejects wrong types and unknown fields', async () => {
    const response = await api.post('/api/clients').send({ firstName: 42, lastName: 'B', email: 'a@b.co', fristName: 'x' });
    expectProblem(response, 400);
    expect(response.body.errors).toEqual(
      expect.arrayContaining([
        { field: 'firstName', message: 'Enter text' },
        { field: 'body', message: 'Unknown field: fristName' },
      ]),
    );
  });

  it('answers malformed JSON, non-JSON bodies and oversized bodies with problems', async () => {
    const malformed = await api.post('/api/clients').set('Content-Type', 'application/json').send('{"firstName": ');
    expectProblem(malformed, 400);
    expect(malformed.body.type).toBe('/problems/malformed-json');

    const text = await api.post('/api/clients').set('Content-Type', 'text/plain').send('hello');
    expectProblem(text, 415);

    const huge = await api.post('/api/clients').send({ ...sam, notes: 'x'.repeat(200_000) });
    expectProblem(huge, 413);

    const notAnObject = await api.post('/api/clients').send([1, 2]);
    expectProblem(notAnObject, 400);
    expect(await testApp.database.client.count()).toBe(0);
  });

  it('answers unknown and malformed ids with 404 and 400', async () => {
    const unknown = await api.get('/api/clients/1b9d6bcd-bbfd-4b2d-9b5d-ab8dfbbd4bed');
    expectProblem(unknown, 404);
    const malformed = await api.get('/api/clients/42');
    expectProblem(malformed, 400);
    expect(malformed.body.errors).toEqual([{ field: 'id', message: 'Not a client id' }]);
    for (const path of ['archive', 'restore']) {
      expectProblem(await api.post(`/api/clients/1b9d6bcd-bbfd-4b2d-9b5d-ab8dfbbd4bed/${path}`), 404);
    }
    expectProblem(await api.patch('/api/clients/1b9d6bcd-bbfd-4b2d-9b5d-ab8dfbbd4bed').send({ notes: 'x' }), 404);
  });

  it('answers unknown API paths with a problem, not the web app', async () => {
    expectProblem(await api.get('/api/no-such-thing'), 404);
  });
});

describe('duplicates', () => {
  it('warns instead of creating a second client with the same email or phone', async () => {
    const first = await createClient(sam);
    const again = await api.post('/api/clients').send({ firstName: 'Samuel', lastName: 'Taylor', email: 'SAM.TAYLOR@example.com', phone: '415-555-0142' });
    expectProblem(again, 409);
    expect(again.body.type).toBe('/problems/possible-duplicate');
    expect(again.body.duplicates).toEqual([{ id: first.id, firstName: 'Sam', lastName: 'Taylor', matchedOn: ['email', 'phone'], archived: false }]);
    expect(await testApp.database.client.count()).toBe(1);

    await createClient({ firstName: 'Samuel', lastName: 'Taylor', email: 'sam.taylor@example.com' }, '?confirmDuplicate=true');
    expect(await testApp.database.client.count()).toBe(2);
  });

  it('warns when an update takes another client’s phone', async () => {
    await createClient(sam);
    const other = await createClient({ firstName: 'Ana', lastName: 'Lopez', phone: '(415) 555-0199' });
    const response = await api.patch(`/api/clients/${other.id}`).send({ phone: '+1 415 555 0142' });
    expectProblem(response, 409);
    const confirmed = await api.patch(`/api/clients/${other.id}?confirmDuplicate=true`).send({ phone: '+1 415 555 0142' });
    expect(confirmed.status).toBe(200);
  });
});

describe('updating, archiving and restoring', () => {
  it('changes only the fields sent, and null clears an optional field', async () => {
    const created = await createClient(sam);
    const response = await api.patch(`/api/clients/${created.id}`).send({ notes: null, address: { city: 'Oakland' }, lastName: 'Taylor-Reed' });
    expect(response.status).toBe(200);
    expect(response.body).toMatchObject({
      lastName: 'Taylor-Reed',
      notes: null,
      address: { line1: '1 Market St', city: 'Oakland', postalCode: '94105' },
      email: 'sam.taylor@example.com',
    });
    expect(new Date(response.body.updatedAt).getTime()).toBeGreaterThanOrEqual(new Date(created.updatedAt as string).getTime());
  });

  it('checks the merged record, so the last contact detail cannot be removed', async () => {
    const created = await createClient({ firstName: 'Ana', lastName: 'Lopez', phone: '(415) 555-0199' });
    const response = await api.patch(`/api/clients/${created.id}`).send({ phone: null });
    expectProblem(response, 400);
    expect((await api.get(`/api/clients/${created.id}`)).body.phone).toBe('+14155550199');
  });

  it('refuses an empty patch', async () => {
    const created = await createClient(sam);
    expectProblem(await api.patch(`/api/clients/${created.id}`).send({}), 400);
  });

  it('archives without deleting, hides the client from lists, and restores', async () => {
    const created = await createClient(sam);
    const archived = await api.post(`/api/clients/${created.id}/archive`);
    expect(archived.status).toBe(200);
    expect(archived.body.archivedAt).toEqual(expect.any(String));

    expect((await api.get('/api/clients')).body.items).toEqual([]);
    expect((await api.get('/api/clients?status=archived')).body.items.map((c: { id: string }) => c.id)).toEqual([created.id]);
    expect((await api.get(`/api/clients/${created.id}`)).status).toBe(200);
    expectProblem(await api.patch(`/api/clients/${created.id}`).send({ notes: 'x' }), 409);

    const restored = await api.post(`/api/clients/${created.id}/restore`);
    expect(restored.body.archivedAt).toBeNull();
    expect((await api.get('/api/clients')).body.items).toHaveLength(1);
  });
});

describe('listing and searching', () => {
  const names = [
    ['José', 'Álvarez', '(212) 555-0102', 'jose.alvarez@example.com'],
    ['Zoë', 'Papadopoulos', '(503) 555-0113', 'zoe.p@example.com'],
    ['Liam', 'O’Connor', '(617) 555-0114', 'liam@example.com'],
    ['Anna', 'Novak', null, 'anna.novak@example.com'],
    ['Annabel', 'Novak', '(415) 555-0177', 'annabel@example.com'],
  ] as const;

  beforeEach(async () => {
    for (const [firstName, lastName, phone, email] of names) await createClient({ firstName, lastName, phone, email });
  });

  const search = async (q: string) => ((await api.get('/api/clients').query({ q })).body.items as { firstName: string }[]).map((c) => c.firstName);

  it('lists by surname then first name, ignoring accents', async () => {
    expect(await search('')).toEqual(['José', 'Anna', 'Annabel', 'Liam', 'Zoë']);
  });

  it('finds partial, case- and accent-insensitive name matches', async () => {
    expect(await search('alvar')).toEqual(['José']);
    expect(await search('ÁLVAREZ jose')).toEqual(['José']);
    expect(await search('zoe')).toEqual(['Zoë']);
    expect(await search('novak ann')).toEqual(['Anna', 'Annabel']);
  });

  it('finds by email and by any part of the phone number as typed', async () => {
    expect(await search('annabel@')).toEqual(['Annabel']);
    expect(await search('555-0113')).toEqual(['Zoë']);
    expect(await search('(617) 555')).toEqual(['Liam']);
  });

  it('treats % and _ as literal characters', async () => {
    expect(await search('%')).toEqual([]);
    expect(await search('_')).toEqual([]);
  });

  it('pages with a cursor, without gaps or repeats, even when clients are added between pages', async () => {
    const first = await api.get('/api/clients?limit=2');
    expect(first.body.items).toHaveLength(2);
    await createClient({ firstName: 'Aaron', lastName: 'Aaronson', email: 'aaron@example.com' });
    const second = await api.get(`/api/clients?limit=2&cursor=${first.body.nextCursor}`);
    const third = await api.get(`/api/clients?limit=2&cursor=${second.body.nextCursor}`);
    expect(third.body.nextCursor).toBeNull();
    const seen = [...first.body.items, ...second.body.items, ...third.body.items].map((c: { firstName: string }) => c.firstName);
    expect(seen).toEqual(['José', 'Anna', 'Annabel', 'Liam', 'Zoë']);
  });

  it('validates paging and filter parameters', async () => {
    expectProblem(await api.get('/api/clients?limit=500'), 400);
    expectProblem(await api.get('/api/clients?limit=abc'), 400);
    expectProblem(await api.get('/api/clients?status=deleted'), 400);
    expectProblem(await api.get('/api/clients?cursor=garbage'), 400);
    expectProblem(await api.get(`/api/clients?q=${'x'.repeat(101)}`), 400);
    expectProblem(await api.get('/api/clients?q=a&q=b'), 400);
  });
});
