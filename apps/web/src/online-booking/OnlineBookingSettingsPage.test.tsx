import type { OnlineBookingSettings } from '@smp/contracts';
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { MemoryRouter } from 'react-router';
import { describe, expect, it } from 'vitest';
import { json, stubApi } from '../test-support/fake-api';
import { renderWithQueries } from '../test-support/render-app';
import { OnlineBookingSettingsPage } from './OnlineBookingSettingsPage';

const marco = { id: '5d0b7a3e-4d44-4f0e-9a1c-2f1e5b9d0a03', name: 'Marco Silva' };
const dana = { id: '5d0b7a3e-4d44-4f0e-9a1c-2f1e5b9d0a04', name: 'Dana Reyes' };
const off: OnlineBookingSettings = { enabled: false, artistIds: [], modes: [], minNoticeHours: 24, horizonDays: 60 };

const renderPage = () =>
  renderWithQueries(
    <MemoryRouter>
      <OnlineBookingSettingsPage />
    </MemoryRouter>,
  );

describe('OnlineBookingSettingsPage', () => {
  it('turns online booking on with the artists and kinds offered, the notice and the horizon', async () => {
    const requests = stubApi({
      'GET /api/clinic/online-booking': () => json(off),
      'GET /api/artists': () => json({ items: [marco, dana] }),
      'PUT /api/clinic/online-booking': (request) => json(request.body),
    });
    renderPage();
    await userEvent.click(await screen.findByRole('checkbox', { name: 'Take consultation bookings online' }));
    await userEvent.click(screen.getByRole('button', { name: 'Save' }));
    expect(screen.getByText('Offer at least one artist')).toBeTruthy();
    expect(screen.getByText('Offer at least one kind of consultation')).toBeTruthy();

    await userEvent.click(within(screen.getByRole('group', { name: /Artists clients may choose/ })).getByRole('checkbox', { name: 'Dana Reyes' }));
    await userEvent.click(screen.getByRole('checkbox', { name: 'Video call' }));
    await userEvent.click(screen.getByRole('checkbox', { name: 'In person' }));
    await userEvent.clear(screen.getByLabelText(/Minimum notice/));
    await userEvent.type(screen.getByLabelText(/Minimum notice/), '12');
    await userEvent.click(screen.getByRole('button', { name: 'Save' }));

    expect((await screen.findByRole('status')).textContent).toBe('Online booking settings saved.');
    expect(requests.find((request) => request.method === 'PUT')?.body).toEqual({
      enabled: true,
      artistIds: [dana.id],
      modes: ['in_person', 'video'],
      minNoticeHours: 12,
      horizonDays: 60,
    });
  });

  it('gives the snippet that shows the booking page in the clinic’s website', async () => {
    stubApi({ 'GET /api/clinic/online-booking': () => json(off), 'GET /api/artists': () => json({ items: [marco] }) });
    renderPage();
    const snippet = await screen.findByRole<HTMLTextAreaElement>('textbox', { name: 'Embed snippet' });
    expect(snippet.value).toBe(`<iframe src="${window.location.origin}/book" title="Book a consultation" width="100%" height="900" style="border:0;max-width:600px"></iframe>`);
  });
});
