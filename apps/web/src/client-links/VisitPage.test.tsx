import type { Visit } from '@smp/contracts';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { json, problem, stubApi } from '../test-support/fake-api';
import { render, screen } from '@testing-library/react';
import { MemoryRouter } from 'react-router';
import { ClientLinkApp } from '../App';

const TOKEN = 'A'.repeat(43);

/** As main.tsx mounts a client's page: without the staff's sign-in. */
const renderLinkPage = (path: string) =>
  render(
    <MemoryRouter initialEntries={[path]}>
      <ClientLinkApp />
    </MemoryRouter>,
  );
const booked: Visit = {
  clinic: { name: 'Northside SMP', phone: '+12125550100' },
  kind: 'plan_session',
  status: 'booked',
  date: '2030-03-14',
  time: '10:30',
  artistFirstName: 'Dana',
  link: 'usable',
  usedFor: null,
};

describe('the page a reminder links to', () => {
  it('shows the appointment without signing in, and confirms it', async () => {
    const requests = stubApi({
      [`GET /api/visit/${TOKEN}`]: () => json(booked),
      [`POST /api/visit/${TOKEN}/confirm`]: () => json({ ...booked, status: 'confirmed', link: 'used', usedFor: 'confirm' }),
    });
    renderLinkPage(`/visit/${TOKEN}`);

    expect(await screen.findByRole('heading', { name: 'Your appointment at Northside SMP' })).toBeTruthy();
    expect(screen.getByText('Scalp micropigmentation session')).toBeTruthy();
    expect(screen.getByText('Thursday 14 March 2030 at 10:30')).toBeTruthy();
    expect(screen.getByText('Dana')).toBeTruthy();
    await userEvent.click(screen.getByRole('button', { name: 'Confirm' }));

    expect((await screen.findByRole('status')).textContent).toBe('Thank you: your appointment is confirmed. To change it, call Northside SMP on +12125550100.');
    expect(screen.queryByRole('button', { name: 'Confirm' })).toBeNull();
    expect(requests.map((request) => `${request.method} ${request.path}`)).toContain(`POST /api/visit/${TOKEN}/confirm`);
  });

  it('asks for another time with the client’s note', async () => {
    const requests = stubApi({
      [`GET /api/visit/${TOKEN}`]: () => json(booked),
      [`POST /api/visit/${TOKEN}/reschedule`]: () => json({ ...booked, link: 'used', usedFor: 'reschedule' }),
    });
    renderLinkPage(`/visit/${TOKEN}`);
    await userEvent.click(await screen.findByRole('button', { name: 'Ask for another time' }));
    await userEvent.type(screen.getByLabelText(/Anything the clinic should know/), 'Mornings suit me');
    await userEvent.click(screen.getByRole('button', { name: 'Ask the clinic to call me' }));

    expect((await screen.findByRole('status')).textContent).toContain('the clinic will call you to find another time');
    expect(requests.find((request) => request.path.endsWith('/reschedule'))?.body).toEqual({ note: 'Mornings suit me' });
  });

  it('says in plain words when the link was used, has expired, or is not ours', async () => {
    stubApi({ [`GET /api/visit/${TOKEN}`]: () => json({ ...booked, link: 'expired' }) });
    renderLinkPage(`/visit/${TOKEN}`);
    expect((await screen.findByRole('status')).textContent).toBe('This link has expired: it worked until your appointment began. Please call Northside SMP on +12125550100.');
    expect(screen.queryByRole('button')).toBeNull();
  });

  it('says when the link is not one the clinic sent', async () => {
    stubApi({ [`GET /api/visit/${TOKEN}`]: () => problem(404, '/problems/not-found', { detail: 'The link does not exist' }) });
    renderLinkPage(`/visit/${TOKEN}`);
    expect((await screen.findByRole('alert')).textContent).toContain('We do not recognise this link');
  });

  it('shows the server’s reason when the link was used meanwhile', async () => {
    stubApi({
      [`GET /api/visit/${TOKEN}`]: () => json(booked),
      [`POST /api/visit/${TOKEN}/confirm`]: () => problem(410, '/problems/link-gone', { detail: 'Each link in a reminder works once; call the clinic to change your appointment.' }),
    });
    renderLinkPage(`/visit/${TOKEN}`);
    await userEvent.click(await screen.findByRole('button', { name: 'Confirm' }));
    expect((await screen.findByRole('alert')).textContent).toContain('Each link in a reminder works once');
  });
});

describe('the unsubscribe page', () => {
  it('withdraws marketing consent with one button', async () => {
    const requests = stubApi({ [`POST /api/unsubscribe/${TOKEN}`]: () => json({ unsubscribed: true }) });
    renderLinkPage(`/unsubscribe/${TOKEN}`);
    await userEvent.click(await screen.findByRole('button', { name: 'Unsubscribe' }));
    expect((await screen.findByRole('status')).textContent).toContain('you will get no more of these');
    expect(requests.find((request) => request.path === `/api/unsubscribe/${TOKEN}`)?.body).toEqual({});
  });
});
