import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { StaffRole } from '@smp/contracts';
import { describe, expect, it } from 'vitest';
import { clinicSettings, json, sessionFor, stubApi, type FakeRequest } from '../test-support/fake-api';
import { renderApp } from '../test-support/render-app';
import { mediumGrey, threePoint } from '../test-support/session-fixtures';

const [expiredLot, lotInUse] = mediumGrey.lots;

function renderCatalogue(role: StaffRole, routes: Record<string, (request: FakeRequest) => Response> = {}) {
  const requests = stubApi({
    'GET /api/auth/me': () => json(sessionFor(role)),
    'GET /api/clinic': () => json(clinicSettings),
    'GET /api/pigments': () => json({ items: [{ ...mediumGrey, lots: [{ ...expiredLot!, quantity: 0 }, lotInUse!] }] }),
    'GET /api/needles': () => json({ items: [threePoint] }),
    ...routes,
  });
  renderApp('/pigments');
  return requests;
}

describe('PigmentsPage stock', () => {
  it('shows each lot’s stock, an empty lot as out of stock, and offers no adjustment to artists', async () => {
    renderCatalogue('artist');
    const pigments = within(await screen.findByRole('table', { name: 'Pigments' }));
    expect(pigments.getByText('Out of stock')).toBeTruthy();
    expect(pigments.getByText(/6 in stock/)).toBeTruthy();
    expect(screen.queryByRole('button', { name: /^Adjust the stock/ })).toBeNull();
  });

  it('lets an owner adjust a lot’s stock, asking for the reason first', async () => {
    const requests = renderCatalogue('owner', {
      [`POST /api/pigment-lots/${lotInUse!.id}/adjustments`]: () => json({ items: [{ ...mediumGrey, lots: [expiredLot, { ...lotInUse!, quantity: 4 }] }] }, 201),
    });
    await userEvent.click(await screen.findByRole('button', { name: 'Adjust the stock of lot ZS-0925' }));
    const form = within(screen.getByRole('form', { name: 'Adjust the stock of lot ZS-0925' }));
    expect(form.getByText(/holds 6/)).toBeTruthy();
    await userEvent.clear(form.getByLabelText(/^Units to add/));
    await userEvent.type(form.getByLabelText(/^Units to add/), '-2');
    await userEvent.click(form.getByRole('button', { name: 'Adjust stock' }));
    expect(await form.findByText('Say why the stock changes (at least 3 characters)')).toBeTruthy();
    expect(requests.some((request) => request.method === 'POST')).toBe(false);

    await userEvent.type(form.getByLabelText(/^Reason/), 'Two bottles broke');
    await userEvent.click(form.getByRole('button', { name: 'Adjust stock' }));
    expect((await screen.findByRole('status')).textContent).toBe('Stock of lot ZS-0925 adjusted.');
    expect(requests.find((request) => request.method === 'POST')?.body).toEqual({ change: -2, reason: 'Two bottles broke' });
    expect(within(screen.getByRole('table', { name: 'Pigments' })).getByText(/4 in stock/)).toBeTruthy();
  });
});
