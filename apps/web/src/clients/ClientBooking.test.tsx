import type { Appointment } from '@smp/contracts';
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { clinicSettings, json, problem, sessionFor, stubApi } from '../test-support/fake-api';
import { atTheClinic, bookedConsultation, emptyPage, grace, marco, notEligible } from '../test-support/fixtures';
import { renderApp } from '../test-support/render-app';
import { setClock } from '../test-support/clock';

const chair = { id: '1c0a3b52-0000-4000-8000-000000000001', name: 'Chair 1', archived: false };

/** The consultation's place in the calendar: Monday 15 July 2030, 14:30 in New York. */
const consultationAppointment: Appointment = {
  id: bookedConsultation.appointmentId,
  kind: 'consultation',
  status: 'booked',
  client: { id: grace.id, name: 'Grace Liu', screening: grace.screening },
  artist: marco,
  room: null,
  location: atTheClinic,
  startsAt: '2030-07-15T18:30:00.000Z',
  endsAt: '2030-07-15T19:15:00.000Z',
  durationMinutes: 45,
  planSession: null,
  correctionPlanId: null,
  consultationId: bookedConsultation.id,
  notes: null,
  cancellation: null,
  overrideReason: null,
  confirmedByClientAt: null,
  rescheduleRequestedAt: null,
  rescheduleRequestNote: null,
  createdAt: '2026-03-01T10:00:00.000Z',
  updatedAt: '2026-03-01T10:00:00.000Z',
};

const freeSlot = { startsAt: '2030-07-15T18:30:00.000Z', endsAt: '2030-07-15T19:15:00.000Z', artistId: marco.id, roomId: null };

/** The client page and the booking panel's API, for a role; `extra` adds or replaces routes. */
function stubClientPage(role: 'receptionist' | 'artist', extra: Record<string, () => Response>) {
  let booked = false;
  const requests = stubApi({
    'GET /api/auth/me': () => json(sessionFor(role)),
    'GET /api/clinic': () => json(clinicSettings),
    [`GET /api/clients/${grace.id}`]: () => json(grace),
    [`GET /api/clients/${grace.id}/eligibility`]: () => json(notEligible),
    [`GET /api/clients/${grace.id}/screenings`]: () => json(emptyPage),
    [`GET /api/clients/${grace.id}/consultations`]: () => json(booked ? { items: [bookedConsultation], nextCursor: null } : emptyPage),
    'GET /api/treatment-plans': () => json({ items: [] }),
    'GET /api/artists': () => json({ items: [marco] }),
    'GET /api/rooms': () => json({ items: [chair] }),
    'GET /api/closures': () => json({ items: [] }),
    [`GET /api/artists/${marco.id}/schedule`]: () => json({ artist: marco, weekly: [], timeOff: [] }),
    'GET /api/availability': () => json({ slots: [freeSlot], window: null }),
    [`GET /api/appointments/${consultationAppointment.id}`]: () => json({ ...consultationAppointment, history: [] }),
    ...Object.fromEntries(
      Object.entries(extra).map(([route, answer]) => [
        route,
        () => {
          const response = answer();
          booked ||= response.ok && route.startsWith('POST');
          return response;
        },
      ]),
    ),
  });
  return requests;
}

async function openBookingPanel() {
  renderApp(`/clients/${grace.id}`);
  await userEvent.click(await screen.findByRole('button', { name: 'Book' }));
  const panel = within(await screen.findByRole('complementary', { name: 'Book an appointment' }));
  expect(await panel.findByText('Grace Liu')).toBeTruthy();
  return panel;
}

describe('booking from the client page', () => {
  it('uses the calendar’s booking panel: the client chosen, free slots offered, a consultation by video booked', async () => {
    const requests = stubClientPage('receptionist', { 'POST /api/appointments': () => json(consultationAppointment, 201) });
    const panel = await openBookingPanel();

    // One primary action: Book; editing is secondary.
    expect(screen.getByRole('button', { name: 'Book' }).className).toContain('primary');
    expect(screen.getByRole('link', { name: /Edit/ }).className).not.toContain('primary');

    await userEvent.selectOptions(panel.getByLabelText(/How/), 'Video call');
    await userEvent.click(within(await panel.findByRole('group', { name: 'Mon 15 Jul' })).getByRole('button', { name: '14:30' }));
    await userEvent.click(panel.getByRole('button', { name: 'Book appointment' }));

    expect(requests.find((request) => request.method === 'POST')?.body).toEqual({
      kind: 'consultation',
      clientId: grace.id,
      artistId: marco.id,
      roomId: null,
      startsAt: '2030-07-15T18:30:00.000Z',
      durationMinutes: clinicSettings.consultationMinutes,
      consultationMode: 'video',
      notes: null,
    });
    expect((await screen.findByRole('status')).textContent).toBe('Booked Grace Liu with Marco Silva on Mon 15 Jul, 14:30. Show in the calendar');
    expect(screen.queryByRole('complementary', { name: 'Book an appointment' })).toBeNull();
    const consultations = within(screen.getByRole('region', { name: 'Consultations' }));
    expect(await consultations.findByRole('link', { name: '15 Jul 2030, 14:30' })).toBeTruthy();
  }, 15_000);

  it('explains a clash as the calendar does: what is taken, and the nearest free times to book instead', async () => {
    stubClientPage('receptionist', {
      'POST /api/appointments': () =>
        problem(409, '/problems/conflict', {
          title: 'The artist is already booked',
          detail: 'The artist has another appointment at that time',
          errors: [{ field: 'artistId', message: 'Already booked at that time' }],
        }),
    });
    const panel = await openBookingPanel();
    await userEvent.click(within(await panel.findByRole('group', { name: 'Mon 15 Jul' })).getByRole('button', { name: '14:30' }));
    await userEvent.click(panel.getByRole('button', { name: 'Book appointment' }));

    const refusal = within(await panel.findByRole('alert'));
    expect(refusal.getByText('The artist has another appointment at that time')).toBeTruthy();
    expect(refusal.getByRole('button', { name: 'Book Mon 15 Jul, 14:30' })).toBeTruthy();
  });

  it('lets an artist book a consultation with themselves in the room they choose, through the consultation’s own route', async () => {
    const requests = stubClientPage('artist', { [`POST /api/clients/${grace.id}/consultations`]: () => json(bookedConsultation, 201) });
    const panel = await openBookingPanel();

    expect(panel.getByLabelText<HTMLSelectElement>(/Artist/).value).toBe(marco.id);
    expect(
      within(panel.getByLabelText(/What for/))
        .getAllByRole('option')
        .map((option) => option.textContent),
    ).toEqual(['Consultation']);
    await userEvent.click(within(await panel.findByRole('group', { name: 'Mon 15 Jul' })).getByRole('button', { name: '14:30' }));
    await userEvent.selectOptions(panel.getByLabelText(/Room/), 'Chair 1');
    await userEvent.click(panel.getByRole('button', { name: 'Book appointment' }));

    expect(requests.find((request) => request.method === 'POST')?.body).toEqual({
      artistId: marco.id,
      mode: 'in_person',
      roomId: chair.id,
      startsAt: '2030-07-15T18:30:00.000Z',
      durationMinutes: clinicSettings.consultationMinutes,
      notes: null,
    });
    expect((await screen.findByRole('status')).textContent).toContain('Booked Grace Liu with Marco Silva on Mon 15 Jul, 14:30.');
  });

  it('books the consultation reception is sent to from the screening card, in the same booking panel', async () => {
    stubClientPage('receptionist', {});
    renderApp(`/clients/${grace.id}`);
    const eligibility = within(await screen.findByRole('group', { name: 'Eligibility for treatment' }));
    await userEvent.click(eligibility.getByRole('button', { name: 'Book a consultation' }));

    const panel = within(await screen.findByRole('complementary', { name: 'Book an appointment' }));
    expect(await panel.findByText('Grace Liu')).toBeTruthy();
    expect(panel.getByLabelText<HTMLSelectElement>(/What for/).value).toBe('consultation');
    expect(panel.getByLabelText<HTMLInputElement>(/Length/).value).toBe(String(clinicSettings.consultationMinutes));
  });

  it('reads the client for the open panel as part of the page’s one view, so the trail records one opening', async () => {
    setClock('2030-07-15T14:00:00.000Z');
    const requests = stubClientPage('receptionist', {});
    renderApp(`/clients/${grace.id}`);
    await screen.findByRole('heading', { level: 1, name: 'Grace Liu' });
    // Long enough on the page for the record to be read again when the panel opens.
    vi.setSystemTime(new Date('2030-07-15T14:05:00.000Z'));
    await userEvent.click(screen.getByRole('button', { name: 'Book' }));
    const panel = within(await screen.findByRole('complementary', { name: 'Book an appointment' }));
    expect(await panel.findByText('Grace Liu')).toBeTruthy();

    const recordReads = requests.filter((request) => request.path === `/api/clients/${grace.id}`);
    expect(recordReads.length).toBeGreaterThanOrEqual(2);
    expect(new Set(recordReads.map((request) => request.search.get('view')))).toEqual(new Set([recordReads[0]!.search.get('view')]));
    expect(recordReads[0]!.search.get('view')).toBeTruthy();
  });
});
