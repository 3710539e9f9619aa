import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { clinicSettings, json, sessionFor, stubApi } from '../test-support/fake-api';
import { bookedConsultation, emptyPage, grace, marco, notEligible } from '../test-support/fixtures';
import { renderApp } from '../test-support/render-app';

describe('booking a consultation from the client page', () => {
  it('lets a receptionist book at a time on the clinic’s clock, and lists it', async () => {
    let booked = false;
    const requests = stubApi({
      'GET /api/auth/me': () => json(sessionFor('receptionist')),
      'GET /api/clinic': () => json(clinicSettings),
      [`GET /api/clients/${grace.id}`]: () => json(grace),
      [`GET /api/clients/${grace.id}/eligibility`]: () => json(notEligible),
      [`GET /api/clients/${grace.id}/screenings`]: () => json(emptyPage),
      [`GET /api/clients/${grace.id}/consultations`]: () => json(booked ? { items: [bookedConsultation], nextCursor: null } : emptyPage),
      'GET /api/artists': () => json({ items: [marco] }),
      [`POST /api/clients/${grace.id}/consultations`]: () => {
        booked = true;
        return json(bookedConsultation, 201);
      },
    });
    renderApp(`/clients/${grace.id}`);

    const card = within(await screen.findByRole('region', { name: 'Consultations' }));
    expect(await card.findByText('No consultations yet.')).toBeTruthy();
    await userEvent.click(card.getByRole('button', { name: 'Book consultation' }));
    await userEvent.selectOptions(await card.findByLabelText(/Artist/), 'Marco Silva');
    await userEvent.selectOptions(card.getByLabelText(/How/), 'Video call');
    await userEvent.clear(card.getByLabelText(/Date/));
    await userEvent.type(card.getByLabelText(/Date/), '2030-07-15');
    await userEvent.type(card.getByLabelText(/Time \(America\/New York\)/), '14:30');
    await userEvent.click(card.getByRole('button', { name: 'Book consultation' }));

    expect(requests.find((request) => request.method === 'POST')?.body).toEqual({
      artistId: marco.id,
      mode: 'video',
      startsAt: '2030-07-15T18:30:00.000Z',
      durationMinutes: 45,
      notes: null,
    });
    expect((await card.findByRole('status')).textContent).toBe('Booked with Marco Silva on 15 Jul 2030, 14:30.');
    expect(await card.findByRole('link', { name: '15 Jul 2030, 14:30' })).toBeTruthy();

    // Receptionists book, but see neither the patch tests nor the photos, and cannot screen.
    expect(screen.queryByRole('region', { name: 'Patch tests' })).toBeNull();
    expect(screen.queryByRole('region', { name: 'Photos by view' })).toBeNull();
    expect(screen.queryByRole('link', { name: 'Start screening' })).toBeNull();
    expect(screen.getByText('Not screened yet')).toBeTruthy();
  });

  it('preselects the artist who is booking for themselves', async () => {
    stubApi({
      'GET /api/auth/me': () => json(sessionFor('artist')),
      'GET /api/clinic': () => json(clinicSettings),
      [`GET /api/clients/${grace.id}`]: () => json(grace),
      'GET /api/artists': () => json({ items: [{ id: '8f2d4f8a-372e-4e67-96ef-7611f0a5556f', name: 'Ana Costa' }, marco] }),
    });
    renderApp(`/clients/${grace.id}`);
    await userEvent.click(await screen.findByRole('button', { name: 'Book consultation' }));
    await screen.findByRole('option', { name: 'Ana Costa' });
    expect(screen.getByLabelText(/Artist/)).toHaveProperty('value', marco.id);
  });
});
