import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { clinicSettings, json, sessionFor, stubApi } from '../test-support/fake-api';
import { location } from '../test-support/fixtures';
import { renderApp } from '../test-support/render-app';

const main = location(1, 'Demo clinic');

/** The Scheduling page of an owner, with the locations' routes given. */
function openSchedulingSettings(locationRoutes: Parameters<typeof stubApi>[0]) {
  const requests = stubApi({
    'GET /api/auth/me': () => json(sessionFor('owner')),
    'GET /api/clinic': () => json(clinicSettings),
    'GET /api/rooms': () => json({ items: [] }),
    'GET /api/closures': () => json({ items: [] }),
    'GET /api/artists': () => json({ items: [] }),
    'GET /api/prices': () => json({ items: [] }),
    ...locationRoutes,
  });
  renderApp('/settings/scheduling');
  return requests;
}

describe('the locations card', () => {
  it('adds a location with the main location’s hours, its own time zone, and shows it', async () => {
    const soho = location(2, 'Soho', { timeZone: 'Europe/London' });
    let added = false;
    const requests = openSchedulingSettings({
      'GET /api/locations': () => json({ items: added ? [main, soho] : [main] }),
      'POST /api/locations': () => {
        added = true;
        return json(soho, 201);
      },
    });
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
    openSchedulingSettings({
      'GET /api/locations': () => json({ items: [main] }),
    });
    const card = within(await screen.findByRole('region', { name: 'Locations' }));
    await userEvent.type(card.getByLabelText(/New location/), 'Moon base');
    const zone = card.getByLabelText(/Time zone/);
    await userEvent.clear(zone);
    await userEvent.type(zone, 'Moon/Tranquility');
    await userEvent.click(card.getByRole('button', { name: 'Add location' }));
    expect(await card.findByText('Enter an IANA time zone, such as America/New_York')).toBeTruthy();
  });

  it('changes a location’s own opening hours and time zone', async () => {
    const soho = location(2, 'Soho');
    const requests = openSchedulingSettings({
      'GET /api/locations': () => json({ items: [main, soho] }),
      [`PUT /api/locations/${soho.id}`]: (request) => json({ ...soho, ...(request.body as object) }),
    });
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
