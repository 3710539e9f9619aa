import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { clinicSettings, json, sessionFor, stubApi } from '../test-support/fake-api';
import { location, marco } from '../test-support/fixtures';
import { renderApp } from '../test-support/render-app';

const downtown = location(1, 'Downtown');
const harbour = location(2, 'Harbour');
const artist = marco;

describe('an artist’s hours at several locations', () => {
  it('shows and changes the hours at the location chosen, keeping those elsewhere', async () => {
    const weekly = [
      { weekday: 1, starts: '09:00', ends: '17:00', locationId: downtown.id },
      { weekday: 2, starts: '10:00', ends: '16:00', locationId: harbour.id },
    ];
    const requests = stubApi({
      'GET /api/auth/me': () => json(sessionFor('owner')),
      'GET /api/clinic': () => json(clinicSettings),
      'GET /api/locations': () => json({ items: [downtown, harbour] }),
      'GET /api/artists': () => json({ items: [artist] }),
      [`GET /api/artists/${artist.id}/schedule`]: () => json({ artist, weekly, timeOff: [] }),
      [`PUT /api/artists/${artist.id}/hours`]: (request) => json({ artist, weekly: (request.body as { weekly: unknown[] }).weekly, timeOff: [] }),
      'GET /api/rooms': () => json({ items: [] }),
      'GET /api/closures': () => json({ items: [] }),
      'GET /api/prices': () => json({ items: [] }),
    });
    renderApp('/settings/scheduling');
    const card = within(await screen.findByRole('region', { name: 'Artists’ hours and time off' }));
    expect((await card.findByLabelText<HTMLInputElement>('Monday')).value).toBe('09:00–17:00');
    expect(card.getByLabelText<HTMLInputElement>('Tuesday').value).toBe('');

    await userEvent.selectOptions(card.getByLabelText('Location'), 'Harbour');
    expect(card.getByLabelText<HTMLInputElement>('Monday').value).toBe('');
    expect(card.getByLabelText<HTMLInputElement>('Tuesday').value).toBe('10:00–16:00');
    await userEvent.type(card.getByLabelText('Wednesday'), '12:00–18:00');
    await userEvent.click(card.getByRole('button', { name: 'Save hours' }));

    expect(await card.findByText('Hours saved.')).toBeTruthy();
    const saved = requests.find((request) => request.method === 'PUT')!.body as { weekly: unknown[] };
    expect(saved.weekly).toEqual([
      { weekday: 1, starts: '09:00', ends: '17:00', locationId: downtown.id },
      { weekday: 2, starts: '10:00', ends: '16:00', locationId: harbour.id },
      { weekday: 3, starts: '12:00', ends: '18:00', locationId: harbour.id },
    ]);
  });
});
