import { afterAll, beforeAll, beforeEach, describe, expect, it, jest } from '@jest/globals';
import { VIEW_READ_WINDOW_MINUTES } from './audit.service.js';
import { createTestApp, type TestApp } from '../test-support/test-app.js';

let testApp: TestApp;
beforeAll(async () => {
  testApp = await createTestApp();
});
afterAll(async () => {
  await testApp.close();
});
beforeEach(async () => {
  await testApp.resetClinicalData();
});

/** Everything but the wall clock: the test moves the app's clock on, not its timers. */
const TIMERS_KEPT_REAL = ['hrtime', 'nextTick', 'performance', 'queueMicrotask', 'setImmediate', 'clearImmediate', 'setInterval', 'clearInterval', 'setTimeout', 'clearTimeout'] as const;

const trail = async (query: Record<string, string> = {}) => {
  const response = await testApp.as('owner').get('/api/audit-events').query(query);
  expect(response.status).toBe(200);
  return response.body as { items: Record<string, unknown>[]; nextCursor: string | null };
};

describe('the audit trail of client records', () => {
  it('records who created, read, changed, archived and restored a client, from where, and which fields changed', async () => {
    const api = testApp.as('receptionist');
    const created = (await api.post('/api/clients').set('X-Request-Id', 'req-create-1').send({ firstName: 'Ana', lastName: 'Lopez', phone: '(415) 555-0199', notes: 'Norwood 3' })).body;
    await api.get(`/api/clients/${created.id}`);
    await api.patch(`/api/clients/${created.id}`).send({ notes: 'Norwood 4', lastName: 'Lopez' });
    await testApp.as('owner').post(`/api/clients/${created.id}/archive`);
    await testApp.as('owner').post(`/api/clients/${created.id}/restore`);

    const { items } = await trail({ clientId: created.id });
    expect(items.map((event) => event.action)).toEqual(['client.restore', 'client.archive', 'client.update', 'client.read', 'client.create']);
    const [restore, , update, read, create] = items;
    expect(create).toMatchObject({
      actor: { id: testApp.staff.receptionist.id, name: 'Rita Reception' },
      client: { id: created.id, name: 'Ana Lopez' },
      entityType: 'client',
      entityId: created.id,
      requestId: 'req-create-1',
      address: expect.stringMatching(/127\.0\.0\.1|::1/),
      changedFields: expect.arrayContaining(['firstName', 'lastName', 'phone', 'notes']),
    });
    expect(read).toMatchObject({ action: 'client.read', changedFields: [] });
    // Only what really changed, and never the values.
    expect(update).toMatchObject({ changedFields: ['notes'], details: {} });
    expect(JSON.stringify(items)).not.toContain('Norwood');
    expect(restore).toMatchObject({ actor: { id: testApp.staff.owner.id }, changedFields: ['archivedAt'] });
  });

  it('records one opening per page view, however often the page reads the same parts, even at once; reading more is a second event', async () => {
    const created = (await testApp.as('receptionist').post('/api/clients').send({ firstName: 'Ana', lastName: 'Lopez', phone: '(415) 555-0199' })).body;
    const artist = testApp.as('artist');
    const firstView = '0f8b6c8e-2d4a-4c1e-9b7a-3e5d6f7a8b9c';
    const summary = (view: string) => artist.get(`/api/clients/${created.id}`).query({ view });
    const historyReads = (view: string) =>
      Promise.all([artist.get(`/api/clients/${created.id}/history`).query({ view }), artist.get(`/api/clients/${created.id}/history`).query({ view, types: 'session', limit: 1 })]);
    const reads = async () => (await trail({ clientId: created.id, action: 'client.read' })).items;

    expect((await Promise.all([summary(firstView), summary(firstView)])).map((response) => response.status)).toEqual([200, 200]);
    expect(await reads()).toEqual([expect.objectContaining({ actor: expect.objectContaining({ id: testApp.staff.artist.id }), details: { view: firstView } })]);
    // The same view goes on to read the history: the trail says so, once.
    expect((await historyReads(firstView)).map((response) => response.status)).toEqual([200, 200]);
    expect((await reads()).map((event) => event.details)).toEqual([{ view: firstView, history: true }, { view: firstView }]);
    // Coming back to the window refetches the same view's parts: nothing new.
    await Promise.all([summary(firstView), historyReads(firstView)]);
    expect(await reads()).toHaveLength(2);

    await Promise.all([summary('5a1d2c3b-4e5f-4a6b-8c7d-9e0f1a2b3c4d'), historyReads('5a1d2c3b-4e5f-4a6b-8c7d-9e0f1a2b3c4d')]);
    const secondView = (await reads()).filter((event) => (event.details as { view: string }).view !== firstView);
    expect(secondView.some((event) => (event.details as { history?: boolean }).history)).toBe(true);
    expect((await artist.get(`/api/clients/${created.id}`).query({ view: 'not-a-view' })).status).toBe(400);
  });

  it('records the same page view again once it has been open longer than the window, as a page left open overnight', async () => {
    const created = (await testApp.as('receptionist').post('/api/clients').send({ firstName: 'Ana', lastName: 'Lopez', phone: '(415) 555-0199' })).body;
    const view = '0f8b6c8e-2d4a-4c1e-9b7a-3e5d6f7a8b9c';
    const open = () => testApp.as('artist').get(`/api/clients/${created.id}`).query({ view });
    const reads = async () => (await trail({ clientId: created.id, action: 'client.read' })).items;
    await open();
    // Only the app's clock moves on; timers, and the database's clock, keep running as they are.
    jest.useFakeTimers({ now: Date.now() + (VIEW_READ_WINDOW_MINUTES - 1) * 60_000, doNotFake: [...TIMERS_KEPT_REAL] });
    try {
      await open();
      expect(await reads()).toHaveLength(1);
      jest.setSystemTime(Date.now() + 2 * 60_000);
      await open();
      expect(await reads()).toHaveLength(2);
    } finally {
      jest.useRealTimers();
    }
  });

  it('records nothing for a refused change, and the change does not happen', async () => {
    const api = testApp.as('receptionist');
    const created = (await api.post('/api/clients').send({ firstName: 'Ana', lastName: 'Lopez', phone: '(415) 555-0199' })).body;
    expect((await api.patch(`/api/clients/${created.id}`).send({ phone: null })).status).toBe(400);
    expect((await trail({ clientId: created.id })).items.map((event) => event.action)).toEqual(['client.create']);
  });

  it('records sign-ins and failed sign-ins, with the email tried but no actor', async () => {
    await testApp.http.post('/api/auth/login').send({ email: 'artist@clinic.test', password: 'a wrong guess' });
    const failed = (await trail({ action: 'auth.sign_in_failed' })).items[0];
    expect(failed).toMatchObject({ actor: null, entityId: testApp.staff.artist.id, details: { email: 'artist@clinic.test', reason: 'wrong_password' } });
    expect(JSON.stringify(failed)).not.toContain('a wrong guess');

    // What was typed as an unknown email may be a password typed in the wrong box: it is not kept.
    await testApp.http.post('/api/auth/login').send({ email: 'hunter2-my-password', password: 'x' });
    const unknown = (await trail({ action: 'auth.sign_in_failed' })).items[0];
    expect(unknown).toMatchObject({ actor: null, entityId: null, details: { reason: 'unknown_email' } });
    expect(JSON.stringify(unknown)).not.toContain('hunter2');
  });
});

describe('the audit trail is append-only', () => {
  it('cannot be changed, deleted, emptied or unprotected through the app’s database role', async () => {
    await testApp.as('receptionist').post('/api/clients').send({ firstName: 'Ana', lastName: 'Lopez', phone: '(415) 555-0199' });
    const before = await testApp.database.auditEvent.count();
    expect(before).toBeGreaterThan(0);
    await expect(testApp.database.$executeRaw`UPDATE audit_events SET action = 'client.read'`).rejects.toThrow(/permission denied/);
    await expect(testApp.database.$executeRaw`DELETE FROM audit_events`).rejects.toThrow(/permission denied/);
    await expect(testApp.database.$executeRaw`TRUNCATE audit_events`).rejects.toThrow(/permission denied/);
    await expect(testApp.database.$executeRaw`ALTER TABLE audit_events DISABLE TRIGGER ALL`).rejects.toThrow(/must be owner/);
    expect(await testApp.database.auditEvent.count()).toBe(before);
  });

  it('stops even the role that owns the table, short of disabling its triggers', async () => {
    await testApp.as('receptionist').post('/api/clients').send({ firstName: 'Ana', lastName: 'Lopez', phone: '(415) 555-0199' });
    await expect(testApp.testDatabase.asOwner(`UPDATE audit_events SET action = 'client.read'`)).rejects.toThrow(/append-only/);
    await expect(testApp.testDatabase.asOwner('DELETE FROM audit_events')).rejects.toThrow(/append-only/);
  });

  it('offers no endpoint to change or delete events', async () => {
    for (const method of ['put', 'patch', 'delete'] as const) {
      expect((await testApp.as('owner')[method]('/api/audit-events').send({})).status).toBe(404);
    }
  });
});

describe('listing the audit trail', () => {
  beforeEach(async () => {
    const reception = testApp.as('receptionist');
    const first = (await reception.post('/api/clients').send({ firstName: 'Ana', lastName: 'Lopez', phone: '(415) 555-0199' })).body;
    const second = (await testApp.as('artist').post('/api/clients').send({ firstName: 'Ben', lastName: 'Ng', phone: '(415) 555-0198' })).body;
    await reception.get(`/api/clients/${first.id}`);
    await reception.get(`/api/clients/${second.id}`);
  });

  it('filters by staff member, action and client', async () => {
    expect((await trail({ staffId: testApp.staff.artist.id })).items.map((event) => event.action)).toEqual(['client.create']);
    const reads = (await trail({ action: 'client.read' })).items;
    expect(reads.map((event) => (event.client as { name: string }).name)).toEqual(['Ben Ng', 'Ana Lopez']);
  });

  it('filters by a time range, from inclusive and to exclusive', async () => {
    const all = (await trail()).items;
    const newest = all[0]!.occurredAt as string;
    expect((await trail({ from: newest })).items.map((event) => event.id)).toEqual([all[0]!.id]);
    expect((await trail({ to: newest })).items.map((event) => event.id)).not.toContain(all[0]!.id);
    expect((await trail({ from: '2000-01-01T00:00:00Z', to: '2000-01-02T00:00:00+01:00' })).items).toEqual([]);
  });

  it('pages newest first without gaps or repeats', async () => {
    const all = (await trail()).items.map((event) => event.id);
    const first = await trail({ limit: '3' });
    const second = await trail({ limit: '3', cursor: first.nextCursor! });
    expect([...first.items, ...second.items].map((event) => event.id)).toEqual(all.slice(0, 6));
    expect(Number(all[0])).toBeGreaterThan(Number(all[1]));
  });

  it('refuses bad filters with field errors', async () => {
    const response = await testApp.as('owner').get('/api/audit-events').query({ staffId: 'x', action: 'client.delete', from: 'yesterday', cursor: 'zzz' });
    expect(response.status).toBe(400);
    expect(response.body.errors.map((error: { field: string }) => error.field).sort()).toEqual(['action', 'from', 'staffId']);
    expect((await testApp.as('owner').get('/api/audit-events').query({ cursor: 'zzz' })).status).toBe(400);
    const beyondBigint = Buffer.from(JSON.stringify(['9999999999999999999'])).toString('base64url');
    expect((await testApp.as('owner').get('/api/audit-events').query({ cursor: beyondBigint })).status).toBe(400);
    expect((await testApp.as('owner').get('/api/audit-events').query({ from: '2026-02-01T00:00:00Z', to: '2026-01-01T00:00:00Z' })).body.errors).toEqual([
      { field: 'to', message: 'Must be after from' },
    ]);
  });
});
