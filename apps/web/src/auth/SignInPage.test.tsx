import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { MemoryRouter } from 'react-router';
import { describe, expect, it } from 'vitest';
import { problem, stubApi } from '../test-support/fake-api';
import { AuthProvider } from './auth-context';
import { SignInPage } from './SignInPage';

function renderSignIn(login: () => Response) {
  const requests = stubApi({
    'GET /api/auth/me': () => problem(401, '/problems/unauthenticated'),
    'POST /api/auth/login': login,
  });
  render(
    <MemoryRouter>
      <AuthProvider>
        <SignInPage />
      </AuthProvider>
    </MemoryRouter>,
  );
  return requests;
}

async function signInWith(email: string, password: string) {
  await userEvent.type(await screen.findByLabelText('Email'), email);
  await userEvent.type(screen.getByLabelText('Password'), password);
  await userEvent.click(screen.getByRole('button', { name: 'Sign in' }));
}

describe('SignInPage', () => {
  it('says plainly when the email and password do not match, keeping the email for another try', async () => {
    renderSignIn(() => problem(401, '/problems/invalid-credentials', { detail: 'Wrong email or password' }));
    await signInWith('reception@demo.clinic', 'not-the-password');

    expect((await screen.findByRole('alert')).textContent).toBe('That email and password do not match an active account. Check both and try again.');
    expect(screen.getByLabelText('Email')).toHaveProperty('value', 'reception@demo.clinic');
    expect(screen.getByLabelText('Password')).toHaveProperty('value', '');
    expect(document.activeElement).toBe(screen.getByLabelText('Password'));
  });

  it('tells a locked-out user how long to wait and until when', async () => {
    renderSignIn(() => problem(429, '/problems/too-many-attempts', { detail: 'Too many attempts' }, { 'Retry-After': '300' }));
    await signInWith('reception@demo.clinic', 'guess-number-six');

    expect((await screen.findByRole('alert')).textContent).toMatch(/^Too many failed attempts\. Sign-in is locked for 5 minutes; try again at \d\d:\d\d\.$/);
  });

  it('checks the fields before asking the server', async () => {
    const requests = renderSignIn(() => problem(500, '/problems/internal'));
    await userEvent.click(await screen.findByRole('button', { name: 'Sign in' }));

    expect(await screen.findAllByText('Required')).toHaveLength(2);
    expect(screen.getByLabelText('Email').getAttribute('aria-invalid')).toBe('true');
    expect(requests.filter((request) => request.path === '/api/auth/login')).toHaveLength(0);
  });
});
