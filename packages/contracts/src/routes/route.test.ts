import { describe, expect, it } from 'vitest';
import { defineRoutes, routePath, routeUrl } from './route.js';

describe('defineRoutes', () => {
  it('answers 201 to a POST and 200 to anything else, unless told otherwise', () => {
    const routes = defineRoutes<{ create: object; list: object; archive: object }>()({
      create: { method: 'POST', path: '/api/things' },
      list: { method: 'GET', path: '/api/things' },
      archive: { method: 'POST', path: '/api/things/:id/archive', status: 200 },
    });
    expect([routes.create.status, routes.list.status, routes.archive.status]).toEqual([201, 200, 200]);
  });
});

describe('routeUrl', () => {
  const thing = { path: '/api/things/:id/parts/:partId' } as const;

  it('fills each path parameter, percent-encoded', () => {
    expect(routePath(thing, { id: 'a/b?c', partId: 'é 1' })).toBe('/api/things/a%2Fb%3Fc/parts/%C3%A9%201');
  });

  it('refuses to build a path with a parameter missing', () => {
    expect(() => routePath(thing, { id: '1' })).toThrow(/:partId/);
  });

  it('adds the query, leaving out empty values', () => {
    expect(routeUrl(thing, { params: { id: '1', partId: '2' }, query: { q: 'ann & bob', cursor: null, status: undefined, limit: 50, x: '', all: false } })).toBe(
      '/api/things/1/parts/2?q=ann+%26+bob&limit=50&all=false',
    );
    expect(routeUrl(thing, { params: { id: '1', partId: '2' }, query: {} })).toBe('/api/things/1/parts/2');
  });
});
