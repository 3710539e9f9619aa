import type { StaffRole } from '@smp/contracts';
import { CSRF_HEADER } from '@smp/contracts';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { clinicSettings, json, problem, sessionFor, stubApi, type FakeRequest } from './test-support/fake-api';
import { grace as client } from './test-support/fixtures';
import { renderApp } from './test-support/render-app';

function renderSignedIn(path: string, role: StaffRole, routes: Record<string, (request: FakeRequest) => Response> = {}) {
  const requests = stubApi({
    'GET /api/auth/me': () => json(sessionFor(role)),
    'GET /api/clinic': () => json(clinicSettings),
    'GET /api/clients': () => json({ items: [], nextCursor: null }),
    [`GET /api/clients/${client.id}`]: () => json(client),
    ...routes,
  });
  renderApp(path);
  return requests;
}

const mainNavLinks = () =>
  within(screen.getByRole('navigation', { name: 'Main' }))
    .getAllByRole('link')
    .map((link) => link.textContent);

describe('what each role is offered', () => {
  it('gives a receptionist clients, the calendar and follow-ups, and says no to the owners’ pages', async () => {
    renderSignedIn('/staff', 'receptionist');

    expect((await screen.findByRole('alert')).textContent).toContain('Not allowed. Only owners can open this page');
    expect(mainNavLinks()).toEqual(['Today', 'Clients', 'Calendar', 'Follow-ups']);
    expect(screen.getByText('Rachel Kim')).toBeTruthy();
    expect(screen.getByText('Receptionist')).toBeTruthy();
  });

  it('gives an owner pigments, reports, staff, audit trail, settings and scheduling, and the audit trail of a client', async () => {
    renderSignedIn(`/clients/${client.id}`, 'owner');

    expect(await screen.findByRole('heading', { name: 'Grace Liu' })).toBeTruthy();
    expect(mainNavLinks()).toEqual(['Today', 'Clients', 'Calendar', 'Follow-ups', 'Pigments & needles', 'Reports', 'Staff', 'Audit trail', 'Settings', 'Scheduling', 'Messages']);
    expect(screen.getByRole('link', { name: 'View audit trail' }).getAttribute('href')).toBe(`/audit?clientId=${client.id}`);
  });

  it('gives an artist the pigments but not the report, and no audit trail link on a client', async () => {
    renderSignedIn(`/clients/${client.id}`, 'artist');
    expect(await screen.findByRole('heading', { name: 'Grace Liu' })).toBeTruthy();
    expect(mainNavLinks()).toEqual(['Today', 'Clients', 'Calendar', 'Pigments & needles']);
    expect(screen.queryByRole('link', { name: 'View audit trail' })).toBeNull();
  });
});

describe('signing in and out', () => {
  it('sends a signed-out visitor to sign in, then to the page they asked for', async () => {
    let signedIn = false;
    const requests = renderSignedIn(`/clients/${client.id}`, 'receptionist', {
      'GET /api/auth/me': () => problem(401, '/problems/unauthenticated'),
      'POST /api/auth/login': () => {
        signedIn = true;
        return json(sessionFor('receptionist', 'fresh-token'));
      },
      'POST /api/clients/5f0c4a52-8a8e-4d5e-9a55-1f6a7b4c7e01/archive': () => json({ ...client, archivedAt: '2026-03-10T15:00:00.000Z' }),
    });

    await userEvent.type(await screen.findByLabelText('Email'), 'reception@demo.clinic');
    // Nothing about the clinic is asked for before someone signs in.
    expect(requests.map((request) => request.path)).toEqual(['/api/auth/me']);
    await userEvent.type(screen.getByLabelText('Password'), 'smp-demo-2026');
    await userEvent.click(screen.getByRole('button', { name: 'Sign in' }));

    expect(await screen.findByRole('heading', { name: 'Grace Liu' })).toBeTruthy();
    expect(signedIn).toBe(true);
    // The new session's token goes with the next change.
    await userEvent.click(screen.getByRole('button', { name: 'Archive' }));
    await userEvent.click(screen.getByRole('button', { name: 'Archive client' }));
    expect(requests.at(-1)?.headers.get(CSRF_HEADER)).toBe('fresh-token');
  });

  it('goes to sign-in when a request finds the session ended, and comes back to the same page', async () => {
    let sessionAlive = true;
    renderSignedIn(`/clients/${client.id}`, 'receptionist', {
      [`POST /api/clients/${client.id}/archive`]: () => (sessionAlive ? json(client) : problem(401, '/problems/session-expired')),
      'POST /api/auth/login': () => json(sessionFor('receptionist')),
    });
    expect(await screen.findByRole('heading', { name: 'Grace Liu' })).toBeTruthy();

    sessionAlive = false;
    await userEvent.click(screen.getByRole('button', { name: 'Archive' }));
    await userEvent.click(screen.getByRole('button', { name: 'Archive client' }));

    expect((await screen.findByRole('status')).textContent).toBe('Your session has ended; sign in again.');
    await userEvent.type(screen.getByLabelText('Email'), 'reception@demo.clinic');
    await userEvent.type(screen.getByLabelText('Password'), 'smp-demo-2026');
    await userEvent.click(screen.getByRole('button', { name: 'Sign in' }));
    expect(await screen.findByRole('heading', { name: 'Grace Liu' })).toBeTruthy();
  });

  it('signs out with the CSRF token and lands on a plain sign-in page', async () => {
    const requests = renderSignedIn('/clients', 'owner', { 'POST /api/auth/logout': () => new Response(null, { status: 204 }) });
    await userEvent.click(await screen.findByRole('button', { name: 'Sign out' }));

    expect((await screen.findByRole('status')).textContent).toBe('You have signed out.');
    expect(screen.getByRole('heading', { name: 'Sign in' })).toBeTruthy();
    const logout = requests.find((request) => request.path === '/api/auth/logout');
    expect(logout?.headers.get(CSRF_HEADER)).toBe('csrf-owner');
  });
});

describe('the menu the top bar folds into on narrow screens', () => {
  it('opens from its button, closes with Escape back on the button, and closes when a link is followed', async () => {
    renderSignedIn('/clients', 'receptionist');
    const user = userEvent.setup();
    // The clients page puts the cursor in its search box once shown: opened before that, the menu would lose focus to it.
    await waitFor(() => expect(document.activeElement).toBe(screen.getByRole('searchbox')));
    const menuButton = await screen.findByRole('button', { name: 'Menu' });
    const menu = document.getElementById(menuButton.getAttribute('aria-controls')!)!;
    expect(within(menu).getByRole('navigation', { name: 'Main' })).toBeTruthy();
    expect(within(menu).getByRole('button', { name: 'Sign out' })).toBeTruthy();
    expect(menuButton.getAttribute('aria-expanded')).toBe('false');

    await user.click(menuButton);
    expect(menuButton.getAttribute('aria-expanded')).toBe('true');
    await user.keyboard('{Escape}');
    expect(menuButton.getAttribute('aria-expanded')).toBe('false');
    expect(document.activeElement).toBe(menuButton);

    await user.click(menuButton);
    await user.click(within(menu).getByRole('link', { name: 'Your account' }));
    expect(await screen.findByRole('heading', { name: 'Your account' })).toBeTruthy();
    expect(menuButton.getAttribute('aria-expanded')).toBe('false');
  });
});
