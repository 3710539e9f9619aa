import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { clinicSettings, json, sessionFor, stubApi } from '../test-support/fake-api';
import { renderApp } from '../test-support/render-app';

const main = {
  id: '7a1c0d2e-3b4f-4a5b-8c6d-000000000001',
  name: 'Demo clinic',
  address: null,
  phone: null,
  ownTimeZone: null,
  timeZone: clinicSettings.timeZone,
  main: true,
  archived: false,
  openingHours: clinicSettings.openingHours,
};

describe('the locations card', () => {
  it('adds a location with the main location’s hours, its own time zone, and shows it', async () => {
    const soho = { ...main, id: '7a1c0d2e-3b4f-4a5b-8c6d-000000000002', name: 'Soho', ownTimeZone: 'Europe/London', timeZone: 'Europe/London', main: false };
    let added = false;
    const requests = stubApi({
      'GET /api/auth/me': () => json(sessionFor('owner')),
      'GET /api/clinic': () => json(clinicSettings),
      'GET /api/locations': () => json({ items: added ? [main, soho] : [main] }),
      'POST /api/locations': () => {
        added = true;
        return json(soho, 201);
      },
      'GET /api/rooms': () => json({ items: [] }),
      'GET /api/closures': () => json({ items: [] }),
      'GET /api/artists': () => json({ items: [] }),
      'GET /api/prices': () => json({ items: [] }),
    });
    renderApp('/settings/scheduling');
    const card = within(await screen.findByRole('region', { name: 'Locations' }));
    expect(await card.findByText('Main')).toBeTruthy();
    expect(card.queryByRole('button', { name: /Archive Demo clinic/ })).toBeNull();

    await userEvent.type(card.getByLabelText(/New location/), 'Soho');
    const zone = card.getByLabelText(/Time zone/);
    await userEvent.clear(zone);
    await userEvent.type(zone, 'Europe/London');
    await userEvent.click(card.getByRole('button', { name: 'Add location' }));

    expect(await card.findByRole('button', { name: 'Archive Soho' })).toBeTruthy();
    const sent = requests.find((request) => request.method === 'POST' && request.path === '/api/locations')!;
    expect(sent.body).toEqual({ name: 'Soho', timeZone: 'Europe/London', address: null, phone: null, openingHours: clinicSettings.openingHours });
  });

  it('says which field is wrong', async () => {
    stubApi({
      'GET /api/auth/me': () => json(sessionFor('owner')),
      'GET /api/clinic': () => json(clinicSettings),
      'GET /api/locations': () => json({ items: [main] }),
      'GET /api/rooms': () => json({ items: [] }),
      'GET /api/closures': () => json({ items: [] }),
      'GET /api/artists': () => json({ items: [] }),
      'GET /api/prices': () => json({ items: [] }),
    });
    renderApp('/settings/scheduling');
    const card = within(await screen.findByRole('region', { name: 'Locations' }));
    await userEvent.type(card.getByLabelText(/New location/), 'Moon base');
    const zone = card.getByLabelText(/Time zone/);
    await userEvent.clear(zone);
    await userEvent.type(zone, 'Moon/Tranquility');
    await userEvent.click(card.getByRole('button', { name: 'Add location' }));
    expect(await card.findByText('Enter an IANA time zone, such as America/New_York')).toBeTruthy();
  });

  it('changes a location’s own opening hours and time zone', async () => {
    const soho = { ...main, id: '7a1c0d2e-3b4f-4a5b-8c6d-000000000002', name: 'Soho', main: false };
    const requests = stubApi({
      'GET /api/auth/me': () => json(sessionFor('owner')),
      'GET /api/clinic': () => json(clinicSettings),
      'GET /api/locations': () => json({ items: [main, soho] }),
      [`PUT /api/locations/${soho.id}`]: (request) => json({ ...soho, ...(request.body as object) }),
      'GET /api/rooms': () => json({ items: [] }),
      'GET /api/closures': () => json({ items: [] }),
      'GET /api/artists': () => json({ items: [] }),
      'GET /api/prices': () => json({ items: [] }),
    });
    renderApp('/settings/scheduling');
    const card = within(await screen.findByRole('region', { name: 'Locations' }));
    await userEvent.click(await card.findByRole('button', { name: 'Change Soho' }));
    const form = within(card.getByRole('form', { name: 'Change Soho' }));
    await userEvent.type(form.getByLabelText(/^Time zone/), 'Europe/London');
    await userEvent.click(form.getByRole('button', { name: 'Add hours on Sunday' }));
    await userEvent.click(form.getByRole('button', { name: 'Save location' }));

    await waitFor(() => expect(card.queryByRole('form', { name: 'Change Soho' })).toBeNull());
    const sent = requests.find((request) => request.method === 'PUT')!.body as { timeZone: string; openingHours: { weekday: number }[] };
    expect(sent.timeZone).toBe('Europe/London');
    expect(sent.openingHours.filter((interval) => interval.weekday === 7)).toEqual([{ weekday: 7, opens: '09:00', closes: '17:00' }]);
  });
});
