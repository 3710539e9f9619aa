import type { OnlineClient, Today, TodayAppointment } from '@smp/contracts';
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { clinicSettings, json, problem, sessionFor, stubApi, type FakeRequest } from '../test-support/fake-api';
import { setClock } from '../test-support/clock';
import { renderApp } from '../test-support/render-app';
import { touchUpInProgress } from '../test-support/session-fixtures';

const { history: _history, ...appointment } = touchUpInProgress;
// A fixed day: 10:00 in New York on the fixtures' Monday, before the touch-up starts.
const NOW = '2030-07-15T14:00:00.000Z';
const treatment: TodayAppointment = { ...appointment, status: 'confirmed', cautions: [{ questionId: 'keloid_tendency', reason: 'Keloid tendency: work gently and watch healing.' }] };

const newClient: OnlineClient = {
  id: '7a1b2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d',
  firstName: 'Sam',
  lastName: 'Ortiz',
  email: 'sam@example.com',
  phone: '+12125550188',
  onlineSince: '2030-07-14T22:10:00.000Z',
};

const emptyDay: Today = { date: '2030-07-15', appointments: [], unconfirmed: [], followUps: null, decisions: null };

function renderToday(role: 'artist' | 'receptionist' | 'owner', today: Today, path = '/today', onlineClients: OnlineClient[] = []): FakeRequest[] {
  setClock(NOW);
  const requests = stubApi({
    'GET /api/auth/me': () => json(sessionFor(role)),
    'GET /api/clinic': () => json(clinicSettings),
    'GET /api/today': () => json(today),
    'GET /api/online-clients': () => json({ items: onlineClients }),
    [`POST /api/online-clients/${newClient.id}/confirm`]: () => {
      onlineClients.splice(0);
      return json({ ...newClient });
    },
    [`POST /api/appointments/${treatment.id}/status`]: (request) => json({ ...touchUpInProgress, status: (request.body as { status: string }).status }),
  });
  renderApp(path);
  return requests;
}

describe('the Today page', () => {
  it('lists the clients online bookings created, for reception to confirm', async () => {
    const requests = renderToday('receptionist', emptyDay, '/today', [newClient]);
    const section = within(await screen.findByRole('region', { name: 'New online clients' }));
    expect(section.getByRole('link', { name: 'Sam Ortiz' }).getAttribute('href')).toBe(`/clients/${newClient.id}`);
    expect(section.getByText(/sam@example.com · \(212\) 555-0188 · since 14 Jul 2030, 18:10/)).toBeTruthy();
    fireEvent.click(section.getByRole('button', { name: 'Confirm Sam Ortiz' }));
    await waitFor(() => expect(screen.queryByRole('region', { name: 'New online clients' })).toBeNull());
    expect(requests.some((request) => request.method === 'POST' && request.path === `/api/online-clients/${newClient.id}/confirm`)).toBe(true);
  });

  it('is where a signed-in person lands, the first link of the top bar', async () => {
    renderToday('receptionist', emptyDay, '/');
    expect(await screen.findByRole('heading', { level: 1, name: /Today/ })).toBeTruthy();
    const main = within(screen.getByRole('navigation', { name: 'Main' }));
    expect(main.getAllByRole('link')[0]!.textContent).toBe('Today');
  });

  it('shows the artist their treatment with its caution items, and one tap starts it and opens its record', async () => {
    const requests = renderToday('artist', { ...emptyDay, appointments: [treatment] });
    const day = within(await screen.findByRole('region', { name: 'Your appointments' }));
    expect(day.getByText('Grace Liu')).toBeTruthy();
    expect(within(day.getByRole('list', { name: 'Caution' })).getByText(/Keloid tendency/)).toBeTruthy();

    fireEvent.click(day.getByRole('button', { name: 'Start & record session' }));
    await waitFor(() => expect(requests.some((request) => request.method === 'GET' && request.path === `/api/appointments/${treatment.id}`)).toBe(true));
    const statuses = requests.filter((request) => request.method === 'POST').map((request) => (request.body as { status: string }).status);
    expect(statuses).toEqual(['arrived', 'in_progress']);
  });

  it('goes on from where the server is when starting fails half-way: the next tap does not send "arrived" again', async () => {
    setClock(NOW);
    let status: TodayAppointment['status'] = 'confirmed';
    let refuseStart = true;
    const requests = stubApi({
      'GET /api/auth/me': () => json(sessionFor('artist')),
      'GET /api/clinic': () => json(clinicSettings),
      'GET /api/today': () => json({ ...emptyDay, appointments: [{ ...treatment, status }] }),
      [`POST /api/appointments/${treatment.id}/status`]: (request) => {
        const next = (request.body as { status: TodayAppointment['status'] }).status;
        if (next === 'in_progress' && refuseStart) {
          refuseStart = false;
          return problem(409, '/problems/conflict', { detail: 'The room is not ready yet' });
        }
        status = next;
        return json({ ...touchUpInProgress, status });
      },
    });
    renderApp('/today');
    const day = within(await screen.findByRole('region', { name: 'Your appointments' }));

    fireEvent.click(day.getByRole('button', { name: 'Start & record session' }));
    expect(await day.findByText('The room is not ready yet')).toBeTruthy();
    expect(await day.findByText(/Arrived/)).toBeTruthy();
    fireEvent.click(day.getByRole('button', { name: 'Start & record session' }));

    await waitFor(() => expect(requests.some((request) => request.method === 'GET' && request.path === `/api/appointments/${treatment.id}`)).toBe(true));
    const statuses = requests.filter((request) => request.method === 'POST').map((request) => (request.body as { status: string }).status);
    expect(statuses).toEqual(['arrived', 'in_progress', 'in_progress']);
  }, 15_000);

  it('offers the artist "Record session" straight away for a treatment in progress', async () => {
    renderToday('artist', { ...emptyDay, appointments: [{ ...treatment, status: 'in_progress' }] });
    const link = await screen.findByRole('link', { name: 'Record session' });
    expect(link.getAttribute('href')).toBe(`/appointments/${treatment.id}/record`);
  });

  it('shows reception the arrivals with their artist, bookings to confirm and follow-ups, without starting sessions', async () => {
    const later = { ...appointment, id: '3f2a6b1c-5d4e-4f70-8a9b-0c1d2e3f4a09', status: 'booked' as const, startsAt: '2030-07-17T14:00:00.000Z', endsAt: '2030-07-17T15:00:00.000Z' };
    renderToday('receptionist', { ...emptyDay, appointments: [{ ...treatment, cautions: null }], unconfirmed: [later], followUps: [] });
    const day = within(await screen.findByRole('region', { name: 'Arrivals' }));
    expect(day.getByText(/Marco Silva/)).toBeTruthy();
    expect(day.queryByRole('button', { name: /Start/ })).toBeNull();
    const toConfirm = within(screen.getByRole('region', { name: 'To confirm' }));
    expect(toConfirm.getByRole('link', { name: 'Open' }).getAttribute('href')).toBe(`/calendar?date=2030-07-17&location=${later.location.id}&appointment=${later.id}`);
    expect(screen.getByRole('region', { name: 'Follow-ups due' })).toBeTruthy();
    expect(screen.queryByRole('region', { name: 'Needs your decision' })).toBeNull();
  });

  it('puts to the owner the blocked treatments and expiring certifications', async () => {
    renderToday('owner', {
      ...emptyDay,
      followUps: [],
      decisions: {
        blockedTreatments: [appointment],
        expiringCertifications: [{ staff: { id: appointment.artist.id, name: 'Marco Silva' }, name: 'Bloodborne pathogens', expiresOn: '2030-07-30', requiredForTreatment: true }],
      },
    });
    const decisions = within(await screen.findByRole('region', { name: 'Needs your decision' }));
    expect(decisions.getByText('Grace Liu')).toBeTruthy();
    expect(decisions.getByRole('link', { name: 'Marco Silva' }).getAttribute('href')).toBe(`/staff/${appointment.artist.id}`);
    expect(decisions.getByText('Bloodborne pathogens')).toBeTruthy();
    expect(decisions.getByText(/^Required for treatment: after it, no treatment bookings or session records/)).toBeTruthy();
  });
});

describe('the skip link', () => {
  it('is the first thing the Tab key reaches and moves the focus to the page', async () => {
    renderToday('receptionist', emptyDay);
    await screen.findByRole('heading', { level: 1, name: /Today/ });
    const skip = screen.getByRole('link', { name: 'Skip to main content' });
    const focusable = document.querySelectorAll('a[href], button, input, select, textarea, [tabindex]:not([tabindex="-1"])');
    expect(focusable[0]).toBe(skip);
    fireEvent.click(skip);
    expect(document.activeElement).toBe(screen.getByRole('main'));
    expect(document.activeElement!.id).toBe(skip.getAttribute('href')!.slice(1));
  });
});
