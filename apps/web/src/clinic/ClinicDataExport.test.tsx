import { render, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { AuthProvider } from '../auth/auth-context';
import { clinicSettings, json, sessionFor, stubApi } from '../test-support/fake-api';
import { renderApp } from '../test-support/render-app';
import { ClinicDataExport } from './ClinicDataExport';

describe("the download of all the clinic's data", () => {
  it('is offered to owners in Clinic settings, with what it holds', async () => {
    stubApi({ 'GET /api/auth/me': () => json(sessionFor('owner')), 'GET /api/clinic': () => json(clinicSettings) });
    renderApp('/settings');
    const card = within(await screen.findByRole('region', { name: 'All the clinic’s data' }));
    const link = card.getByRole('link', { name: 'Download all clinic data' });
    expect(link.getAttribute('href')).toBe('/api/clinic/export');
    expect(link.hasAttribute('download')).toBe(true);
    expect(card.getByText(/every table of the clinic’s records as a CSV file, every photo and doctor’s letter, and a README/)).toBeTruthy();
    expect(card.getByText(/Passwords and other sign-in secrets are left out/)).toBeTruthy();
  });

  // Clinic settings are closed to them anyway: the card hides itself too, wherever it is placed.
  it.each(['receptionist', 'artist'] as const)('is not offered to the %s', async (role) => {
    stubApi({ 'GET /api/auth/me': () => json(sessionFor(role)) });
    render(
      <AuthProvider>
        <ClinicDataExport />
        <p>Signed in</p>
      </AuthProvider>,
    );
    expect(await screen.findByText('Signed in')).toBeTruthy();
    expect(screen.queryByRole('link', { name: 'Download all clinic data' })).toBeNull();
  });
});
