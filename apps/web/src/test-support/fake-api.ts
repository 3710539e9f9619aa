import type { ClinicSettings, ScreeningStatus, SignInSession, StaffRole } from '@smp/contracts';
import { vi } from 'vitest';

export interface FakeRequest {
  method: string;
  path: string;
  search: URLSearchParams;
  headers: Headers;
  body: unknown;
}

type Route = (request: FakeRequest) => Response | Promise<Response>;

export const json = (body: unknown, status = 200, headers: Record<string, string> = {}) =>
  new Response(JSON.stringify(body), { status, headers: { 'Content-Type': 'application/json', ...headers } });

export const problem = (status: number, type: string, extra: Record<string, unknown> = {}, headers: Record<string, string> = {}) =>
  new Response(JSON.stringify({ type, title: type, status, ...extra }), {
    status,
    headers: { 'Content-Type': 'application/problem+json', ...headers },
  });

/**
 * Replaces fetch with routes keyed "METHOD /path"; anything else answers 404.
 * Returns the requests made, for assertions on what was sent.
 */
export function stubApi(routes: Record<string, Route>): FakeRequest[] {
  const requests: FakeRequest[] = [];
  vi.stubGlobal(
    'fetch',
    vi.fn(async (input: string, init: RequestInit = {}) => {
      const url = new URL(input, 'http://localhost');
      const request: FakeRequest = {
        method: init.method ?? 'GET',
        path: url.pathname,
        search: url.searchParams,
        headers: new Headers(init.headers),
        body: typeof init.body === 'string' ? JSON.parse(init.body) : init.body instanceof FormData ? init.body : undefined,
      };
      requests.push(request);
      const route = routes[`${request.method} ${request.path}`];
      return route ? route(request) : problem(404, '/problems/not-found');
    }),
  );
  return requests;
}

const staffByRole: Record<StaffRole, SignInSession['staff']> = {
  owner: { id: '0b6c7a3e-4d44-4f0e-9a1c-2f1e5b9d0a01', name: 'Olivia Grant', email: 'owner@demo.clinic', role: 'owner' },
  receptionist: { id: '0b6c7a3e-4d44-4f0e-9a1c-2f1e5b9d0a02', name: 'Rachel Kim', email: 'reception@demo.clinic', role: 'receptionist' },
  artist: { id: '0b6c7a3e-4d44-4f0e-9a1c-2f1e5b9d0a03', name: 'Marco Silva', email: 'artist@demo.clinic', role: 'artist' },
};

export function sessionFor(role: StaffRole, csrfToken = `csrf-${role}`): SignInSession {
  return { staff: staffByRole[role], csrfToken, expiresAt: '2026-03-10T22:00:00.000Z', idleMinutes: 30 };
}

export const clinicSettings: ClinicSettings = {
  name: 'Demo SMP Clinic',
  country: 'US',
  timeZone: 'America/New_York',
  currency: 'USD',
  openingHours: [
    { weekday: 1, opens: '09:00', closes: '13:00' },
    { weekday: 1, opens: '14:00', closes: '18:00' },
    { weekday: 2, opens: '09:00', closes: '17:00' },
  ],
  sessionIdleMinutes: 30,
  sessionMaxHours: 12,
  screeningValidityDays: 90,
  injectablesDeferDays: 28,
  sessionSpacingMinDays: 7,
  sessionSpacingMaxDays: 28,
  maintenanceRecallYears: 4,
  consultationMinutes: 45,
  sessionMinutes: 210,
  touchUpMinutes: 180,
  maintenanceMinutes: 180,
  fadeCheckMinutes: 30,
  highSunRecallYears: 2,
  fadedRecallMonths: 3,
  slotStepMinutes: 15,
  laserSpacingDays: 42,
  laserHealingDays: 42,
  laserMinutes: 30,
  address: '12 Main Street, Springfield',
  phone: '+14155552671',
  email: 'hello@demo.clinic',
  reminderHours: [48, 24],
  quietHours: { start: '21:00', end: '08:00' },
  preparationDaysBefore: 2,
  updatedAt: '2026-03-01T12:00:00.000Z',
};

/** The screening standing of a client who has never been screened. */
export const notScreened: ScreeningStatus = { state: 'none', eligible: false, validUntil: null, deferUntil: null, openItems: 0 };
