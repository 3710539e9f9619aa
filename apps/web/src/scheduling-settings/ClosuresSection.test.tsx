import { fireEvent, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { json, stubApi } from '../test-support/fake-api';
import { renderWithQueries } from '../test-support/render-app';
import { ClosuresSection } from './ClosuresSection';

const closure = { id: '5f0c2d9e-1a2b-4c3d-8e4f-000000000011', startsOn: '2031-12-24', endsOn: '2031-12-26', reason: 'Winter break' };

describe('ClosuresSection', () => {
  it('shows a closure added, from the list the server answers with', async () => {
    const requests = stubApi({ 'GET /api/closures': () => json({ items: [] }), 'POST /api/closures': () => json({ items: [closure] }, 201) });
    renderWithQueries(<ClosuresSection />);
    await screen.findByText('No closures coming up.');
    fireEvent.change(screen.getByLabelText(/First day/), { target: { value: closure.startsOn } });
    fireEvent.change(screen.getByLabelText(/Last day/), { target: { value: closure.endsOn } });
    await userEvent.type(screen.getByLabelText(/Why/), closure.reason);
    await userEvent.click(screen.getByRole('button', { name: 'Add closure' }));

    expect(await screen.findByRole('button', { name: 'Remove closure Winter break' })).toBeTruthy();
    expect(screen.queryByRole('alert')).toBeNull();
    expect(requests.at(-1)?.body).toEqual({ startsOn: closure.startsOn, endsOn: closure.endsOn, reason: closure.reason });
  });
});
