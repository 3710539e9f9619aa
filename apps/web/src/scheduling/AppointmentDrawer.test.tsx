import type { AppointmentDetail } from '@smp/contracts';
import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { clinicSettings, json, sessionFor, stubApi } from '../test-support/fake-api';
import { bookedConsultation, marco } from '../test-support/fixtures';
import { setClock } from '../test-support/clock';
import { renderApp } from '../test-support/render-app';
import { touchUpInProgress } from '../test-support/session-fixtures';

function renderDrawer(appointment: AppointmentDetail) {
  stubApi({
    'GET /api/auth/me': () => json(sessionFor('artist')),
    'GET /api/clinic': () => json(clinicSettings),
    'GET /api/artists': () => json({ items: [marco] }),
    'GET /api/rooms': () => json({ items: [{ ...touchUpInProgress.room, archived: false }] }),
    'GET /api/closures': () => json({ items: [] }),
    [`GET /api/artists/${marco.id}/schedule`]: () => json({ artist: marco, weekly: [], timeOff: [] }),
    'GET /api/appointments': () => json({ items: [appointment] }),
    [`GET /api/appointments/${appointment.id}`]: () => json(appointment),
  });
  renderApp(`/calendar?date=2030-07-15&appointment=${appointment.id}`);
}

const statusGroup = async () => within(await screen.findByRole('group', { name: 'Status' }));

describe('the appointment drawer’s next step', () => {
  it('offers the artist "Record session" for their treatment in progress, never a bare "Complete"', async () => {
    renderDrawer(touchUpInProgress);
    const status = await statusGroup();
    expect(status.getByRole('link', { name: 'Record session' }).getAttribute('href')).toBe(`/appointments/${touchUpInProgress.id}/record`);
    expect(status.queryByRole('button', { name: 'Complete' })).toBeNull();
  });

  it('sends a consultation in progress to its record, which completes it', async () => {
    setClock('2030-07-15T14:20:00.000Z');
    renderDrawer({ ...touchUpInProgress, kind: 'consultation', room: null, consultationId: bookedConsultation.id });
    const status = await statusGroup();
    expect(status.getByRole('link', { name: 'Record consultation' }).getAttribute('href')).toBe(`/clients/${touchUpInProgress.client.id}/consultations/${bookedConsultation.id}`);
    expect(status.queryByRole('button', { name: 'Complete' })).toBeNull();
  });

  it('offers no record to write for another artist’s appointment', async () => {
    const bea = { id: '0b6c7a3e-4d44-4f0e-9a1c-2f1e5b9d0a09', name: 'Bea Second' };
    renderDrawer({ ...touchUpInProgress, kind: 'consultation', room: null, consultationId: bookedConsultation.id, artist: bea });
    expect(await screen.findByRole('heading', { name: /Consultation/ })).toBeTruthy();
    expect(screen.queryByRole('group', { name: 'Status' })).toBeNull();
    expect(screen.queryByRole('link', { name: 'Record consultation' })).toBeNull();
  });

  it('offers no record of a consultation in progress before its start', async () => {
    setClock('2030-07-15T13:50:00.000Z');
    renderDrawer({ ...touchUpInProgress, kind: 'consultation', room: null, consultationId: bookedConsultation.id });
    expect(await screen.findByRole('heading', { name: /Consultation/ })).toBeTruthy();
    expect(screen.queryByRole('link', { name: 'Record consultation' })).toBeNull();
  });

  it('offers Arrived on the appointment’s day', async () => {
    renderDrawer({ ...touchUpInProgress, status: 'booked', startsAt: new Date().toISOString() });
    expect((await statusGroup()).getByRole('button', { name: 'Arrived' })).toBeTruthy();
  });

  it('does not offer Arrived days ahead', async () => {
    setClock('2030-07-01T12:00:00.000Z');
    renderDrawer({ ...touchUpInProgress, status: 'booked' });
    const status = await statusGroup();
    expect(status.getByRole('button', { name: 'No-show' })).toBeTruthy();
    expect(status.queryByRole('button', { name: 'Arrived' })).toBeNull();
  });

  it('opens the record of a completed session', async () => {
    renderDrawer({ ...touchUpInProgress, status: 'completed' });
    const status = await statusGroup();
    expect(status.getByRole('link', { name: 'Session record' }).getAttribute('href')).toBe(`/appointments/${touchUpInProgress.id}/record`);
  });
});

describe('the appointment drawer’s preparation', () => {
  const womensDensitySession: AppointmentDetail = {
    ...touchUpInProgress,
    kind: 'plan_session',
    planSession: { id: '5a0e7c1d-0000-4000-8000-0000000000s2', planId: '5a0e7c1d-0000-4000-8000-0000000000p1', number: 2, style: 'womens_density' },
  };

  it('tells the front desk that a women’s density client keeps her hair, and links the sheet to print', async () => {
    renderDrawer(womensDensitySession);
    const steps = within(await screen.findByRole('list', { name: 'Preparation' }));
    expect(steps.getAllByRole('listitem').map((item) => item.textContent)).toEqual(['Do not shave your head', 'Moisturise the skin', 'Painkillers are allowed']);
    expect(screen.getByRole('link', { name: 'Preparation sheet to print' }).getAttribute('href')).toBe(`/appointments/${womensDensitySession.id}/preparation`);
  });

  it('asks for a shaved head at a treatment outside a women’s density plan', async () => {
    renderDrawer(touchUpInProgress);
    expect(within(await screen.findByRole('list', { name: 'Preparation' })).getAllByRole('listitem')[0]!.textContent).toBe('Shave your head');
  });

  it('shows no preparation for a consultation', async () => {
    renderDrawer({ ...touchUpInProgress, kind: 'consultation', room: null, consultationId: bookedConsultation.id });
    expect(await screen.findByRole('heading', { name: /Consultation/ })).toBeTruthy();
    expect(screen.queryByRole('list', { name: 'Preparation' })).toBeNull();
  });

  it('says a consultation the client booked themselves was booked online', async () => {
    const booked = {
      occurredAt: '2030-07-10T21:00:00.000Z',
      staff: null,
      change: 'booked' as const,
      fromStatus: null,
      toStatus: 'booked',
      fromStartsAt: null,
      toStartsAt: touchUpInProgress.startsAt,
      reason: null,
    };
    renderDrawer({ ...touchUpInProgress, kind: 'consultation', room: null, consultationId: bookedConsultation.id, history: [booked] });
    expect(await screen.findByText('Booked online')).toBeTruthy();
    expect(screen.getByText(/The client booked it online for/)).toBeTruthy();
  });
});
