import type { LaserPlan, Plan } from '@smp/contracts';
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { clinicSettings, json, problem, sessionFor, stubApi } from '../test-support/fake-api';
import { activePlan, grace, marco } from '../test-support/fixtures';
import { renderApp } from '../test-support/render-app';

const correction: Plan = { ...activePlan, style: 'correction' };
const draft: Plan = { ...correction, status: 'draft', startedAt: null, sessions: correction.sessions.map((session) => ({ ...session, window: null, appointment: null })) };
const chair = { id: '1c0a3b52-0000-4000-8000-000000000001', name: 'Chair 1', archived: false };

const laserAppointment = (id: string, startsAt: string, status: LaserPlan['sessions'][number]['appointment']['status']) => ({
  id,
  startsAt,
  endsAt: new Date(Date.parse(startsAt) + 30 * 60_000).toISOString(),
  status,
  artist: marco,
});
const laserPlan: LaserPlan = {
  sessions: [
    { number: 1, appointment: laserAppointment('7a5e0000-0000-4000-8000-00000000la01', '2030-01-07T15:00:00.000Z', 'completed'), recorded: true },
    { number: 2, appointment: laserAppointment('7a5e0000-0000-4000-8000-00000000la02', '2030-02-18T15:00:00.000Z', 'in_progress'), recorded: false },
  ],
  assessmentRecorded: true,
  earliestSmp: { on: '2030-04-01', reason: '42 days of healing after the last laser session, on 2030-02-18' },
  nextLaserFrom: '2030-04-01',
};

function planRoutes(plan: Plan, laser: LaserPlan) {
  return {
    'GET /api/clinic': () => json(clinicSettings),
    'GET /api/prices': () => json({ items: [] }),
    [`GET /api/treatment-plans/${plan.id}`]: () => json(plan),
    [`GET /api/treatment-plans/${plan.id}/laser-sessions`]: () => json(laser),
  };
}

describe('a correction plan’s page', () => {
  it('asks the artist for the assessment of the previous work before the plan starts, and sends it', async () => {
    const photo = { id: '9f0e0000-0000-4000-8000-0000000000f1', view: 'front', takenAt: '2030-01-02T15:00:00.000Z', thumbnailUrl: '/t.jpg', previewUrl: '/p.jpg' };
    const requests = stubApi({
      ...planRoutes(draft, { ...laserPlan, sessions: [], assessmentRecorded: false, earliestSmp: null, nextLaserFrom: null }),
      'GET /api/auth/me': () => json(sessionFor('artist')),
      [`GET /api/clients/${grace.id}/photos`]: () => json({ items: [photo], nextCursor: null }),
      [`POST /api/treatment-plans/${draft.id}/correction-assessment`]: () => json({}, 201),
    });
    renderApp(`/clients/${grace.id}/plans/${draft.id}`);

    const form = within(await screen.findByRole('form', { name: 'Assessment of the previous work' }));
    await userEvent.click(form.getByRole('button', { name: 'Record assessment' }));
    expect(form.getByText('Choose where the previous work is')).toBeTruthy();
    expect(form.getByText('Choose what is wrong')).toBeTruthy();

    await userEvent.click(form.getByLabelText('Hairline'));
    await userEvent.click(form.getByLabelText('Blurred or merged dots'));
    await userEvent.type(form.getByLabelText(/Previous artist/), 'Studio X');
    await userEvent.type(form.getByLabelText(/^Assessment/), 'Dots merged at the temples');
    await userEvent.click(form.getByLabelText(/Front,/));
    await userEvent.click(form.getByRole('button', { name: 'Record assessment' }));

    const sent = requests.find((request) => request.method === 'POST');
    expect(sent?.body).toEqual({ areas: ['hairline'], issues: ['blurred_dots'], previousArtist: 'Studio X', description: 'Dots merged at the temples', photoIds: [photo.id] });
  }, 15_000);

  it('shows reception the laser sessions and the first day SMP may follow, and books the next laser session', async () => {
    stubApi({
      ...planRoutes(correction, laserPlan),
      'GET /api/auth/me': () => json(sessionFor('receptionist')),
      'GET /api/treatment-plans': () => json({ items: [correction] }),
      [`GET /api/clients/${grace.id}`]: () => json({ ...grace, screening: correction.client.screening }),
      'GET /api/artists': () => json({ items: [marco] }),
      'GET /api/rooms': () => json({ items: [chair] }),
      'GET /api/closures': () => json({ items: [] }),
      'GET /api/availability': () => json({ slots: [], window: null }),
      [`GET /api/artists/${marco.id}/schedule`]: () => json({ artist: marco, weekly: [], timeOff: [] }),
    });
    renderApp(`/clients/${grace.id}/plans/${correction.id}`);

    const note = await screen.findByRole('note');
    expect(note.textContent).toBe('SMP sessions from 1 Apr 2030: 42 days of healing after the last laser session, on 2030-02-18.');
    const laserSessions = within(screen.getByRole('list', { name: 'Laser sessions' }));
    expect(laserSessions.getAllByRole('listitem').map((item) => item.querySelector('strong')?.textContent)).toEqual(['Laser session 1', 'Laser session 2']);
    expect(screen.queryByRole('button', { name: 'Record laser session' })).toBeNull();

    await userEvent.click(screen.getByRole('button', { name: 'Book laser session 3' }));
    const panel = within(await screen.findByRole('complementary', { name: 'Book an appointment' }));
    expect(panel.getByLabelText<HTMLSelectElement>(/What for/).value).toBe('laser');
    await panel.findByRole('option', { name: 'Correction plan with Marco Silva' });
    expect(panel.getByLabelText<HTMLSelectElement>(/Correction plan/).value).toBe(correction.id);
    expect(panel.getByLabelText<HTMLInputElement>(/Length/).value).toBe('30');
  }, 15_000);

  it('lets the artist record a laser session in progress, with its settings as numbers', async () => {
    const inProgress = laserPlan.sessions[1]!.appointment.id;
    const requests = stubApi({
      ...planRoutes(correction, laserPlan),
      'GET /api/auth/me': () => json(sessionFor('artist')),
      [`GET /api/treatment-plans/${correction.id}/correction-assessment`]: () => problem(404, '/problems/not-found'),
      [`POST /api/appointments/${inProgress}/laser-record`]: () => json({}, 201),
    });
    renderApp(`/clients/${grace.id}/plans/${correction.id}`);

    await userEvent.click(await screen.findByRole('button', { name: 'Record laser session' }));
    const form = within(screen.getByRole('form', { name: 'Record laser session 2' }));
    await userEvent.type(form.getByLabelText(/^Laser/), 'PicoWay');
    await userEvent.type(form.getByLabelText(/Wavelength/), '1064');
    await userEvent.type(form.getByLabelText(/Fluence/), '2.5');
    await userEvent.type(form.getByLabelText(/Spot size/), '4');
    await userEvent.type(form.getByLabelText(/Reaction/), 'Frosting');
    await userEvent.click(form.getByRole('button', { name: 'Record laser session' }));

    const sent = requests.find((request) => request.method === 'POST');
    expect(sent?.path).toBe(`/api/appointments/${inProgress}/laser-record`);
    expect(sent?.body).toEqual({ device: 'PicoWay', wavelengthNm: 1064, fluenceJPerCm2: 2.5, spotSizeMm: 4, settingsNotes: null, reaction: 'Frosting' });
  }, 15_000);
});
