import { CURRENT_SCREENING_QUESTIONNAIRE, type PublicIntake } from '@smp/contracts';
import { fireEvent, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { json, problem, stubApi } from '../test-support/fake-api';
import { MemoryRouter } from 'react-router';
import { ClientLinkApp } from '../App';

const TOKEN = 'x'.repeat(43);
const drawn = 'data:image/png;base64,iVBORw0KGgo=';

const intake: PublicIntake = {
  clinicName: 'Demo SMP Clinic',
  firstName: 'Grace',
  consultation: { startsAt: '2026-03-12T15:00:00.000Z', mode: 'in_person', artistName: 'Marco Silva', timeZone: 'America/New_York' },
  questionnaireVersion: CURRENT_SCREENING_QUESTIONNAIRE.version,
  submitted: false,
  photos: [],
};

beforeEach(() => {
  const context = { beginPath() {}, moveTo() {}, lineTo() {}, stroke() {}, clearRect() {} };
  vi.spyOn(HTMLCanvasElement.prototype, 'getContext').mockReturnValue(context as unknown as CanvasRenderingContext2D);
  vi.spyOn(HTMLCanvasElement.prototype, 'toDataURL').mockReturnValue(drawn);
  // As Chromium's does, scrollTo answers a promise.
  vi.spyOn(window, 'scrollTo').mockReturnValue(Promise.resolve() as unknown as undefined);
  vi.stubGlobal('URL', Object.assign(URL, { createObjectURL: () => 'blob:photo', revokeObjectURL: () => {} }));
});

/** As main.tsx mounts a client's page: without the staff's sign-in. */
const renderLinkPage = (path: string) =>
  render(
    <MemoryRouter initialEntries={[path]}>
      <ClientLinkApp />
    </MemoryRouter>,
  );

const next = () => userEvent.click(screen.getByRole('button', { name: /^Next/ }));

describe('IntakeFormPage', () => {
  it('takes the client through contact details, their hair, a framed photo and the signed questionnaire, and sends it all', async () => {
    const requests = stubApi({
      [`GET /api/public/intake/${TOKEN}`]: () => json(intake),
      [`POST /api/public/intake/${TOKEN}/photos`]: () => json({ id: '1f2e3d4c-5b6a-4798-8a6b-5c4d3e2f1a0b', view: 'front' }),
      [`POST /api/public/intake/${TOKEN}`]: () => json({ submitted: true }, 201),
    });
    renderLinkPage(`/intake/${TOKEN}`);

    expect(await screen.findByRole('heading', { name: 'Before your consultation at Demo SMP Clinic' })).toBeTruthy();
    await next();
    expect(screen.getByText('Enter a valid phone number (with the country code if it is not local)')).toBeTruthy();
    await userEvent.type(screen.getByLabelText(/Mobile phone/), '(415) 555-0142');
    await userEvent.click(screen.getByRole('radio', { name: 'A text message' }));
    fireEvent.change(screen.getByLabelText(/Date of birth/), { target: { value: '1988-04-12' } });
    await next();

    await userEvent.click(screen.getByRole('checkbox', { name: /runs in the family/ }));
    await userEvent.type(screen.getByLabelText('Since which year?'), '2015');
    await userEvent.click(within(screen.getByRole('group', { name: /minoxidil/ })).getByRole('radio', { name: 'Yes' }));
    await userEvent.click(within(screen.getByRole('group', { name: /finasteride/ })).getByRole('radio', { name: 'No' }));
    await userEvent.selectOptions(screen.getByLabelText(/Have you had a hair transplant/), 'none');
    await next();

    screen.getByRole('heading', { name: 'Photos of your scalp' });
    await userEvent.upload(screen.getByLabelText('Front photo'), new File(['jpeg'], 'front.jpg', { type: 'image/jpeg' }));
    expect(screen.getByRole('img', { name: 'What you chose for the front view' })).toBeTruthy();
    await userEvent.click(screen.getByRole('button', { name: 'Use this photo' }));
    expect(await screen.findByText('Sent ✓')).toBeTruthy();
    await next();

    for (let step = 0; step < 5; step += 1) {
      for (const radio of screen.getAllByRole('radio', { name: 'No' })) await userEvent.click(radio);
      await next();
    }
    await userEvent.type(screen.getByLabelText(/Your full name/), 'Grace Liu');
    const pad = screen.getByRole('img', { name: /Signature box/ });
    fireEvent.pointerDown(pad, { pointerId: 1, clientX: 5, clientY: 5 });
    fireEvent.pointerUp(pad, { pointerId: 1 });
    await userEvent.click(screen.getByRole('button', { name: 'Sign and send' }));

    expect(await screen.findByRole('heading', { name: 'Thank you, Grace' })).toBeTruthy();
    const photo = requests.find((request) => request.path.endsWith('/photos'))!.body as FormData;
    expect(photo.get('view')).toBe('front');
    const sent = requests.find((request) => request.method === 'POST' && !request.path.endsWith('/photos'))!.body as Record<string, unknown>;
    expect(sent).toMatchObject({
      contact: { phone: '+14155550142', preferredContact: 'sms', dateOfBirth: '1988-04-12' },
      history: { hairLossCauses: ['genetic_pattern'], hairLossStartedYear: 2015, usesMinoxidil: true, usesFinasteride: false, transplantHistory: 'none' },
      screening: { questionnaireVersion: CURRENT_SCREENING_QUESTIONNAIRE.version, signedName: 'Grace Liu', signature: drawn },
    });
  });

  it('thanks a client who has sent their answers already, instead of asking again', async () => {
    stubApi({ [`GET /api/public/intake/${TOKEN}`]: () => json({ ...intake, submitted: true }) });
    renderLinkPage(`/intake/${TOKEN}`);
    expect(await screen.findByRole('heading', { name: 'Thank you, Grace' })).toBeTruthy();
    expect(screen.queryByRole('button', { name: /Next/ })).toBeNull();
  });

  it('says a link it does not know is not recognised', async () => {
    stubApi({ [`GET /api/public/intake/${TOKEN}`]: () => problem(404, '/problems/not-found', { title: 'Not found' }) });
    renderLinkPage(`/intake/${TOKEN}`);
    expect(await screen.findByText(/We do not recognise this link/)).toBeTruthy();
  });
});
