import type { AppointmentDetail, ClientFading, FadeAssessment } from '@smp/contracts';
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { clinicSettings, json, sessionFor, stubApi, type FakeRequest } from '../test-support/fake-api';
import { emptyPage, grace, marco } from '../test-support/fixtures';
import { renderApp } from '../test-support/render-app';
import { touchUpInProgress } from '../test-support/session-fixtures';

const fadeCheck: AppointmentDetail = { ...touchUpInProgress, id: '3f2a6b1c-5d4e-4f70-8a9b-0c1d2e3f4a31', kind: 'fade_check', endsAt: '2030-07-15T14:30:00.000Z', durationMinutes: 30 };
const assessmentPath = `/api/appointments/${fadeCheck.id}/fade-assessment`;

const recorded: FadeAssessment = {
  id: '3f2a6b1c-5d4e-4f70-8a9b-0c1d2e3f4a32',
  appointmentId: fadeCheck.id,
  clientId: grace.id,
  artist: marco,
  assessedOn: '2030-07-15',
  areas: [{ area: 'hairline', score: 2 }],
  highestScore: 2,
  colourShift: 'bluish',
  colourShiftNote: null,
  notes: null,
  recordedAt: '2030-07-15T14:20:00.000Z',
  suspectLots: [
    {
      lot: { id: '6b0d1e2f-3a4b-4c5d-8e6f-7a8b9c0d1e11', lotNumber: 'GT-77' },
      pigment: { id: '6b0d1e2f-3a4b-4c5d-8e6f-7a8b9c0d1e01', brand: 'Generic', product: 'Tattoo Black', shadeName: 'Jet Black', tone: 'cool', undertones: ['blue'] },
      usedOn: ['2029-03-02'],
    },
  ],
  photos: [],
};

function renderFadeCheck(routes: Record<string, (request: FakeRequest) => Response> = {}) {
  const requests = stubApi({
    'GET /api/auth/me': () => json(sessionFor('artist')),
    'GET /api/clinic': () => json(clinicSettings),
    [`GET /api/appointments/${fadeCheck.id}`]: () => json(fadeCheck),
    [`POST ${assessmentPath}`]: () => json(recorded, 201),
    ...routes,
  });
  renderApp(`/appointments/${fadeCheck.id}/fade-assessment`);
  return requests;
}

describe('FadeAssessmentPage', () => {
  it('records the fading of the areas scored and then shows the lots a blue shift points at', async () => {
    const requests = renderFadeCheck();
    const form = within(await screen.findByRole('form', { name: 'Fade assessment' }));
    await userEvent.selectOptions(form.getByLabelText('Hairline'), '2 — noticeable');
    await userEvent.selectOptions(form.getByLabelText(/^Colour shift/), 'Bluish');
    await userEvent.click(form.getByRole('button', { name: 'Save fade assessment' }));

    expect(await screen.findByText('GT-77')).toBeTruthy();
    expect(requests.find((request) => request.method === 'POST')?.body).toEqual({ areas: [{ area: 'hairline', score: 2 }], colourShift: 'bluish', colourShiftNote: null, notes: null });
    expect(screen.getByRole('heading', { name: 'Pigment lots used on this client' })).toBeTruthy();
    expect(screen.getByText(/Generic Tattoo Black Jet Black \(blue\)/)).toBeTruthy();
  });

  it('asks for a score and a described shift before sending anything', async () => {
    const requests = renderFadeCheck();
    const form = within(await screen.findByRole('form', { name: 'Fade assessment' }));
    await userEvent.selectOptions(form.getByLabelText(/^Colour shift/), 'Other');
    await userEvent.click(form.getByRole('button', { name: 'Save fade assessment' }));

    expect(await form.findByText('Score at least one area')).toBeTruthy();
    expect(form.getByText('Describe the colour shift')).toBeTruthy();
    expect(requests.some((request) => request.method === 'POST')).toBe(false);
  });
});

describe('the client page', () => {
  it('shows the maintenance recall date and why it moved', async () => {
    const fading: ClientFading = {
      recall: { dueOn: '2030-10-15', reason: 'faded', lastSessionOn: '2029-03-02', sunExposure: 'moderate', fadeAssessedOn: '2030-07-15' },
      assessments: [recorded],
    };
    stubApi({
      'GET /api/auth/me': () => json(sessionFor('receptionist')),
      'GET /api/clinic': () => json(clinicSettings),
      [`GET /api/clients/${grace.id}`]: () => json(grace),
      [`GET /api/clients/${grace.id}/history`]: () => json(emptyPage),
      [`GET /api/clients/${grace.id}/fading`]: () => json(fading),
    });
    renderApp(`/clients/${grace.id}`);
    const card = within((await screen.findByRole('heading', { name: 'Fading and maintenance' })).closest('section')!);
    expect(await card.findByText('Maintenance recall: 15 Oct 2030')).toBeTruthy();
    expect(card.getByText('Fading found at the visit of 15 Jul 2030 (a score of 2 or more): recall within 3 months of it')).toBeTruthy();
    expect(card.getByRole('link', { name: '15 Jul 2030' }).getAttribute('href')).toBe(`/appointments/${fadeCheck.id}/fade-assessment`);
  });
});
