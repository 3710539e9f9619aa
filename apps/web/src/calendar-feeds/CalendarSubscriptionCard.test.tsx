import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { CalendarFeed, StaffRole } from '@smp/contracts';
import { describe, expect, it } from 'vitest';
import { clinicSettings, json, sessionFor, stubApi, type FakeRequest } from '../test-support/fake-api';
import { renderApp } from '../test-support/render-app';

const address = 'https://clinic.example.com/api/calendar-feeds/Zm9yIHRlc3RzIG9ubHksIG5vdCBhIHJlYWwgdG9rZW4x.ics';

/** The account page of someone whose subscription is as `feed` says, until a request changes it. */
function openAccount(role: StaffRole, feed: CalendarFeed): FakeRequest[] {
  let current = feed;
  const requests = stubApi({
    'GET /api/auth/me': () => json(sessionFor(role)),
    'GET /api/clinic': () => json(clinicSettings),
    'GET /api/me/calendar-feed': () => json(current),
    'POST /api/me/calendar-feed': () => {
      current = { live: true, since: '2030-07-15T14:00:00.000Z' };
      return json({ url: address, since: current.since }, 201);
    },
    'DELETE /api/me/calendar-feed': () => {
      current = { live: false, since: null };
      return new Response(null, { status: 204 });
    },
  });
  renderApp('/account');
  return requests;
}

const card = async () => within(await screen.findByRole('region', { name: 'Calendar subscription' }));

describe('the calendar subscription card', () => {
  it('makes an address, shows it once with a Copy button and how to add it to a phone', async () => {
    const user = userEvent.setup();
    openAccount('artist', { live: false, since: null });
    await user.click(await (await card()).findByRole('button', { name: 'Make my calendar address' }));

    const subscription = await card();
    expect(await subscription.findByLabelText('Your calendar address')).toHaveProperty('value', address);
    expect(subscription.getByText(/shown only now/)).toBeTruthy();
    expect(subscription.getByRole('link', { name: 'open this link on the phone' }).getAttribute('href')).toBe(address.replace('https:', 'webcal:'));
    expect(subscription.getByText('Google Calendar and Android:')).toBeTruthy();

    await user.click(subscription.getByRole('button', { name: 'Copy' }));
    expect(await navigator.clipboard.readText()).toBe(address);
    expect(subscription.getByRole('status').textContent).toBe('Copied.');
    // Once on, the address is replaced or turned off from here.
    expect(await subscription.findByRole('button', { name: 'Make a new address' })).toBeTruthy();
  });

  it('says since when one is on, and turns it off once confirmed', async () => {
    const user = userEvent.setup();
    const requests = openAccount('owner', { live: true, since: '2030-07-01T13:30:00.000Z' });
    const subscription = await card();
    expect((await subscription.findByText(/^On since/)).textContent).toContain('1 Jul 2030, 09:30');
    expect(subscription.queryByLabelText('Your calendar address')).toBeNull();

    await user.click(subscription.getByRole('button', { name: 'Turn off' }));
    const dialog = subscription.getByRole('alertdialog', { name: 'Turn off' });
    expect(requests.some((request) => request.method === 'DELETE')).toBe(false);
    await user.click(within(dialog).getByRole('button', { name: 'Turn off' }));

    expect(await subscription.findByText('Off.')).toBeTruthy();
    expect(requests.filter((request) => request.method === 'DELETE')).toHaveLength(1);
    expect(subscription.getByRole('button', { name: 'Make my calendar address' })).toBeTruthy();
  });

  it('is not offered to reception, who have no appointments of their own', async () => {
    const requests = openAccount('receptionist', { live: false, since: null });
    expect(await screen.findByRole('heading', { name: 'Change password' })).toBeTruthy();
    expect(screen.queryByRole('region', { name: 'Calendar subscription' })).toBeNull();
    expect(requests.some((request) => request.path === '/api/me/calendar-feed')).toBe(false);
  });
});
