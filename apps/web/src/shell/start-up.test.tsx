import { SIGNED_IN_HINT_COOKIE } from '@smp/contracts';
import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import { startSignInCheck } from '../auth/sign-in-check';
import { startClinicLoad } from '../clinic/clinic-request';
import { clinicSettings, json, problem, sessionFor, stubApi } from '../test-support/fake-api';
import { renderApp } from '../test-support/render-app';

/** What main.tsx does before the first render. */
function startApp(path: string) {
  startSignInCheck();
  startClinicLoad();
  renderApp(path);
}

const paths = (requests: { path: string }[]) => requests.map((request) => request.path);

afterEach(() => {
  document.cookie = `${SIGNED_IN_HINT_COOKIE}=; max-age=0`;
});

describe('starting the app', () => {
  it('asks who is signed in and for the clinic’s settings together when a session may exist, each once', async () => {
    document.cookie = `${SIGNED_IN_HINT_COOKIE}=1`;
    const requests = stubApi({
      'GET /api/auth/me': () => json(sessionFor('receptionist')),
      'GET /api/clinic': () => json(clinicSettings),
      'GET /api/clients': () => json({ items: [], nextCursor: null }),
    });
    startApp('/clients');
    expect(paths(requests)).toEqual(['/api/auth/me', '/api/clinic']);

    expect(await screen.findByRole('heading', { name: 'Clients' })).toBeTruthy();
    expect(screen.getByRole('link', { name: clinicSettings.name })).toBeTruthy();
    // The list asks for its first page once the page has rendered.
    await waitFor(() => expect(paths(requests)).toEqual(['/api/auth/me', '/api/clinic', '/api/clients']));
  });

  it('asks nothing about the clinic of a visitor who has not signed in', async () => {
    const requests = stubApi({ 'GET /api/auth/me': () => problem(401, '/problems/unauthenticated') });
    startApp('/clients');
    expect(await screen.findByRole('button', { name: 'Sign in' })).toBeTruthy();
    expect(paths(requests)).toEqual(['/api/auth/me']);
  });

  it('asks for the clinic’s settings again after signing in when the session had ended', async () => {
    document.cookie = `${SIGNED_IN_HINT_COOKIE}=1`;
    let signedIn = false;
    const requests = stubApi({
      'GET /api/auth/me': () => problem(401, '/problems/session-expired'),
      'GET /api/clinic': () => (signedIn ? json(clinicSettings) : problem(401, '/problems/session-expired')),
      'POST /api/auth/login': () => {
        signedIn = true;
        return json(sessionFor('receptionist'));
      },
      'GET /api/clients': () => json({ items: [], nextCursor: null }),
    });
    startApp('/clients');

    await userEvent.type(await screen.findByLabelText('Email'), 'reception@demo.clinic');
    await userEvent.type(screen.getByLabelText('Password'), 'smp-demo-2026');
    await userEvent.click(screen.getByRole('button', { name: 'Sign in' }));

    expect(await screen.findByRole('heading', { name: 'Clients' })).toBeTruthy();
    expect(paths(requests).filter((path) => path === '/api/clinic')).toHaveLength(2);
  });
});
