import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { clinicSettings, json, problem, sessionFor, stubApi } from '../test-support/fake-api';
import { activePlan as plan, atTheClinic, grace, location, marco } from '../test-support/fixtures';
import { renderApp } from '../test-support/render-app';

const chair = { id: '1c0a3b52-0000-4000-8000-000000000001', name: 'Chair 1', archived: false };
const clear = { state: 'clear', eligible: true, validUntil: '2030-06-01', deferUntil: null, openItems: 0 } as const;
const client = { ...grace, screening: clear };

const slot = (startsAt: string) => ({ startsAt, endsAt: startsAt, artistId: marco.id, roomId: chair.id });

function stubBooking(bookAnswer: () => Response, changes: Parameters<typeof stubApi>[0] = {}) {
  return stubApi({
    'GET /api/auth/me': () => json(sessionFor('receptionist')),
    'GET /api/clinic': () => json(clinicSettings),
    'GET /api/artists': () => json({ items: [marco] }),
    'GET /api/rooms': () => json({ items: [chair] }),
    'GET /api/closures': () => json({ items: [] }),
    [`GET /api/artists/${marco.id}/schedule`]: () => json({ artist: marco, weekly: [], timeOff: [] }),
    'GET /api/appointments': () => json({ items: [] }),
    [`GET /api/clients/${client.id}`]: () => json(client),
    'GET /api/treatment-plans': () => json({ items: [plan] }),
    [`GET /api/treatment-plans/${plan.id}/next-session-slots`]: () =>
      json({ slots: [slot('2030-03-12T13:00:00.000Z'), slot('2030-03-12T13:15:00.000Z'), slot('2030-03-14T18:00:00.000Z')], window: plan.sessions[1]!.window }),
    'POST /api/appointments': bookAnswer,
    ...changes,
  });
}

const openPanel = async () => {
  renderApp(`/calendar?book=1&clientId=${client.id}&kind=plan_session&planSessionId=${plan.sessions[1]!.id}&artistId=${marco.id}`);
  const panel = within(await screen.findByRole('complementary', { name: 'Book an appointment' }));
  expect(await panel.findByText(/Window: opens/)).toBeTruthy();
  return panel;
};

describe('the booking panel', () => {
  it('books the chosen slot of a plan session inside its window, on the clinic’s clock', async () => {
    const requests = stubBooking(() =>
      json(
        {
          id: '5a0e7c1d-0000-4000-8000-0000000000a2',
          kind: 'plan_session',
          status: 'booked',
          client: plan.client,
          artist: marco,
          room: chair,
          location: atTheClinic,
          startsAt: '2030-03-14T18:00:00.000Z',
          endsAt: '2030-03-14T21:30:00.000Z',
          durationMinutes: 210,
          planSession: { id: plan.sessions[1]!.id, planId: plan.id, number: 2, style: plan.style },
          consultationId: null,
          notes: null,
          cancellation: null,
          overrideReason: null,
          createdAt: '2030-03-01T10:00:00.000Z',
          updatedAt: '2030-03-01T10:00:00.000Z',
        },
        201,
      ),
    );
    const panel = await openPanel();
    expect(panel.getByText('12 Mar 2030')).toBeTruthy();
    expect(panel.getByLabelText<HTMLSelectElement>(/Plan session/).value).toBe(plan.sessions[1]!.id);

    await userEvent.click(within(panel.getByRole('group', { name: 'Thu 14 Mar' })).getByRole('button', { name: '14:00' }));
    expect(
      within(panel.getByRole('group', { name: 'Thu 14 Mar' }))
        .getByRole('button', { name: '14:00' })
        .getAttribute('aria-pressed'),
    ).toBe('true');
    expect(panel.getByLabelText<HTMLInputElement>(/^Time/).value).toBe('14:00');
    await userEvent.click(panel.getByRole('button', { name: 'Book appointment' }));

    expect(requests.find((request) => request.method === 'POST')?.body).toEqual({
      kind: 'plan_session',
      clientId: client.id,
      artistId: marco.id,
      roomId: chair.id,
      startsAt: '2030-03-14T18:00:00.000Z',
      durationMinutes: 210,
      planSessionId: plan.sessions[1]!.id,
      notes: null,
    });
    expect((await screen.findByRole('status')).textContent).toBe('Booked Grace Liu with Marco Silva on Thu 14 Mar, 14:00.');
  });

  it('explains a refusal by the rule, with the nearest allowed slots, and no override for a receptionist', async () => {
    const requests = stubBooking(() =>
      problem(409, '/problems/outside-working-hours', {
        detail: 'On 2030-03-12 the artist works 09:00–13:00 and 14:00–18:00 (within the clinic’s opening hours)',
        workingHours: ['09:00–13:00', '14:00–18:00'],
        errors: [{ field: 'startsAt', message: 'Outside the artist’s working hours' }],
      }),
    );
    const panel = await openPanel();
    await userEvent.click(within(panel.getByRole('group', { name: 'Tue 12 Mar' })).getByRole('button', { name: '09:15' }));
    await userEvent.clear(panel.getByLabelText(/^Time/));
    await userEvent.type(panel.getByLabelText(/^Time/), '08:00');
    await userEvent.click(panel.getByRole('button', { name: 'Book appointment' }));

    const refusal = within(await panel.findByRole('alert'));
    expect(refusal.getByText('On 2030-03-12 the artist works 09:00–13:00 and 14:00–18:00 (within the clinic’s opening hours)')).toBeTruthy();
    expect(refusal.getAllByRole('button').map((button) => button.textContent)).toEqual(['Book Tue 12 Mar, 09:00', 'Book Tue 12 Mar, 09:15', 'Book Thu 14 Mar, 14:00']);
    expect(panel.getByText('Outside the artist’s working hours')).toBeTruthy();
    expect(panel.queryByRole('button', { name: 'Override with a reason' })).toBeNull();

    await userEvent.click(refusal.getByRole('button', { name: 'Book Tue 12 Mar, 09:00' }));
    const posts = requests.filter((request) => request.method === 'POST');
    expect(posts.map((request) => (request.body as { startsAt: string }).startsAt)).toEqual(['2030-03-12T12:00:00.000Z', '2030-03-12T13:00:00.000Z']);
  });

  it('offers and books the times of the location chosen, on its clock', async () => {
    const downtown = location(1, 'Downtown');
    const soho = location(2, 'Soho', { timeZone: 'Europe/London' });
    const sohoChair = { ...chair, id: '1c0a3b52-0000-4000-8000-000000000002', name: 'Soho chair', locationId: soho.id };
    const requests = stubBooking(() => problem(409, '/problems/outside-working-hours', { errors: [] }), {
      'GET /api/locations': () => json({ items: [downtown, soho] }),
      'GET /api/rooms': () => json({ items: [{ ...chair, locationId: downtown.id }, sohoChair] }),
      [`GET /api/treatment-plans/${plan.id}/next-session-slots`]: () =>
        json({
          slots: [
            { ...slot('2030-03-14T10:00:00.000Z'), roomId: sohoChair.id, locationId: soho.id },
            { ...slot('2030-03-14T18:00:00.000Z'), locationId: downtown.id },
          ],
          window: plan.sessions[1]!.window,
        }),
    });
    const panel = await openPanel();
    expect(
      within(panel.getByRole('group', { name: 'Thu 14 Mar' }))
        .getAllByRole('button')
        .map((button) => button.textContent),
    ).toEqual(['14:00']);
    expect(panel.queryByRole('option', { name: 'Soho chair' })).toBeNull();

    await userEvent.selectOptions(panel.getByLabelText('Location'), 'Soho');
    const sohoTimes = within(panel.getByRole('group', { name: 'Thu 14 Mar' }));
    expect(sohoTimes.getAllByRole('button').map((button) => button.textContent)).toEqual(['10:00']);
    expect(panel.getByLabelText(/^Time \(Europe\/London\)/)).toBeTruthy();
    expect(panel.getByRole('option', { name: 'Soho chair' })).toBeTruthy();
    await userEvent.click(sohoTimes.getByRole('button', { name: '10:00' }));
    await userEvent.click(panel.getByRole('button', { name: 'Book appointment' }));
    await panel.findByRole('alert');
    expect(requests.find((request) => request.method === 'POST')?.body).toMatchObject({ startsAt: '2030-03-14T10:00:00.000Z', roomId: sohoChair.id, locationId: soho.id });
  });
});
