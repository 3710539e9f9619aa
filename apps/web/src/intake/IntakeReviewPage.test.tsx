import { CURRENT_SCREENING_QUESTIONNAIRE, type Intake, type StaffRole } from '@smp/contracts';
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { clinicSettings, json, problem, sessionFor, stubApi, type FakeRequest } from '../test-support/fake-api';
import { grace, marco } from '../test-support/fixtures';
import { renderApp } from '../test-support/render-app';

const noToAll = Object.fromEntries(CURRENT_SCREENING_QUESTIONNAIRE.questions.map((question) => [question.id, { answer: false, date: null }]));

const sent: Intake = {
  id: '9a8b7c6d-5e4f-4a3b-8c2d-1e0f9a8b7c6d',
  clientId: grace.id,
  consultationId: '7d1e2f3a-4b5c-4d6e-8f70-112233445566',
  submittedAt: '2026-03-08T21:30:00.000Z',
  contact: { phone: '+14155550142', preferredContact: 'sms', dateOfBirth: '1988-04-12', address: null },
  history: {
    hairLossCauses: ['genetic_pattern'],
    hairLossStartedYear: 2015,
    naturalHairColour: 'dark_brown',
    usesMinoxidil: true,
    usesFinasteride: false,
    transplantHistory: 'none',
    sunExposure: null,
    desiredResult: 'A soft hairline',
  },
  questionnaireVersion: CURRENT_SCREENING_QUESTIONNAIRE.version,
  answeredOutcome: 'clear',
  answers: noToAll,
  signedName: 'Grace Liu',
  signature: 'data:image/png;base64,iVBORw0KGgo=',
  photos: [],
  review: null,
};

function renderReview(role: StaffRole, intake: Intake, routes: Record<string, (request: FakeRequest) => Response> = {}) {
  const requests = stubApi({
    'GET /api/auth/me': () => json(sessionFor(role)),
    'GET /api/clinic': () => json(clinicSettings),
    [`GET /api/clients/${grace.id}`]: () => json(grace),
    [`GET /api/intakes/${intake.id}`]: () => json(intake),
    ...routes,
  });
  renderApp(`/clients/${grace.id}/intakes/${intake.id}`);
  return requests;
}

describe('IntakeReviewPage', () => {
  it('countersigns the client’s answers with the artist’s correction and why, then opens the screening made', async () => {
    const requests = renderReview('artist', sent, {
      [`POST /api/intakes/${sent.id}/countersign`]: () => json({ id: '3c2b1a09-8f7e-4d6c-9b5a-493827160504' }, 201),
    });
    const diabetes = (await screen.findByText('Do you have diabetes?')).closest('li')!;
    expect(within(diabetes as HTMLElement).getByText('No')).toBeTruthy();
    await userEvent.click(within(diabetes as HTMLElement).getByRole('button', { name: 'Correct this answer' }));
    expect(within(diabetes as HTMLElement).getByRole<HTMLInputElement>('radio', { name: 'Yes' }).checked).toBe(true);
    await userEvent.type(within(diabetes as HTMLElement).getByLabelText(/Why it changed/), 'Type 2, said so at the consultation');
    await userEvent.click(screen.getByRole('button', { name: 'Countersign with 1 correction' }));

    const countersigned = requests.find((request) => request.method === 'POST');
    expect(countersigned?.body).toEqual({ corrections: [{ questionId: 'diabetes', answer: { answer: true, date: null }, note: 'Type 2, said so at the consultation' }] });
  });

  it('puts the API’s refusal of a correction beside its question', async () => {
    renderReview('artist', sent, {
      [`POST /api/intakes/${sent.id}/countersign`]: () =>
        problem(400, '/problems/validation', { title: 'Invalid input', errors: [{ field: 'corrections.0.note', message: 'Say why the answer changed' }] }),
    });
    const diabetes = (await screen.findByText('Do you have diabetes?')).closest('li') as HTMLElement;
    await userEvent.click(within(diabetes).getByRole('button', { name: 'Correct this answer' }));
    await userEvent.click(screen.getByRole('button', { name: 'Countersign with 1 correction' }));
    expect(await within(diabetes).findByText('Say why the answer changed')).toBeTruthy();
  });

  it('shows a countersigned intake’s corrections beside the client’s answers, with nothing left to sign', async () => {
    renderReview('artist', {
      ...sent,
      review: {
        screeningId: '3c2b1a09-8f7e-4d6c-9b5a-493827160504',
        countersignedBy: marco,
        countersignedAt: '2026-03-10T15:00:00.000Z',
        corrections: [
          {
            questionId: 'diabetes',
            clientAnswer: { answer: false, date: null },
            correctedAnswer: { answer: true, date: null },
            note: 'Type 2',
            correctedBy: marco,
            correctedAt: '2026-03-10T15:00:00.000Z',
          },
        ],
      },
    });
    const diabetes = (await screen.findByText('Do you have diabetes?')).closest('li') as HTMLElement;
    expect(within(diabetes).getByText(/Corrected by Marco Silva/)).toBeTruthy();
    expect(within(diabetes).getByText(/Yes — Type 2/)).toBeTruthy();
    expect(screen.queryByRole('button', { name: /Countersign/ })).toBeNull();
    expect(screen.getByRole('link', { name: 'the screening' }).getAttribute('href')).toBe(`/clients/${grace.id}/screenings/3c2b1a09-8f7e-4d6c-9b5a-493827160504`);
  });

  it('shows reception how to reach the client and offers to update the record, but not the medical answers', async () => {
    const requests = renderReview(
      'receptionist',
      { ...sent, history: null, answers: null, answeredOutcome: null, signature: null },
      {
        [`PATCH /api/clients/${grace.id}`]: () => json({ ...grace, phone: '+14155550142' }),
      },
    );
    const contact = await screen.findByRole('table', { name: 'Contact details that differ' });
    expect(within(contact).getByRole('row', { name: /Phone/ }).textContent).toContain('(415) 555-0142');
    expect(screen.getByText(/medical answers are shown to owners and artists only/)).toBeTruthy();
    await userEvent.click(screen.getByRole('button', { name: 'Update the client’s record' }));
    expect(requests.find((request) => request.method === 'PATCH')?.body).toEqual({ phone: '+14155550142', preferredContact: 'sms', dateOfBirth: '1988-04-12' });
  });
});
