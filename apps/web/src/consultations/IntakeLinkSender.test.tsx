import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { json, stubApi } from '../test-support/fake-api';
import { grace } from '../test-support/fixtures';
import { IntakeLinkSender } from './IntakeLinkSender';

const consultationId = '7d1e2f3a-4b5c-4d6e-8f70-112233445566';
const path = `POST /api/clients/${grace.id}/consultations/${consultationId}/intake-link`;
const url = `https://clinic.example.com/intake/${'A'.repeat(43)}`;

describe('IntakeLinkSender', () => {
  it('sends the link and says where it went, with the link to copy', async () => {
    const requests = stubApi({ [path]: () => json({ url, expiresAt: '2026-03-12T15:00:00.000Z', emailedTo: 'grace@example.com' }, 201) });
    render(<IntakeLinkSender clientId={grace.id} consultationId={consultationId} />);
    await userEvent.click(screen.getByRole('button', { name: 'Send the intake link' }));
    expect((await screen.findByRole('status')).textContent).toBe('Emailed to grace@example.com.');
    expect(screen.getByLabelText<HTMLInputElement>(/The link/).value).toBe(url);
    expect(requests.filter((request) => request.method === 'POST')).toHaveLength(1);
  });

  it('asks for a text message when the client has no email', async () => {
    stubApi({ [path]: () => json({ url, expiresAt: '2026-03-12T15:00:00.000Z', emailedTo: null }, 201) });
    render(<IntakeLinkSender clientId={grace.id} consultationId={consultationId} />);
    await userEvent.click(screen.getByRole('button', { name: 'Send the intake link' }));
    expect((await screen.findByRole('status')).textContent).toMatch(/by text message/);
  });
});
