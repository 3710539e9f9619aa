import { authRoutes, clientRoutes, CSRF_HEADER, screeningRoutes, staffRoutes } from '@smp/contracts';
import { describe, expect, it, vi } from 'vitest';
import { json, problem, stubApi } from '../test-support/fake-api';
import { ApiProblem, callApi, onUnauthenticated, setCsrfToken } from './http';

const clientId = '0b6c7a3e-4d44-4f0e-9a1c-2f1e5b9d0a11';
const client = { id: clientId, firstName: 'Ann', lastName: 'Lee' };

describe('callApi', () => {
  it('fills the path parameters, percent-encoded, and returns the JSON answer', async () => {
    const requests = stubApi({ 'GET /api/clients/a%2Fb%3Fc': () => json(client) });
    await expect(callApi(clientRoutes.get, { params: { id: 'a/b?c' } })).resolves.toEqual(client);
    expect(requests[0]).toMatchObject({ method: 'GET', path: '/api/clients/a%2Fb%3Fc' });
  });

  it('sends the query without its empty values', async () => {
    const requests = stubApi({ 'GET /api/clients': () => json({ items: [], nextCursor: null }) });
    await callApi(clientRoutes.list, { query: { q: 'ann & bob', status: 'archived', cursor: null, limit: 50 } });
    expect([...requests[0]!.search.entries()]).toEqual([
      ['q', 'ann & bob'],
      ['status', 'archived'],
      ['limit', '50'],
    ]);
  });

  it('sends the body as JSON with the route’s method', async () => {
    const requests = stubApi({ [`PATCH /api/clients/${clientId}`]: () => json(client) });
    await callApi(clientRoutes.update, { params: { id: clientId }, body: { firstName: 'Ann' } });
    expect(requests[0]?.body).toEqual({ firstName: 'Ann' });
    expect(requests[0]?.headers.get('Content-Type')).toBe('application/json');
  });

  it('gives nothing for 204', async () => {
    stubApi({ 'POST /api/auth/logout': () => new Response(null, { status: 204 }) });
    await expect(callApi(authRoutes.logout)).resolves.toBeUndefined();
  });

  it('turns a problem+json answer into an ApiProblem with its field errors', async () => {
    const body = { type: '/problems/validation', title: 'Invalid input', status: 400, detail: 'email: bad', errors: [{ field: 'email', message: 'bad' }] };
    vi.stubGlobal(
      'fetch',
      vi.fn(() => Promise.resolve(new Response(JSON.stringify(body), { status: 400, headers: { 'Content-Type': 'application/problem+json' } }))),
    );

    const error = await callApi(clientRoutes.create, { body: { firstName: 'Ann', lastName: 'Lee' } }).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(ApiProblem);
    expect((error as ApiProblem).status).toBe(400);
    expect((error as ApiProblem).fieldErrors).toEqual([{ field: 'email', message: 'bad' }]);
    expect((error as ApiProblem).message).toBe('email: bad');
  });

  it('still gives a problem when a proxy answers with HTML', async () => {
    vi.stubGlobal(
      'fetch',
      vi.fn(() => Promise.resolve(new Response('<h1>Bad gateway</h1>', { status: 502, statusText: 'Bad Gateway', headers: { 'Content-Type': 'text/html' } }))),
    );
    const error = (await callApi(clientRoutes.list).catch((caught: unknown) => caught)) as ApiProblem;
    expect(error.problem).toMatchObject({ status: 502, title: 'Bad Gateway' });
  });

  it('sends the session’s CSRF token with every change, and not with reads', async () => {
    const requests = stubApi({
      'GET /api/clients': () => json({ items: [], nextCursor: null }),
      'POST /api/clients/1/archive': () => json(client),
      'DELETE /api/staff/1/certifications/2': () => json({}),
    });
    setCsrfToken('token-1');
    await callApi(clientRoutes.list);
    await callApi(clientRoutes.archive, { params: { id: '1' } });
    await callApi(staffRoutes.removeCertification, { params: { id: '1', certificationId: '2' } });
    expect(requests.map((request) => request.headers.get(CSRF_HEADER))).toEqual([null, 'token-1', 'token-1']);
  });

  it('sends an upload as a multipart form of its fields and the file, leaving the Content-Type to the browser', async () => {
    const requests = stubApi({ 'POST /api/screenings/1/clearances': () => json({}, 201) });
    setCsrfToken('token-1');
    const file = new File(['%PDF-1.7'], 'letter.pdf', { type: 'application/pdf' });
    await callApi(screeningRoutes.addClearance, { params: { id: '1' }, body: { questionId: 'diabetes', note: undefined }, file });

    const form = requests[0]?.body as FormData;
    expect([...form.keys()]).toEqual(['questionId', 'file']);
    expect(form.get('questionId')).toBe('diabetes');
    expect((form.get('file') as File).name).toBe('letter.pdf');
    expect(requests[0]?.headers.get('Content-Type')).toBeNull();
    expect(requests[0]?.headers.get(CSRF_HEADER)).toBe('token-1');
  });

  it('tells every listener about a 401, and still throws to the caller', async () => {
    stubApi({ 'GET /api/clients': () => problem(401, '/problems/session-expired') });
    const listener = vi.fn();
    const unsubscribe = onUnauthenticated(listener);
    const error = (await callApi(clientRoutes.list).catch((caught: unknown) => caught)) as ApiProblem;
    expect(error.status).toBe(401);
    expect(listener).toHaveBeenCalledWith(error);
    unsubscribe();
    await callApi(clientRoutes.list).catch(() => {});
    expect(listener).toHaveBeenCalledTimes(1);
  });

  it('does not treat other refusals as a lost session', async () => {
    stubApi({ 'POST /api/clients': () => problem(403, '/problems/forbidden') });
    const listener = vi.fn();
    const unsubscribe = onUnauthenticated(listener);
    await callApi(clientRoutes.create, { body: { firstName: 'Ann', lastName: 'Lee' } }).catch(() => {});
    unsubscribe();
    expect(listener).not.toHaveBeenCalled();
  });

  it('reads how long to wait from Retry-After', async () => {
    stubApi({ 'POST /api/auth/login': () => problem(429, '/problems/too-many-attempts', {}, { 'Retry-After': '300' }) });
    const error = (await callApi(authRoutes.login, { body: { email: 'a@example.org', password: 'x' } }).catch((caught: unknown) => caught)) as ApiProblem;
    expect(error.retryAfterSeconds).toBe(300);
  });

  it('is typed from the route: its parameters, query and body must be what the contract takes', () => {
    // Never called: the compiler checks these calls, the test runner need not.
    const typeChecks = () => {
      // @ts-expect-error the path parameter is missing
      void callApi(clientRoutes.get, {});
      // @ts-expect-error no such query parameter
      void callApi(clientRoutes.list, { query: { colour: 'red' } });
      // @ts-expect-error the body must be a client
      void callApi(clientRoutes.create, { body: { name: 'Ann' } });
      // @ts-expect-error logging out takes no body
      void callApi(authRoutes.logout, { body: {} });
      // @ts-expect-error an upload needs its file
      void callApi(screeningRoutes.addClearance, { params: { id: '1' }, body: { questionId: 'diabetes' } });
    };
    expect(typeChecks).toBeTypeOf('function');
  });
});
