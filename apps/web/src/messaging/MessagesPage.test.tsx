import type { CaughtEmail, ClientMessage } from '@smp/contracts';
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { clinicSettings, json, problem, sessionFor, stubApi, type FakeRequest } from '../test-support/fake-api';
import { emptyPage, grace } from '../test-support/fixtures';
import { renderApp } from '../test-support/render-app';

const failed: ClientMessage = {
  id: '7d1e4a20-0000-4000-8000-000000000001',
  client: { id: grace.id, name: 'Grace Liu' },
  appointmentId: null,
  kind: 'reminder',
  purpose: 'care',
  status: 'failed',
  channel: 'email',
  recipient: 'grace@example.com',
  subject: 'See you soon',
  sendAt: '2026-03-05T09:00:00.000Z',
  sentAt: null,
  attempts: 6,
  lastError: '550 mailbox unavailable',
  withdrawnReason: null,
};
const catcher = { email: { via: 'mail_catcher', catcherPort: 40123 }, sms: { provider: null } };

const caught: CaughtEmail = {
  id: '9c2b1f00-0000-4000-8000-000000000001',
  receivedAt: '2026-03-05T09:00:02.000Z',
  date: '2026-03-05T09:00:01.000Z',
  from: 'Demo SMP Clinic <clinic@demo.clinic>',
  to: ['grace@example.com'],
  subject: 'Your booking is confirmed',
  messageId: '<1@demo.clinic>',
  text: 'Hi Grace,\n\nPlease confirm: http://127.0.0.1:3000/visit/abc.def.\n\nSee you',
  html: '<p>Hi Grace</p><script>parent.alert(1)</script>',
  attachments: [{ filename: 'appointment.ics', contentType: 'text/calendar', size: 321, text: 'BEGIN:VCALENDAR\nEND:VCALENDAR' }],
};

function owner(routes: Record<string, (request: FakeRequest) => Response>) {
  return stubApi({ 'GET /api/auth/me': () => json(sessionFor('owner')), 'GET /api/clinic': () => json(clinicSettings), ...routes });
}

describe('the outbox', () => {
  it('shows a failed message’s reason and sends it again on Retry', async () => {
    let retried = false;
    const requests = owner({
      'GET /api/messages/delivery': () => json(catcher),
      'GET /api/messages': () => json({ items: [retried ? { ...failed, status: 'scheduled', lastError: null } : failed], nextCursor: null }),
      [`POST /api/messages/${failed.id}/retry`]: () => {
        retried = true;
        return json({ ...failed, status: 'scheduled' });
      },
      'GET /api/caught-emails': () => json(emptyPage),
    });
    renderApp('/messages');
    const outbox = within(await screen.findByRole('table', { name: 'Outbox' }));
    const row = within((await outbox.findByRole('link', { name: 'Grace Liu' })).closest('tr')!);
    expect(row.getByText('Reminder')).toBeTruthy();
    expect(row.getByText('Email: grace@example.com')).toBeTruthy();
    expect(row.getByText('550 mailbox unavailable')).toBeTruthy();
    await userEvent.click(row.getByRole('button', { name: 'Retry the reminder to Grace Liu' }));
    expect(await outbox.findByText('Scheduled')).toBeTruthy();
    expect(outbox.queryByRole('button', { name: /Retry/ })).toBeNull();
    expect(requests.filter((request) => request.method === 'POST').map((request) => request.path)).toEqual([`/api/messages/${failed.id}/retry`]);
  });

  it('shows only the chosen state, and says emails are caught rather than sent', async () => {
    const requests = owner({
      'GET /api/messages/delivery': () => json(catcher),
      'GET /api/messages': () => json(emptyPage),
      'GET /api/caught-emails': () => json({ items: [caught], nextCursor: null }),
    });
    renderApp('/messages');
    expect(await screen.findByText(/The embedded mail catcher — nothing reaches clients/)).toBeTruthy();
    expect(screen.getByText(/Off — set TWILIO_\* to send texts/)).toBeTruthy();
    await userEvent.click(screen.getByRole('button', { name: 'Failed' }));
    expect(screen.getByRole('button', { name: 'Failed' }).getAttribute('aria-pressed')).toBe('true');
    expect(requests.filter((request) => request.path === '/api/messages').map((request) => request.search.get('status'))).toEqual([null, 'failed']);
    expect(within(screen.getByRole('table', { name: 'Caught emails' })).getByRole('link', { name: 'Your booking is confirmed' })).toBeTruthy();
  });

  it('with an SMTP server, neither offers nor asks for caught emails', async () => {
    const requests = owner({
      'GET /api/messages/delivery': () => json({ email: { via: 'smtp', catcherPort: null }, sms: { provider: 'Twilio' } }),
      'GET /api/messages': () => json(emptyPage),
    });
    renderApp('/messages');
    expect(await screen.findByText('Sent through Twilio')).toBeTruthy();
    expect(screen.queryByRole('heading', { name: 'Caught emails' })).toBeNull();
    expect(requests.some((request) => request.path === '/api/caught-emails')).toBe(false);
  });
});

describe('a caught email', () => {
  it('shows its headers, its text with followable links, its HTML sandboxed and its calendar attachment', async () => {
    owner({ [`GET /api/caught-emails/${caught.id}`]: () => json(caught) });
    renderApp(`/messages/caught/${caught.id}`);
    expect(await screen.findByRole('heading', { name: 'Your booking is confirmed', level: 1 })).toBeTruthy();
    const headers = within(screen.getByRole('region', { name: 'Headers' }));
    expect(headers.getByText('Demo SMP Clinic <clinic@demo.clinic>')).toBeTruthy();
    expect(headers.getByText('grace@example.com')).toBeTruthy();
    expect(screen.getByRole('link', { name: 'http://127.0.0.1:3000/visit/abc.def' }).getAttribute('href')).toBe('http://127.0.0.1:3000/visit/abc.def');
    const html = screen.getByTitle(/as HTML/);
    expect(html.getAttribute('sandbox')).toBe('');
    expect(html.getAttribute('srcdoc')).toContain('<p>Hi Grace</p>');
    await userEvent.click(screen.getByText('appointment.ics'));
    expect(screen.getByText(/BEGIN:VCALENDAR/)).toBeTruthy();
  });

  it('says so when there is no such email', async () => {
    owner({ [`GET /api/caught-emails/${caught.id}`]: () => problem(404, '/problems/not-found', { detail: 'The caught email was not found' }) });
    renderApp(`/messages/caught/${caught.id}`);
    expect(await screen.findByText('There is no such caught email.')).toBeTruthy();
  });
});
