import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { clinicSettings, json, problem, sessionFor, stubApi, type FakeRequest } from '../test-support/fake-api';
import { emptyPage, grace } from '../test-support/fixtures';
import { renderApp } from '../test-support/render-app';
import { jetBlack, mediumGrey, recordedSession, threePoint, touchUpInProgress } from '../test-support/session-fixtures';

const appointmentPath = `/api/appointments/${touchUpInProgress.id}`;

function renderRecording(routes: Record<string, (request: FakeRequest) => Response>, appointment = touchUpInProgress) {
  const requests = stubApi({
    'GET /api/auth/me': () => json(sessionFor('artist')),
    'GET /api/clinic': () => json(clinicSettings),
    [`GET ${appointmentPath}`]: () => json(appointment),
    'GET /api/pigments': () => json({ items: [jetBlack, mediumGrey] }),
    'GET /api/needles': () => json({ items: [threePoint] }),
    [`GET /api/clients/${grace.id}/photos`]: () => json(emptyPage),
    [`GET /api/clients/${grace.id}/screenings`]: () => json(emptyPage),
    [`GET /api/session-records/${recordedSession.id}`]: () => json(recordedSession),
    ...routes,
  });
  renderApp(`/appointments/${touchUpInProgress.id}/record`);
  return requests;
}

async function fillRecord(form: ReturnType<typeof within>) {
  await userEvent.click(form.getByRole('checkbox', { name: 'Hairline' }));
  await userEvent.selectOptions(form.getByLabelText(/^Density/), 'Medium');
  await userEvent.selectOptions(form.getByLabelText(/^Dot size/), 'Small');
  await userEvent.selectOptions(within(form.getByRole('group', { name: 'Pigment 1' })).getByLabelText('Pigment'), 'Zhen Scalp Ink — Medium Grey');
  await userEvent.selectOptions(form.getByLabelText(/^Needle lot/), 'KW-3RL-2608 — expires 5 Sep 2032');
  await userEvent.type(form.getByLabelText(/^Pain/), '3');
}

describe('SessionRecordCreatePage', () => {
  it('offers neither photos nor the record of another artist’s session', async () => {
    renderRecording({}, { ...touchUpInProgress, artist: { id: '0b6c7a3e-4d44-4f0e-9a1c-2f1e5b9d0a09', name: 'Bea Second' } });
    expect((await screen.findByRole('status')).textContent).toBe('Bea Second records this session, or an owner.');
    expect(screen.queryByRole('form', { name: 'Session record' })).toBeNull();
    expect(screen.queryByRole('form', { name: 'Add a photo before the session' })).toBeNull();
  });

  it('warns about a blue base, offers expired lots only as unusable, and preselects the one usable lot', async () => {
    renderRecording({});
    const row = within(await screen.findByRole('group', { name: 'Pigment 1' }));
    const lot = row.getByLabelText<HTMLSelectElement>(/^Lot/);

    await userEvent.selectOptions(row.getByLabelText('Pigment'), 'Generic Tattoo Black — Jet Black (blue-green risk)');
    expect(row.getByRole('alert').textContent).toBe('Warning: The base has blue undertones: it may turn the scalp blue-green over the following weeks.');
    expect(lot.value).toBe(jetBlack.lots[0]!.id);

    await userEvent.selectOptions(row.getByLabelText('Pigment'), 'Zhen Scalp Ink — Medium Grey');
    expect(row.queryByRole('alert')).toBeNull();
    const choices = [...lot.options].map((option) => ({ label: option.textContent, disabled: option.disabled }));
    expect(choices).toEqual([
      { label: 'Choose the lot in hand', disabled: false },
      { label: 'ZS-0925 — expires 13 Jun 2031', disabled: false },
      { label: 'ZS-0424 — expired 15 Jun 2030, cannot be used', disabled: true },
    ]);
    expect(lot.value).toBe(mediumGrey.lots[1]!.id);
  });

  it('puts the server’s field errors beside their fields, the pigment row’s lot among them', async () => {
    const requests = renderRecording({
      [`POST ${appointmentPath}/session-record`]: () =>
        problem(400, '/problems/validation', {
          detail: '2 fields are not valid',
          errors: [
            { field: 'pigments.0.lotId', message: 'Lot ZS-0925 expired on 13 Jun 2031' },
            { field: 'durationMinutes', message: 'Longer than the appointment allows' },
          ],
        }),
    });
    const form = within(await screen.findByRole('form', { name: 'Session record' }));
    await fillRecord(form);
    await userEvent.click(form.getByRole('button', { name: 'Complete session' }));

    const lot = within(form.getByRole('group', { name: 'Pigment 1' })).getByLabelText(/^Lot/);
    expect(await form.findByText('Lot ZS-0925 expired on 13 Jun 2031')).toBeTruthy();
    expect(lot.getAttribute('aria-describedby')).toBe('session-pigments-0-lotId-error');
    expect(document.activeElement).toBe(lot);
    expect(form.getByLabelText(/^Duration/).getAttribute('aria-invalid')).toBe('true');
    expect(form.getByText('Longer than the appointment allows')).toBeTruthy();
    expect(form.queryByRole('alert')).toBeNull();

    const sent = requests.find((request) => request.method === 'POST')?.body;
    expect(sent).toEqual({
      areasTreated: ['hairline'],
      density: 'medium',
      dotSize: 'small',
      depthNotes: null,
      pigments: [{ lotId: mediumGrey.lots[1]!.id, role: 'foundation' }],
      needleLotId: threePoint.lots[0]!.id,
      durationMinutes: 180,
      painLevel: 3,
      reactions: null,
      notes: null,
    });
  });

  it('says why before sending: every area, pigment lot and the needle are required', async () => {
    const requests = renderRecording({});
    const form = within(await screen.findByRole('form', { name: 'Session record' }));
    await userEvent.click(form.getByRole('button', { name: 'Complete session' }));
    expect(await form.findByText('Choose the areas treated')).toBeTruthy();
    expect(form.getByText('Choose a lot')).toBeTruthy();
    expect(form.getByText('Record the needle: a new sterile one each session')).toBeTruthy();
    expect(
      within(form.getByRole('group', { name: 'Pigment 1' }))
        .getByLabelText(/^Lot/)
        .getAttribute('aria-invalid'),
    ).toBe('true');
    expect(requests.some((request) => request.method === 'POST')).toBe(false);
  });

  it('shows the screening’s refusal, then opens the record once the session is complete', async () => {
    let eligible = false;
    renderRecording({
      [`POST ${appointmentPath}/session-record`]: () =>
        eligible
          ? json(recordedSession, 201)
          : problem(409, '/problems/not-eligible-for-treatment', { detail: 'Not eligible', reasons: [{ code: 'expired', message: 'The screening has expired.' }] }),
    });
    const form = within(await screen.findByRole('form', { name: 'Session record' }));
    await fillRecord(form);
    await userEvent.click(form.getByRole('button', { name: 'Complete session' }));
    expect((await form.findByRole('alert')).textContent).toBe('Treatment cannot go ahead: The screening has expired.');

    eligible = true;
    await userEvent.click(form.getByRole('button', { name: 'Complete session' }));
    expect(await screen.findByRole('heading', { name: 'Session of 15 Jul 2030' })).toBeTruthy();
  });

  it('shows the cautions of the latest screening above the record', async () => {
    renderRecording({
      [`GET /api/clients/${grace.id}/screenings`]: () =>
        json({
          items: [
            {
              id: '9d8c7b6a-5f4e-4d3c-8b2a-1f0e9d8c7b01',
              items: [
                { questionId: 'keloid_tendency', question: 'Keloid scarring tendency', outcome: 'caution', status: 'open', reason: 'Work gently; watch for raised scars.' },
                { questionId: 'diabetes', question: 'Diabetes', outcome: 'clearance_required', status: 'cleared', reason: 'Cleared by letter.' },
              ],
            },
          ],
          nextCursor: null,
        }),
    });
    const cautions = within(await screen.findByRole('region', { name: 'Cautions from the screening' }));
    expect(cautions.getByRole('listitem').textContent).toBe('Keloid scarring tendency Work gently; watch for raised scars.');
  });
});
