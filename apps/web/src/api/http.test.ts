import { CSRF_HEADER } from '@smp/contracts';
import { describe, expect, it, vi } from 'vitest';
import { problem, stubApi } from '../test-support/fake-api';
import { apiRequest, ApiProblem, onUnauthenticated, setCsrfToken, withQuery } from './http';


describe('apiRequest', () => {
  it('turns a problem+json answer into an ApiProblem with its field errors', async () => {
    const problem = { type: '/problems/validation', title: 'Invalid input', status: 400, detail: 'email: bad', errors: [{ field: 'email', message: 'bad' }] };
    vi.stubGlobal('fetch', vi.fn(async () => new Response(JSON.stringify(problem), { status: 400, headers: { 'Content-Type': 'application/problem+json' } })));

    const error = await apiRequest('/api/clients', { method: 'POST', body: {} }).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(ApiProblem);
    expect((error as ApiProblem).status).toBe(400);
    expect((error as ApiProblem).fieldErrors).toEqual([{ field: 'email', message: 'bad' }]);
    expect((error as ApiProblem).message).toBe('email: bad');
  });

  it('still gives a problem when a proxy answers with HTML', async () => {
    vi.stubGlobal('fetch', vi.fn(async () => new Response('<h1>Bad gateway</h1>', { status: 502, statusText: 'Bad Gateway', headers: { 'Content-Type': 'text/html' } })));
    const error = (await apiRequest('/api/clients').catch((caught: unknown) => caught)) as ApiProblem;
    expect(error.problem).toMatchObject({ status: 502, title: 'Bad Gateway' });
  });

  it('sends the session’s CSRF token with every change, and not with reads', async () => {
    const requests = stubApi({
      'GET /api/clients': () => new Response('{"items":[],"nextCursor":null}', { headers: { 'Content-Type': 'application/json' } }),
      'POST /api/clients/1/archive': () => new Response('{}', { headers: { 'Content-Type': 'application/json' } }),
      'DELETE /api/staff/1/certifications/2': () => new Response('{}', { headers: { 'Content-Type': 'application/json' } }),
    });
    setCsrfToken('token-1');
    await apiRequest('/api/clients');
    await apiRequest('/api/clients/1/archive', { method: 'POST' });
    await apiRequest('/api/staff/1/certifications/2', { method: 'DELETE' });

    expect(requests.map((request) => request.headers.get(CSRF_HEADER))).toEqual([null, 'token-1', 'token-1']);
  });

  it('sends files as multipart, leaving the Content-Type to the browser, with the CSRF token', async () => {
    const requests = stubApi({ 'POST /api/screenings/1/clearances': () => new Response('{}', { status: 201, headers: { 'Content-Type': 'application/json' } }) });
    setCsrfToken('token-1');
    const form = new FormData();
    form.set('questionId', 'diabetes');
    await apiRequest('/api/screenings/1/clearances', { method: 'POST', body: form });

    expect(requests[0]?.body).toBe(form);
    expect(requests[0]?.headers.get('Content-Type')).toBeNull();
    expect(requests[0]?.headers.get(CSRF_HEADER)).toBe('token-1');
  });

  it('tells every listener about a 401, and still throws to the caller', async () => {
    stubApi({ 'GET /api/clients': () => problem(401, '/problems/session-expired') });
    const listener = vi.fn();
    const unsubscribe = onUnauthenticated(listener);

    const error = (await apiRequest('/api/clients').catch((caught: unknown) => caught)) as ApiProblem;
    expect(error.status).toBe(401);
    expect(listener).toHaveBeenCalledWith(error);

    unsubscribe();
    await apiRequest('/api/clients').catch(() => {});
    expect(listener).toHaveBeenCalledTimes(1);
  });

  it('does not treat other refusals as a lost session', async () => {
    stubApi({ 'POST /api/clients': () => problem(403, '/problems/forbidden') });
    const listener = vi.fn();
    const unsubscribe = onUnauthenticated(listener);
    await apiRequest('/api/clients', { method: 'POST', body: {} }).catch(() => {});
    unsubscribe();
    expect(listener).not.toHaveBeenCalled();
  });

  it('reads how long to wait from Retry-After, and gives nothing for 204', async () => {
    stubApi({
      'POST /api/auth/login': () => problem(429, '/problems/too-many-attempts', {}, { 'Retry-After': '300' }),
      'POST /api/auth/logout': () => new Response(null, { status: 204 }),
    });
    const error = (await apiRequest('/api/auth/login', { method: 'POST', body: {} }).catch((caught: unknown) => caught)) as ApiProblem;
    expect(error.retryAfterSeconds).toBe(300);
    await expect(apiRequest('/api/auth/logout', { method: 'POST' })).resolves.toBeUndefined();
  });
});

describe('withQuery', () => {
  it('leaves out empty parameters', () => {
    expect(withQuery('/api/clients', { q: 'ann', cursor: null, status: undefined, limit: 50, x: '' })).toBe('/api/clients?q=ann&limit=50');
  });
});
