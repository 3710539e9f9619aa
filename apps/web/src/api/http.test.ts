import { afterEach, describe, expect, it, vi } from 'vitest';
import { apiRequest, ApiProblem, withQuery } from './http';

afterEach(() => vi.unstubAllGlobals());

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
});

describe('withQuery', () => {
  it('leaves out empty parameters', () => {
    expect(withQuery('/api/clients', { q: 'ann', cursor: null, status: undefined, limit: 50, x: '' })).toBe('/api/clients?q=ann&limit=50');
  });
});
