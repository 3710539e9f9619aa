import type { StaffRole } from '@smp/contracts';
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { clinicSettings, json, problem, sessionFor, stubApi, type FakeRequest } from '../test-support/fake-api';
import { bookedConsultation, frontPhoto, grace } from '../test-support/fixtures';
import { setClock } from '../test-support/clock';
import { renderApp } from '../test-support/render-app';

const consultationPath = `/api/clients/${grace.id}/consultations/${bookedConsultation.id}`;
/** The signed-in artist's consultation, whose time has come: its record may be written. */
const startedConsultation = { ...bookedConsultation, startsAt: '2026-03-10T14:30:00.000Z' };

function renderConsultation(routes: Record<string, (request: FakeRequest) => Response>, consultation = startedConsultation, role: StaffRole = 'artist') {
  const requests = stubApi({
    'GET /api/auth/me': () => json(sessionFor(role)),
    'GET /api/clinic': () => json(clinicSettings),
    [`GET /api/clients/${grace.id}`]: () => json(grace),
    [`GET ${consultationPath}`]: () => json(consultation),
    ...routes,
  });
  renderApp(`/clients/${grace.id}/consultations/${bookedConsultation.id}`);
  return requests;
}

/** Everything a record needs but the expectations talk, for a woman on the Ludwig scale. */
async function fillWomansRecord(form: ReturnType<typeof within>) {
  await userEvent.click(form.getByRole('checkbox', { name: 'Alopecia' }));
  await userEvent.selectOptions(form.getByLabelText('Ludwig stage'), 'II');
  await userEvent.selectOptions(form.getByLabelText(/Transplant history/), 'None');
  await userEvent.selectOptions(form.getByLabelText(/Natural hair colour/), 'Dark brown');
  await userEvent.selectOptions(form.getByLabelText(/Skin tone/), 'III — medium, sometimes burns');
  await userEvent.selectOptions(form.getByLabelText(/Style wanted/), 'Women’s density');
  await userEvent.selectOptions(form.getByLabelText(/Pigment shade/), 'Dark grey');
}

const photo = () => new File([new Uint8Array([0xff, 0xd8, 0xff, 0xe0])], 'front.jpg', { type: 'image/jpeg' });

describe('ConsultationPage', () => {
  it('uploads a photo with its view and shows it under that view', async () => {
    const requests = renderConsultation({ [`POST ${consultationPath}/photos`]: () => json(frontPhoto, 201) });
    const upload = within(await screen.findByRole('form', { name: 'Add a photo' }));
    await userEvent.selectOptions(upload.getByLabelText('View'), 'Front');
    await userEvent.upload(upload.getByLabelText(/^Photo/), photo());
    await userEvent.click(upload.getByRole('button', { name: 'Upload photo' }));

    const front = within(await screen.findByRole('region', { name: 'Front' }));
    expect(front.getByRole('button', { name: 'Open front photo, 15 Jul 2030, 14:40' })).toBeTruthy();
    const sent = requests.at(-1)?.body as FormData;
    expect(sent.get('view')).toBe('front');
    expect((sent.get('file') as File).name).toBe('front.jpg');

    await userEvent.click(front.getByRole('button', { name: /Open front photo/ }));
    const preview = screen.getByRole('dialog', { name: 'Front, 15 Jul 2030, 14:40' });
    expect(within(preview).getByRole('img').getAttribute('src')).toBe(frontPhoto.previewUrl);
    await userEvent.keyboard('{Escape}');
    expect(screen.queryByRole('dialog')).toBeNull();
  });

  it('says why the server refused a photo, beside the file field', async () => {
    renderConsultation({ [`POST ${consultationPath}/photos`]: () => problem(415, '/problems/unsupported-media-type', { detail: 'Not an image' }) });
    const upload = within(await screen.findByRole('form', { name: 'Add a photo' }));
    await userEvent.click(upload.getByRole('button', { name: 'Upload photo' }));
    expect(upload.getByText('Choose the view')).toBeTruthy();
    expect(upload.getByText('Choose a file')).toBeTruthy();

    await userEvent.selectOptions(upload.getByLabelText('View'), 'Crown');
    await userEvent.upload(upload.getByLabelText(/^Photo/), photo());
    await userEvent.click(upload.getByRole('button', { name: 'Upload photo' }));

    const message = await upload.findByRole('alert');
    expect(message.textContent).toBe('That file is not a JPEG, PNG, HEIC or WebP photo. Choose another file.');
    expect(upload.getByLabelText(/^Photo/).getAttribute('aria-describedby')).toBe(message.id);
  });

  it('records the consultation on the Ludwig scale for a woman, refusing it without the expectations talk', async () => {
    const requests = renderConsultation({
      [`PUT ${consultationPath}/record`]: (request) =>
        json({
          ...startedConsultation,
          status: 'completed',
          record: { ...(request.body as object), expectationNotes: null, notes: null, recordedAt: '2030-07-15T19:00:00.000Z', recordedBy: { id: 'x', name: 'Marco Silva' } },
        }),
    });
    const form = within(await screen.findByRole('form', { name: 'Consultation record' }));
    expect(form.getByRole('radio', { name: 'Ludwig (women)' })).toHaveProperty('checked', true);
    await fillWomansRecord(form);
    await userEvent.click(form.getByRole('button', { name: 'Save record' }));
    expect(form.getByText('Discuss expectations before recording the consultation')).toBeTruthy();

    await userEvent.click(form.getByRole('checkbox', { name: /Expectations discussed/ }));
    await userEvent.click(form.getByRole('button', { name: 'Save record' }));
    expect(requests.at(-1)?.body).toMatchObject({ hairLossCauses: ['alopecia'], ludwigStage: 2, norwoodStage: null, skinTone: 'III', expectationsDiscussed: true });
    expect(await screen.findByText('Ludwig II')).toBeTruthy();
    expect(screen.getByText('Completed')).toBeTruthy();
  });

  it('offers neither the record nor photos for another artist’s consultation', async () => {
    renderConsultation({}, { ...startedConsultation, artist: { id: '0b6c7a3e-4d44-4f0e-9a1c-2f1e5b9d0a09', name: 'Bea Second' } });
    expect(await screen.findByText('Not recorded yet. Bea Second records it, or an owner.')).toBeTruthy();
    expect(screen.queryByRole('form', { name: 'Consultation record' })).toBeNull();
    expect(screen.queryByRole('form', { name: 'Add a photo' })).toBeNull();
  });

  it('offers the record once the consultation has started, not before, and records one taking place early by moving it to now', async () => {
    setClock('2030-07-01T12:00:00.000Z');
    const requests = renderConsultation(
      {
        [`PUT ${consultationPath}/record`]: (request) =>
          json({
            ...bookedConsultation,
            startsAt: '2030-07-01T12:00:00.000Z',
            status: 'completed',
            record: { ...(request.body as object), expectationNotes: null, notes: null, recordedAt: '2030-07-01T12:00:00.000Z', recordedBy: { id: 'x', name: 'Marco Silva' } },
          }),
      },
      bookedConsultation,
    );
    expect(await screen.findByText('Not recorded yet: this consultation is booked for Mon 15 Jul 14:30. If it is taking place now, move it to now and record it.')).toBeTruthy();
    expect(screen.queryByRole('form', { name: 'Consultation record' })).toBeNull();
    expect(screen.getByRole('form', { name: 'Add a photo' })).toBeTruthy();

    await userEvent.click(screen.getByRole('button', { name: 'Move to now and record' }));
    expect(screen.getByText('Saving moves the appointment from Mon 15 Jul 14:30 to now.')).toBeTruthy();
    const form = within(screen.getByRole('form', { name: 'Consultation record' }));
    await fillWomansRecord(form);
    await userEvent.click(form.getByRole('checkbox', { name: /Expectations discussed/ }));
    await userEvent.click(form.getByRole('button', { name: 'Save record' }));

    expect(requests.at(-1)?.body).toMatchObject({ moveAppointmentToNow: true, ludwigStage: 2 });
    expect(await screen.findByText('Moved from Mon 15 Jul 14:30 to now and recorded.')).toBeTruthy();
    expect(screen.getByText('Completed')).toBeTruthy();
  });

  it('offers an owner to move another artist’s early consultation to now and record it', async () => {
    setClock('2030-07-01T12:00:00.000Z');
    renderConsultation({}, { ...bookedConsultation, artist: { id: '0b6c7a3e-4d44-4f0e-9a1c-2f1e5b9d0a09', name: 'Bea Second' } }, 'owner');
    await userEvent.click(await screen.findByRole('button', { name: 'Move to now and record' }));
    expect(screen.getByRole('form', { name: 'Consultation record' })).toBeTruthy();
  });

  it('shows the server’s refusal of a consultation that has not started, rather than saying nothing', async () => {
    const detail = "This consultation is booked for Mon 15 Jul 14:30. If it is taking place now, record it with 'Move to now and record'";
    renderConsultation({
      [`PUT ${consultationPath}/record`]: () =>
        problem(409, '/problems/conflict', { title: 'Not started yet', detail, errors: [{ field: 'startsAt', message: 'Booked for Mon 15 Jul 14:30: not started yet' }] }),
    });
    const form = within(await screen.findByRole('form', { name: 'Consultation record' }));
    await fillWomansRecord(form);
    await userEvent.click(form.getByRole('checkbox', { name: /Expectations discussed/ }));
    await userEvent.click(form.getByRole('button', { name: 'Save record' }));

    expect((await screen.findByRole('alert')).textContent).toBe(detail);
    expect(screen.getByRole('button', { name: 'Move to now and record' })).toBeTruthy();
    expect(screen.queryByText('Consultation recorded.')).toBeNull();
    expect(screen.queryByText('Completed')).toBeNull();
  });
});

describe('ConsultationPage for a man', () => {
  it('offers the Norwood scale first, and records vitiligo and high sun exposure', async () => {
    const requests = renderConsultation({
      [`GET /api/clients/${grace.id}`]: () => json({ ...grace, sex: 'male' }),
      [`PUT ${consultationPath}/record`]: (request) =>
        json({
          ...startedConsultation,
          status: 'completed',
          record: { ...(request.body as object), expectationNotes: null, notes: null, recordedAt: '2030-07-15T19:00:00.000Z', recordedBy: { id: 'x', name: 'Marco Silva' } },
        }),
    });
    const form = within(await screen.findByRole('form', { name: 'Consultation record' }));
    expect(form.getByRole('radio', { name: 'Norwood (men)' })).toHaveProperty('checked', true);
    await userEvent.click(form.getByRole('checkbox', { name: 'Vitiligo' }));
    await userEvent.selectOptions(form.getByLabelText('Norwood stage'), '3');
    await userEvent.selectOptions(form.getByLabelText(/Transplant history/), 'None');
    await userEvent.selectOptions(form.getByLabelText(/Natural hair colour/), 'Black');
    await userEvent.selectOptions(form.getByLabelText(/Skin tone/), 'IV — olive, rarely burns');
    await userEvent.selectOptions(form.getByLabelText(/Sun exposure/), 'High (outdoor work)');
    await userEvent.selectOptions(form.getByLabelText(/Style wanted/), 'Density');
    await userEvent.selectOptions(form.getByLabelText(/Pigment shade/), 'Soft black');
    await userEvent.click(form.getByRole('checkbox', { name: /Expectations discussed/ }));
    await userEvent.click(form.getByRole('button', { name: 'Save record' }));

    expect(await screen.findByText('High (outdoor work)')).toBeTruthy();
    expect(requests.at(-1)?.body).toMatchObject({ hairLossCauses: ['vitiligo'], norwoodStage: 3, ludwigStage: null, sunExposure: 'high' });
  });
});
