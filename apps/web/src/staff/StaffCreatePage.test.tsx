import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { clinicSettings, json, sessionFor, stubApi } from '../test-support/fake-api';
import { pressMouse, releaseMouse } from '../test-support/mouse';
import { renderApp } from '../test-support/render-app';

describe('StaffCreatePage', () => {
  it('shows every missing field with one click on an empty form, with nothing moving while the button is pressed', async () => {
    const requests = stubApi({ 'GET /api/auth/me': () => json(sessionFor('owner')), 'GET /api/clinic': () => json(clinicSettings) });
    renderApp('/staff/new');
    const user = userEvent.setup();
    const create = await screen.findByRole('button', { name: 'Create account' });
    await screen.findByRole('textbox', { name: /Name/ });

    await pressMouse(user, create);
    expect(screen.queryByText('Required')).toBeNull();

    await releaseMouse(user, create);
    expect(await screen.findAllByText('Required')).toHaveLength(2);
    expect(screen.getByText(/Enter a valid email address/)).toBeTruthy();
    expect(screen.getByText('Use at least 12 characters')).toBeTruthy();
    for (const label of [/^Name/, /^Email/, /^Role/, /^Password/]) expect(screen.getByLabelText(label).getAttribute('aria-invalid')).toBe('true');
    expect(document.activeElement).toBe(screen.getByRole('textbox', { name: /Name/ }));
    expect(requests.filter((request) => request.method === 'POST')).toEqual([]);
  });
});
