import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { DiscoveryService, MetadataScanner } from '@nestjs/core';
import { permissions, STAFF_ROLES } from '@smp/contracts';
import { listRoutes, type RouteDescription } from '../openapi/route-catalog.js';
import { createTestApp, type TestApp } from '../test-support/test-app.js';

/** The only doors open without signing in; a calendar subscription's secret address is its own key. */
const PUBLIC_ROUTES = [
  'GET /api/health',
  'POST /api/auth/login',
  'POST /api/auth/token',
  'GET /api/openapi.json',
  'GET /api/docs',
  'GET /api/docs/assets/start.js',
  'GET /api/calendar-feeds/:token.ics',
  // The signed links in a client's messages: the token is the permission.
  'GET /api/visit/:token',
  'POST /api/visit/:token/confirm',
  'POST /api/visit/:token/reschedule',
  'POST /api/unsubscribe/:token',
  // Online booking, every route rate-limited: the emailed code, then the manage link's token, is the permission to change anything.
  'GET /api/public/booking/options',
  'GET /api/public/booking/slots',
  'POST /api/public/booking/start',
  'POST /api/public/booking/verify',
  'POST /api/public/booking/confirm',
  'GET /api/public/booking/manage/:token',
  'GET /api/public/booking/manage/:token/slots',
  'POST /api/public/booking/manage/:token/reschedule',
  'POST /api/public/booking/manage/:token/cancel',
  // The intake from home, rate-limited: the link's token, sent with the booking, is the permission.
  'GET /api/public/intake/:token',
  'POST /api/public/intake/:token/photos',
  'POST /api/public/intake/:token',
].sort();

let testApp: TestApp;
let routes: RouteDescription[];
beforeAll(async () => {
  testApp = await createTestApp();
  routes = listRoutes(testApp.app.get(DiscoveryService), testApp.app.get(MetadataScanner));
});
afterAll(async () => {
  await testApp.close();
});

const name = (route: RouteDescription) => `${route.method} ${route.path}`;
const samplePath = (route: RouteDescription) => route.path.replace(/:\w+/g, '5f0c1b5e-8c4e-4d0e-9f43-1c2d3e4f5a6b');

function send(route: RouteDescription, authorization?: string) {
  const method = route.method.toLowerCase() as 'get' | 'post' | 'put' | 'patch' | 'delete';
  const request = testApp.http[method](samplePath(route));
  if (authorization) request.set('Authorization', authorization);
  return method === 'get' ? request : request.send({});
}

describe('access to every endpoint', () => {
  it('finds the routes', () => {
    expect(routes.length).toBeGreaterThan(20);
  });

  it('has a rule on every endpoint', () => {
    expect(routes.filter((route) => !route.access).map(name)).toEqual([]);
  });

  it('opens only health, sign-in, the API documentation, calendar subscriptions, the links of client messages, online booking and the intake from home to anonymous callers', () => {
    expect(
      routes
        .filter((route) => route.access && 'public' in route.access)
        .map(name)
        .sort(),
    ).toEqual(PUBLIC_ROUTES);
  });

  it('answers 401 without a session, before looking at the input', async () => {
    for (const route of routes.filter((candidate) => candidate.access && 'permission' in candidate.access)) {
      const response = await send(route);
      expect({ route: name(route), status: response.status, type: response.body.type }).toEqual({
        route: name(route),
        status: 401,
        type: '/problems/unauthenticated',
      });
    }
  });

  it('answers 403 to each role without the permission, and lets each role with it through', async () => {
    for (const route of routes) {
      if (!route.access || !('permission' in route.access)) continue;
      const allowed: readonly string[] = permissions[route.access.permission];
      for (const role of STAFF_ROLES) {
        // A fresh token each time: some endpoints (sign-out) end the token they are called with.
        const response = await send(route, `Bearer ${await testApp.newToken(role)}`);
        const outcome = response.status === 403 ? 'refused' : response.status === 401 ? 'unauthenticated' : 'let through';
        expect({ route: name(route), role, outcome }).toEqual({
          route: name(route),
          role,
          outcome: allowed.includes(role) ? 'let through' : 'refused',
        });
      }
    }
  });
});
