import type { ClientMessage, MessagePreferences } from '@smp/contracts';
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { clinicSettings, json, problem, sessionFor, stubApi } from '../test-support/fake-api';
import { emptyPage, grace } from '../test-support/fixtures';
import { renderApp } from '../test-support/render-app';

const neverAsked: MessagePreferences = { preferredContact: 'email', care: { allowed: true, latest: null }, marketing: { allowed: false, latest: null }, history: [] };
const marketingYes = {
  id: '5a0c9f3e-0000-4000-8000-000000000001',
  purpose: 'marketing' as const,
  granted: true,
  method: 'paper_form' as const,
  note: null,
  recordedBy: { id: sessionFor('receptionist').staff.id, name: 'Rachel Kim' },
  recordedAt: '2026-03-02T15:00:00.000Z',
};

const newerMessage: ClientMessage = {
  id: '6b0d8e4f-0000-4000-8000-000000000001',
  client: { id: grace.id, name: 'Grace Liu' },
  appointmentId: null,
  kind: 'reminder',
  purpose: 'care',
  status: 'scheduled',
  channel: null,
  recipient: null,
  subject: null,
  sendAt: '2026-03-07T09:00:00.000Z',
  sentAt: null,
  attempts: 0,
  lastError: null,
  withdrawnReason: null,
};
const olderMessage: ClientMessage = {
  ...newerMessage,
  id: '6b0d8e4f-0000-4000-8000-000000000002',
  kind: 'booking_confirmation',
  status: 'sent',
  channel: 'email',
  recipient: 'grace@example.com',
  sendAt: '2026-03-02T15:00:00.000Z',
  sentAt: '2026-03-02T15:00:03.000Z',
};

function renderClient(onRecord = () => json({ ...neverAsked, marketing: { allowed: true, latest: marketingYes }, history: [marketingYes] }, 201)) {
  const requests = stubApi({
    'GET /api/auth/me': () => json(sessionFor('receptionist')),
    'GET /api/clinic': () => json(clinicSettings),
    [`GET /api/clients/${grace.id}`]: () => json(grace),
    [`GET /api/clients/${grace.id}/history`]: () => json(emptyPage),
    [`GET /api/clients/${grace.id}/message-preferences`]: () => json(neverAsked),
    [`POST /api/clients/${grace.id}/message-consents`]: onRecord,
    [`GET /api/clients/${grace.id}/messages`]: (request) => json(request.search.get('cursor') ? { items: [olderMessage], nextCursor: null } : { items: [newerMessage], nextCursor: 'next' }),
  });
  renderApp(`/clients/${grace.id}`);
  return requests;
}

const card = async () => within(await screen.findByRole('region', { name: 'Messages' }));

describe('the client’s messages card', () => {
  it('says care messages go and marketing does not until the client agrees, and records their answer', async () => {
    const requests = renderClient();
    const messages = await card();
    expect(await messages.findByText('Sent unless the client says no')).toBeTruthy();
    expect(messages.getByText('Never asked: not sent')).toBeTruthy();
    await userEvent.click(messages.getByRole('button', { name: 'Record an answer' }));
    await userEvent.selectOptions(messages.getByLabelText(/^Messages/), 'Marketing');
    await userEvent.selectOptions(messages.getByLabelText(/^Answer/), 'Agrees');
    await userEvent.selectOptions(messages.getByLabelText(/^How they told us/), 'On a paper form');
    await userEvent.click(messages.getByRole('button', { name: 'Save answer' }));
    expect(await messages.findByText(/On a paper form, Rachel Kim/)).toBeTruthy();
    expect(requests.find((request) => request.method === 'POST')?.body).toEqual({ purpose: 'marketing', granted: true, method: 'paper_form', note: null });
    expect(requests.find((request) => request.path.endsWith('/message-preferences'))?.search.get('view')).toMatch(/^[0-9a-f-]{36}$/);
  });

  it('asks for every choice before saving, and shows the server’s refusal', async () => {
    renderClient(() => problem(409, '/problems/conflict', { title: 'Client is archived', detail: 'Restore the client before recording their consent' }));
    const messages = await card();
    await userEvent.click(await messages.findByRole('button', { name: 'Record an answer' }));
    await userEvent.click(messages.getByRole('button', { name: 'Save answer' }));
    expect(messages.getByText('Choose care or marketing')).toBeTruthy();
    await userEvent.selectOptions(messages.getByLabelText(/^Messages/), 'Care messages');
    await userEvent.selectOptions(messages.getByLabelText(/^Answer/), 'Does not agree');
    await userEvent.selectOptions(messages.getByLabelText(/^How they told us/), 'By phone');
    await userEvent.click(messages.getByRole('button', { name: 'Save answer' }));
    expect(await messages.findByText('Restore the client before recording their consent')).toBeTruthy();
  });

  it('lists the client’s messages, newest first, and shows more on request', async () => {
    const requests = renderClient();
    const messages = within(await screen.findByRole('list', { name: 'Sent and scheduled' }));
    expect(messages.getByText('Reminder')).toBeTruthy();
    expect(messages.getByText('Scheduled')).toBeTruthy();
    await userEvent.click(screen.getByRole('button', { name: 'Show more' }));
    expect(await messages.findByText('Booking confirmation')).toBeTruthy();
    expect(messages.getByText(/Sent 2 Mar 2026, .* · Email to grace@example.com/)).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Show more' })).toBeNull();
    expect(requests.find((request) => request.path.endsWith('/messages'))?.search.get('view')).toMatch(/^[0-9a-f-]{36}$/);
  });
});
