import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { json, stubApi } from '../test-support/fake-api';
import { location } from '../test-support/fixtures';
import { renderWithQueries } from '../test-support/render-app';
import { WorkLocationsCard } from './WorkLocationsCard';

const downtown = location(1, 'Downtown');
const harbour = location(2, 'Harbour');
const rachel = { id: '0b6c7a3e-4d44-4f0e-9a1c-2f1e5b9d0a02', name: 'Rachel Kim', role: 'receptionist' as const };

describe('where a staff member works', () => {
  it('limits a receptionist to the locations ticked', async () => {
    const requests = stubApi({
      'GET /api/locations': () => json({ items: [downtown, harbour] }),
      [`GET /api/staff/${rachel.id}/locations`]: () => json({ locationIds: [] }),
      [`PUT /api/staff/${rachel.id}/locations`]: (request) => json(request.body),
    });
    renderWithQueries(<WorkLocationsCard staff={rachel} />);
    await userEvent.click(await screen.findByRole('checkbox', { name: 'Harbour' }));
    await userEvent.click(screen.getByRole('button', { name: 'Save where they work' }));
    expect(await screen.findByText('Saved.')).toBeTruthy();
    expect(requests.find((request) => request.method === 'PUT')!.body).toEqual({ locationIds: [harbour.id] });
    expect(screen.getByRole<HTMLInputElement>('checkbox', { name: 'Harbour' }).checked).toBe(true);
  });

  it('is not offered for owners, nor while the clinic has one location', async () => {
    stubApi({ 'GET /api/locations': () => json({ items: [downtown] }), [`GET /api/staff/${rachel.id}/locations`]: () => json({ locationIds: [] }) });
    renderWithQueries(
      <>
        <WorkLocationsCard staff={rachel} />
        <p>Page</p>
      </>,
    );
    expect(await screen.findByText('Page')).toBeTruthy();
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(screen.queryByRole('heading', { name: 'Works at' })).toBeNull();
  });
});
