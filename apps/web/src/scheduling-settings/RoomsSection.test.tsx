import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { json, stubApi } from '../test-support/fake-api';
import { renderWithQueries } from '../test-support/render-app';
import { RoomsSection } from './RoomsSection';

const chair1 = { id: '5f0c2d9e-1a2b-4c3d-8e4f-000000000001', name: 'Chair 1', archived: false };
const chair2 = { id: '5f0c2d9e-1a2b-4c3d-8e4f-000000000002', name: 'Chair 2', archived: false };

const roomNames = () =>
  within(screen.getByRole('list'))
    .getAllByRole('listitem')
    .map((item) => item.querySelector('span')?.textContent);

describe('RoomsSection', () => {
  it('shows a room added, from the list the server answers with', async () => {
    stubApi({ 'GET /api/rooms': () => json({ items: [chair1] }), 'POST /api/rooms': () => json({ items: [chair1, chair2] }, 201) });
    renderWithQueries(<RoomsSection />);
    await screen.findByRole('button', { name: 'Archive Chair 1' });
    await userEvent.type(screen.getByLabelText(/New room or chair/), 'Chair 2');
    await userEvent.click(screen.getByRole('button', { name: 'Add room' }));

    expect(await screen.findByRole('button', { name: 'Archive Chair 2' })).toBeTruthy();
    expect(roomNames()).toEqual(['Chair 1', 'Chair 2']);
  });

  it('marks a room archived once the server has taken it out of use', async () => {
    stubApi({
      'GET /api/rooms': () => json({ items: [chair1] }),
      [`POST /api/rooms/${chair1.id}/archive`]: () => json({ items: [{ ...chair1, archived: true }] }),
    });
    renderWithQueries(<RoomsSection />);
    await userEvent.click(await screen.findByRole('button', { name: 'Archive Chair 1' }));

    expect(await screen.findByRole('button', { name: 'Restore Chair 1' })).toBeTruthy();
    expect(screen.getByText('Archived')).toBeTruthy();
  });
});
