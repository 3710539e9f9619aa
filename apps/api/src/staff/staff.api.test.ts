import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { createTestApp, type TestApp } from '../test-support/test-app.js';

let testApp: TestApp;
beforeAll(async () => {
  testApp = await createTestApp();
});
afterAll(async () => {
  await testApp.close();
});

const owner = () => testApp.as('owner');
let emailNumber = 0;
const newEmail = () => `person${++emailNumber}@clinic.test`;

async function addStaff(role: 'owner' | 'receptionist' | 'artist', name = 'Jamie Doe') {
  const response = await owner().post('/api/staff').send({ name, email: newEmail(), role, password: 'a long first password' });
  expect(response.status).toBe(201);
  return response.body as { id: string; email: string };
}

describe('adding staff', () => {
  it('creates an account that can sign in with its first password', async () => {
    const response = await owner().post('/api/staff').send({ name: ' Nina Patel ', email: ' Nina.Patel@Clinic.TEST', role: 'artist', password: 'a long first password' });
    expect(response.status).toBe(201);
    expect(response.body).toMatchObject({ name: 'Nina Patel', email: 'nina.patel@clinic.test', role: 'artist', status: 'active', certifications: [] });
    expect(response.body).not.toHaveProperty('passwordHash');
    const login = await testApp.http.post('/api/auth/login').send({ email: 'nina.patel@clinic.test', password: 'a long first password' });
    expect(login.status).toBe(200);
  });

  it('answers a taken email on the email field, and bad input field by field', async () => {
    const taken = await owner().post('/api/staff').send({ name: 'Other', email: 'OWNER@clinic.test', role: 'artist', password: 'a long first password' });
    expect(taken.status).toBe(409);
    expect(taken.body.errors).toEqual([{ field: 'email', message: 'Another staff member already signs in with this email' }]);

    const invalid = await owner().post('/api/staff').send({ name: '', email: 'nope', role: 'janitor', password: 'short' });
    expect(invalid.status).toBe(400);
    expect(invalid.body.errors.map((error: { field: string }) => error.field).sort()).toEqual(['email', 'name', 'password', 'role']);
  });
});

describe('listing and changing staff', () => {
  it('lists by name with status and role filters, page by page', async () => {
    const deactivated = await addStaff('receptionist', 'Zed Former');
    await owner().post(`/api/staff/${deactivated.id}/deactivate`);
    const active = (await owner().get('/api/staff?limit=100')).body.items.map((staff: { name: string }) => staff.name);
    expect(active).toEqual([...active].sort());
    expect(active).not.toContain('Zed Former');
    expect((await owner().get('/api/staff?status=deactivated')).body.items.map((staff: { name: string }) => staff.name)).toContain('Zed Former');
    expect((await owner().get('/api/staff?role=owner')).body.items.every((staff: { role: string }) => staff.role === 'owner')).toBe(true);

    const first = await owner().get('/api/staff?limit=2&status=all');
    const second = await owner().get(`/api/staff?limit=2&status=all&cursor=${first.body.nextCursor}`);
    expect(second.body.items[0].name >= first.body.items[1].name).toBe(true);
    expect((await owner().get('/api/staff?cursor=nonsense')).status).toBe(400);
  });

  it('changes name, email and role', async () => {
    const person = await addStaff('receptionist');
    const response = await owner().patch(`/api/staff/${person.id}`).send({ role: 'artist', name: 'Jamie Doe-Smith' });
    expect(response.status).toBe(200);
    expect(response.body).toMatchObject({ role: 'artist', name: 'Jamie Doe-Smith' });
    expect((await owner().patch(`/api/staff/${person.id}`).send({ email: 'artist@clinic.test' })).status).toBe(409);
    expect((await owner().get('/api/staff/7d1f6a1e-3c1e-4b8e-9a51-52b5a0c1e2f3')).status).toBe(404);
  });

  it('never leaves the clinic without an active owner', async () => {
    const me = testApp.staff.owner.id;
    const demote = await owner().patch(`/api/staff/${me}`).send({ role: 'receptionist' });
    expect(demote.status).toBe(409);
    expect(demote.body.detail).toMatch(/needs an active owner/);
    expect((await owner().post(`/api/staff/${me}/deactivate`)).status).toBe(409);

    const second = await addStaff('owner', 'Second Owner');
    const secondOwner = testApp.http.post('/api/auth/token').send({ email: second.email, password: 'a long first password' });
    const secondToken = (await secondOwner).body.token as string;
    expect((await testApp.http.post(`/api/staff/${me}/deactivate`).set('Authorization', `Bearer ${secondToken}`)).status).toBe(200);
    expect((await testApp.http.post(`/api/staff/${me}/reactivate`).set('Authorization', `Bearer ${secondToken}`)).status).toBe(200);
    // The token of the first owner ended with the deactivation.
    expect((await owner().get('/api/staff')).status).toBe(401);
    testApp.staff.owner.token = await testApp.newToken('owner');
  });

  it('lets an owner set a new password, which ends the person’s sessions', async () => {
    const person = await addStaff('receptionist');
    const token = (await testApp.http.post('/api/auth/token').send({ email: person.email, password: 'a long first password' })).body.token;
    expect((await owner().post(`/api/staff/${person.id}/password`).send({ newPassword: 'a new temporary one' })).status).toBe(204);
    expect((await testApp.http.get('/api/auth/me').set('Authorization', `Bearer ${token}`)).status).toBe(401);
    expect((await testApp.http.post('/api/auth/login').send({ email: person.email, password: 'a new temporary one' })).status).toBe(200);
    expect((await owner().post(`/api/staff/${person.id}/password`).send({ newPassword: 'x' })).status).toBe(400);
    const ownOwn = await owner().post(`/api/staff/${testApp.staff.owner.id}/password`).send({ newPassword: 'taken over for good' });
    expect(ownOwn.status).toBe(409);
  });
});

describe('artists’ certifications', () => {
  it('are added, listed soonest expiry first, and removed from the current list but kept on file', async () => {
    const artist = await addStaff('artist');
    const add = (body: object) => owner().post(`/api/staff/${artist.id}/certifications`).send(body);
    expect((await add({ name: 'SMP practitioner', issuer: 'SMP Academy', issuedOn: '2025-01-10', expiresOn: '2027-01-10' })).status).toBe(201);
    const withBoth = (await add({ name: 'Bloodborne pathogens', expiresOn: '2026-12-01' })).body;
    expect(withBoth.certifications.map((certification: { name: string }) => certification.name)).toEqual(['Bloodborne pathogens', 'SMP practitioner']);

    const removed = await owner().delete(`/api/staff/${artist.id}/certifications/${withBoth.certifications[0].id}`);
    expect(removed.status).toBe(200);
    expect(removed.body.certifications.map((certification: { name: string }) => certification.name)).toEqual(['SMP practitioner']);
    expect(await testApp.database.artistCertification.count({ where: { staffId: artist.id } })).toBe(2);
    expect((await owner().delete(`/api/staff/${artist.id}/certifications/${withBoth.certifications[0].id}`)).status).toBe(404);
  });

  it('are refused for non-artists and for dates that make no sense', async () => {
    const receptionist = await addStaff('receptionist');
    expect((await owner().post(`/api/staff/${receptionist.id}/certifications`).send({ name: 'X', expiresOn: '2027-01-01' })).status).toBe(409);
    const artist = await addStaff('artist');
    const backwards = await owner().post(`/api/staff/${artist.id}/certifications`).send({ name: 'X', issuedOn: '2027-01-01', expiresOn: '2026-01-01' });
    expect(backwards.status).toBe(400);
    expect(backwards.body.errors).toEqual([{ field: 'expiresOn', message: 'Must be after the date it was issued' }]);
  });
});

describe('the staff trail', () => {
  it('records staff changes without passwords', async () => {
    const person = await addStaff('receptionist');
    await owner().post(`/api/staff/${person.id}/password`).send({ newPassword: 'another long password' });
    const events = (await owner().get('/api/audit-events').query({ staffId: testApp.staff.owner.id, limit: '100' })).body.items;
    const about = events.filter((event: { entityId: string }) => event.entityId === person.id);
    expect(about.map((event: { action: string }) => event.action)).toEqual(['staff.password_reset', 'staff.create']);
    expect(JSON.stringify(about)).not.toMatch(/another long password|a long first password/);
  });
});
