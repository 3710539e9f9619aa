import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { signInPolicy } from './sign-in-throttle.js';
import { createTestApp, TEST_PASSWORD, type TestApp } from '../test-support/test-app.js';

let testApp: TestApp;
let nextAddress = 1;
beforeAll(async () => {
  // One reverse proxy believed, so each test can sign in from an address of its own.
  testApp = await createTestApp({ TRUST_PROXY: '1' });
});
afterAll(async () => {
  await testApp.close();
});

/** A client machine of its own for each test, so throttles do not leak between tests. */
function fromNewAddress() {
  const address = `203.0.113.${nextAddress++}`;
  return {
    address,
    login: (email: string, password: string) => testApp.http.post('/api/auth/login').set('X-Forwarded-For', address).send({ email, password }),
  };
}

async function signInWithCookie(email: string, password = TEST_PASSWORD) {
  const response = await fromNewAddress().login(email, password);
  expect(response.status).toBe(200);
  const cookie = response.headers['set-cookie']![0]!.split(';')[0]!;
  return { cookie, csrfToken: response.body.csrfToken as string, body: response.body };
}

async function createStaff(role: 'artist' | 'receptionist', email: string) {
  const response = await testApp.as('owner').post('/api/staff').send({ name: 'New Person', email, role, password: TEST_PASSWORD });
  expect(response.status).toBe(201);
  return response.body as { id: string };
}

describe('signing in to the web app', () => {
  it('sets an httpOnly, SameSite=Lax session cookie and answers who is signed in', async () => {
    const response = await fromNewAddress().login('  Receptionist@Clinic.test ', TEST_PASSWORD);
    expect(response.status).toBe(200);
    expect(response.body).toMatchObject({
      staff: { id: testApp.staff.receptionist.id, role: 'receptionist', name: 'Rita Reception' },
      csrfToken: expect.any(String),
      idleMinutes: 30,
    });
    const setCookie = response.headers['set-cookie']![0]!;
    expect(setCookie).toMatch(/^smp_session=/);
    expect(setCookie).toMatch(/HttpOnly/);
    expect(setCookie).toMatch(/SameSite=Lax/);
    expect(setCookie).not.toMatch(/Secure/);
    // The page may read that a session exists (to load the clinic's settings alongside it), never the session itself.
    // supertest types headers as strings; Set-Cookie comes as one string per cookie.
    const hint = (response.headers['set-cookie'] as unknown as string[]).find((cookie) => cookie.startsWith('smp_signed_in='));
    expect(hint).toMatch(/^smp_signed_in=1;/);
    expect(hint).not.toMatch(/HttpOnly/);

    const me = await testApp.http.get('/api/auth/me').set('Cookie', setCookie.split(';')[0]!);
    expect(me.status).toBe(200);
    expect(me.body.staff.email).toBe('receptionist@clinic.test');
  });

  it('gives the same answer for an unknown email, a wrong password and a deactivated account', async () => {
    const artist = await createStaff('artist', 'leaving@clinic.test');
    await testApp.as('owner').post(`/api/staff/${artist.id}/deactivate`);
    const client = fromNewAddress();
    const answers = await Promise.all([
      client.login('nobody@clinic.test', TEST_PASSWORD),
      client.login('owner@clinic.test', 'not the password'),
      client.login('leaving@clinic.test', TEST_PASSWORD),
    ]);
    for (const answer of answers) {
      expect(answer.status).toBe(401);
      expect(answer.headers['set-cookie']).toBeUndefined();
      const { instance: _instance, requestId: _requestId, ...problem } = answer.body;
      expect(problem).toEqual({ type: '/problems/invalid-credentials', title: 'Sign-in failed', status: 401, detail: 'The email or password is wrong' });
    }
  });

  it('refuses malformed credentials with field errors', async () => {
    const response = await testApp.http.post('/api/auth/login').send({ email: '', password: 42 });
    expect(response.status).toBe(400);
    expect(response.body.errors.map((error: { field: string }) => error.field).sort()).toEqual(['email', 'password']);
  });
});

describe('repeated failed sign-ins', () => {
  it('are slowed, then lock the account for a while, even for the right password', async () => {
    const client = fromNewAddress();
    for (let attempt = 1; attempt <= signInPolicy.slowAfter; attempt += 1) {
      expect((await client.login('artist@clinic.test', 'guess')).status).toBe(401);
    }
    const started = Date.now();
    expect((await client.login('artist@clinic.test', 'guess')).status).toBe(401);
    expect(Date.now() - started).toBeGreaterThanOrEqual(signInPolicy.firstDelayMs);
    for (let attempt = signInPolicy.slowAfter + 2; attempt <= signInPolicy.lockAccountAfter; attempt += 1) {
      expect((await client.login('artist@clinic.test', 'guess')).status).toBe(401);
    }

    const locked = await fromNewAddress().login('artist@clinic.test', TEST_PASSWORD);
    expect(locked.status).toBe(429);
    expect(locked.body.type).toBe('/problems/too-many-attempts');
    expect(Number(locked.headers['retry-after'])).toBeGreaterThan(signInPolicy.lockMinutes * 60 - 10);

    // Other accounts are not affected, nor does the lock tell whether the email exists.
    expect((await client.login('owner@clinic.test', TEST_PASSWORD)).status).toBe(200);
    await testApp.database.signInThrottle.deleteMany();
  });

  it('are counted before they are checked, so guesses sent all at once cannot get past the lock', async () => {
    const client = fromNewAddress();
    const guesses = await Promise.all(Array.from({ length: 30 }, () => client.login('receptionist@clinic.test', 'parallel guess')));
    expect(guesses.filter((guess) => guess.status === 401)).toHaveLength(signInPolicy.lockAccountAfter);
    expect(guesses.filter((guess) => guess.status === 429)).toHaveLength(30 - signInPolicy.lockAccountAfter);
    expect((await fromNewAddress().login('receptionist@clinic.test', TEST_PASSWORD)).status).toBe(429);
    // Audited once per lock, not per refused attempt: the account's lock and, past 20 attempts, the address's.
    const locks = await testApp.database.auditEvent.findMany({ where: { action: 'auth.sign_in_locked', entityId: testApp.staff.receptionist.id } });
    expect(locks.map((lock) => (lock.details as { scope: string }).scope).sort()).toEqual(['account', 'address']);
    await testApp.database.signInThrottle.deleteMany();
  });

  it('count malformed attempts too, refused by the contract, so they lock the account like wrong passwords', async () => {
    const client = fromNewAddress();
    for (let attempt = 1; attempt <= signInPolicy.lockAccountAfter; attempt += 1) {
      const malformed = await client.login(`owner@clinic.test${'\u0000'.repeat(attempt)}`, 'guess');
      expect(malformed.status).toBe(400);
      expect(malformed.body.errors.map((error: { field: string }) => error.field)).toEqual(['email']);
    }
    expect((await client.login('owner@clinic.test\u0000', 'guess')).status).toBe(429);
    expect((await fromNewAddress().login('owner@clinic.test', TEST_PASSWORD)).status).toBe(429);
    const failures = await testApp.database.auditEvent.findMany({ where: { action: 'auth.sign_in_failed', entityId: testApp.staff.owner.id } });
    expect(failures.filter((failure) => (failure.details as { reason: string }).reason === 'malformed')).toHaveLength(signInPolicy.lockAccountAfter);
    await testApp.database.signInThrottle.deleteMany();
  });

  it('lock an address that tries many accounts', async () => {
    const client = fromNewAddress();
    for (let attempt = 1; attempt <= signInPolicy.lockAddressAfter; attempt += 1) {
      expect((await client.login(`guess${attempt}@clinic.test`, 'guess')).status).toBe(401);
    }
    expect((await client.login('owner@clinic.test', TEST_PASSWORD)).status).toBe(429);
    expect((await fromNewAddress().login('owner@clinic.test', TEST_PASSWORD)).status).toBe(200);
  });
});

describe('CSRF protection of cookie sessions', () => {
  it('refuses a change without the session’s token, and accepts it with the token', async () => {
    const session = await signInWithCookie('receptionist@clinic.test');
    const client = { firstName: 'Csrf', lastName: 'Check', email: 'csrf.check@example.com' };

    const without = await testApp.http.post('/api/clients').set('Cookie', session.cookie).send(client);
    expect(without.status).toBe(403);
    expect(without.body.type).toBe('/problems/csrf-token-missing');
    const wrong = await testApp.http.post('/api/clients').set('Cookie', session.cookie).set('X-CSRF-Token', 'forged').send(client);
    expect(wrong.status).toBe(403);
    expect(await testApp.database.client.count({ where: { email: client.email } })).toBe(0);

    const withToken = await testApp.http.post('/api/clients').set('Cookie', session.cookie).set('X-CSRF-Token', session.csrfToken).send(client);
    expect(withToken.status).toBe(201);
    // Reads need no token.
    expect((await testApp.http.get('/api/clients').set('Cookie', session.cookie)).status).toBe(200);
  });

  it('is not needed with a bearer token, which a browser never sends by itself', async () => {
    const response = await testApp.as('receptionist').post('/api/clients').send({ firstName: 'Bearer', lastName: 'Check', email: 'bearer@example.com' });
    expect(response.status).toBe(201);
  });
});

describe('session expiry', () => {
  it('ends a web session after the clinic’s idle timeout, and says so', async () => {
    const session = await signInWithCookie('artist@clinic.test');
    await testApp.database.$executeRaw`UPDATE staff_sessions SET last_seen_at = now() - interval '31 minutes' WHERE csrf_token = ${session.csrfToken}`;
    const response = await testApp.http.get('/api/auth/me').set('Cookie', session.cookie);
    expect(response.status).toBe(401);
    expect(response.body.type).toBe('/problems/session-expired');
    expect(response.headers['set-cookie']).toEqual([expect.stringMatching(/^smp_session=;/), expect.stringMatching(/^smp_signed_in=;/)]);
    expect(await testApp.database.staffSession.findFirst({ where: { csrfToken: session.csrfToken } })).toMatchObject({ endReason: 'idle' });
  });

  it('keeps an active session alive, up to its absolute limit', async () => {
    const session = await signInWithCookie('artist@clinic.test');
    await testApp.database.$executeRaw`UPDATE staff_sessions SET last_seen_at = now() - interval '29 minutes' WHERE csrf_token = ${session.csrfToken}`;
    expect((await testApp.http.get('/api/auth/me').set('Cookie', session.cookie)).status).toBe(200);
    await testApp.database.$executeRaw`UPDATE staff_sessions SET created_at = now() - interval '13 hours', expires_at = now() - interval '1 hour' WHERE csrf_token = ${session.csrfToken}`;
    expect((await testApp.http.get('/api/auth/me').set('Cookie', session.cookie)).body.type).toBe('/problems/session-expired');
  });

  it('records use at most once a minute, so reads in a row write nothing', async () => {
    const session = await signInWithCookie('artist@clinic.test');
    const lastSeen = () => testApp.database.staffSession.findFirstOrThrow({ where: { csrfToken: session.csrfToken } }).then((row) => row.lastSeenAt);
    const signedInAt = await lastSeen();
    for (const path of ['/api/auth/me', '/api/clients']) expect((await testApp.http.get(path).set('Cookie', session.cookie)).status).toBe(200);
    expect(await lastSeen()).toEqual(signedInAt);

    await testApp.database.$executeRaw`UPDATE staff_sessions SET last_seen_at = now() - interval '2 minutes' WHERE csrf_token = ${session.csrfToken}`;
    const twoMinutesAgo = await lastSeen();
    expect((await testApp.http.get('/api/auth/me').set('Cookie', session.cookie)).status).toBe(200);
    const touched = await lastSeen();
    expect(touched.getTime()).toBeGreaterThan(twoMinutesAgo.getTime() + 60_000);
    expect((await testApp.http.get('/api/auth/me').set('Cookie', session.cookie)).status).toBe(200);
    expect(await lastSeen()).toEqual(touched);
  });

  it('follows the idle timeout the owner sets', async () => {
    const settings = (await testApp.as('owner').get('/api/clinic')).body;
    const { updatedAt: _updatedAt, ...input } = settings;
    expect(
      (
        await testApp
          .as('owner')
          .put('/api/clinic')
          .send({ ...input, sessionIdleMinutes: 60 })
      ).status,
    ).toBe(200);
    const session = await signInWithCookie('artist@clinic.test');
    expect(session.body.idleMinutes).toBe(60);
    await testApp.database.$executeRaw`UPDATE staff_sessions SET last_seen_at = now() - interval '45 minutes' WHERE csrf_token = ${session.csrfToken}`;
    expect((await testApp.http.get('/api/auth/me').set('Cookie', session.cookie)).status).toBe(200);
    await testApp.as('owner').put('/api/clinic').send(input);
  });
});

describe('signing out, deactivation and password changes', () => {
  it('signs out: the cookie is cleared and the session no longer works', async () => {
    const session = await signInWithCookie('receptionist@clinic.test');
    const response = await testApp.http.post('/api/auth/logout').set('Cookie', session.cookie).set('X-CSRF-Token', session.csrfToken);
    expect(response.status).toBe(204);
    expect(response.headers['set-cookie']).toEqual([expect.stringMatching(/^smp_session=;/), expect.stringMatching(/^smp_signed_in=;/)]);
    // The browser drops what this person opened, photos and letters included.
    expect(response.headers['clear-site-data']).toBe('"cache"');
    expect((await testApp.http.get('/api/auth/me').set('Cookie', session.cookie)).status).toBe(401);
  });

  it('ends every session and token of a deactivated staff member at once', async () => {
    const artist = await createStaff('artist', 'deactivated.artist@clinic.test');
    const session = await signInWithCookie('deactivated.artist@clinic.test');
    const token = (await testApp.http.post('/api/auth/token').send({ email: 'deactivated.artist@clinic.test', password: TEST_PASSWORD })).body.token;
    expect((await testApp.http.get('/api/clients').set('Authorization', `Bearer ${token}`)).status).toBe(200);

    expect((await testApp.as('owner').post(`/api/staff/${artist.id}/deactivate`)).status).toBe(200);
    expect((await testApp.http.get('/api/clients').set('Cookie', session.cookie)).status).toBe(401);
    expect((await testApp.http.get('/api/clients').set('Authorization', `Bearer ${token}`)).status).toBe(401);
    expect(await testApp.database.staffSession.count({ where: { staffId: artist.id, endedAt: null } })).toBe(0);
  });

  it('changes the password only with the current one, and ends the other sessions', async () => {
    await createStaff('receptionist', 'changing@clinic.test');
    const current = await signInWithCookie('changing@clinic.test');
    const other = await signInWithCookie('changing@clinic.test');
    const change = (body: object) => testApp.http.post('/api/auth/password').set('Cookie', current.cookie).set('X-CSRF-Token', current.csrfToken).send(body);

    const wrong = await change({ currentPassword: 'not it', newPassword: 'a brand new passphrase' });
    expect(wrong.status).toBe(400);
    expect(wrong.body.errors).toEqual([{ field: 'currentPassword', message: 'This is not your current password' }]);
    const short = await change({ currentPassword: TEST_PASSWORD, newPassword: 'short' });
    expect(short.body.errors).toEqual([{ field: 'newPassword', message: 'Use at least 12 characters' }]);

    expect((await change({ currentPassword: TEST_PASSWORD, newPassword: 'a brand new passphrase' })).status).toBe(204);
    expect((await testApp.http.get('/api/auth/me').set('Cookie', current.cookie)).status).toBe(200);
    expect((await testApp.http.get('/api/auth/me').set('Cookie', other.cookie)).status).toBe(401);
    expect((await fromNewAddress().login('changing@clinic.test', TEST_PASSWORD)).status).toBe(401);
    expect((await fromNewAddress().login('changing@clinic.test', 'a brand new passphrase')).status).toBe(200);
  });
});

describe('access tokens for scripts', () => {
  it('are issued for email and password and work as bearer tokens', async () => {
    const issued = await testApp.http.post('/api/auth/token').send({ email: 'owner@clinic.test', password: TEST_PASSWORD, label: 'nightly export' });
    expect(issued.status).toBe(201);
    expect(issued.body.token).toMatch(/^smp_/);
    const me = await testApp.http.get('/api/auth/me').set('Authorization', `Bearer ${issued.body.token}`);
    expect(me.body).toMatchObject({ staff: { role: 'owner' }, csrfToken: null });
    expect((await testApp.http.get('/api/auth/me').set('Authorization', 'Bearer smp_made-up')).status).toBe(401);
    expect((await testApp.http.get('/api/auth/me').set('Authorization', 'Basic b3duZXI6cGFzcw==')).status).toBe(401);
  });
});

describe('HTTP hardening', () => {
  it('sends security headers and no CORS permission to other sites', async () => {
    const response = await testApp.http.get('/api/health').set('Origin', 'https://evil.example');
    expect(response.headers['x-content-type-options']).toBe('nosniff');
    expect(response.headers['content-security-policy']).toContain("default-src 'self'");
    expect(response.headers['access-control-allow-origin']).toBeUndefined();
  });

  it('allows only the configured origins when CORS is opened', async () => {
    const opened = await createTestApp({ CORS_ORIGINS: 'https://booking.example.com' });
    try {
      const allowed = await opened.http.options('/api/clients').set('Origin', 'https://booking.example.com').set('Access-Control-Request-Method', 'POST');
      expect(allowed.headers['access-control-allow-origin']).toBe('https://booking.example.com');
      const other = await opened.http.options('/api/clients').set('Origin', 'https://evil.example').set('Access-Control-Request-Method', 'POST');
      expect(other.headers['access-control-allow-origin']).toBeUndefined();
    } finally {
      await opened.close();
    }
  });
});
