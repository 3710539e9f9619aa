import type { Screening, StaffRole } from '@smp/contracts';
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { clinicSettings, json, sessionFor, stubApi, type FakeRequest } from '../test-support/fake-api';
import { grace, marco } from '../test-support/fixtures';
import { renderApp } from '../test-support/render-app';

const awaitingClearance: Screening = {
  id: '3c2b1a09-8f7e-4d6c-9b5a-493827160504',
  clientId: grace.id,
  questionnaireVersion: '2026-11-v1',
  conductedBy: marco,
  signedName: 'Grace Liu',
  signedAt: '2026-03-10T15:00:00.000Z',
  validUntil: '2026-06-08',
  answeredOutcome: 'clearance_required',
  status: { state: 'clearance_required', eligible: false, validUntil: '2026-06-08', deferUntil: null, openItems: 1 },
  items: [
    {
      questionId: 'blood_thinners',
      question: 'Do you take blood-thinning medication (for example warfarin, clopidogrel, daily aspirin)?',
      outcome: 'clearance_required',
      status: 'open',
      deferUntil: null,
      reason: 'Blood thinners increase bleeding: a doctor’s clearance is needed.',
      clearedBy: 'clearance_document',
      clearance: null,
    },
  ],
  answers: { blood_thinners: { answer: true, date: null }, diabetes: { answer: false, date: null } },
  signature: 'data:image/png;base64,iVBORw0KGgo=',
};

const cleared: Screening = {
  ...awaitingClearance,
  status: { state: 'clear', eligible: true, validUntil: '2026-06-08', deferUntil: null, openItems: 0 },
  items: [
    {
      ...awaitingClearance.items![0]!,
      status: 'cleared',
      clearance: {
        id: 'c1000000-0000-4000-8000-000000000001',
        questionId: 'blood_thinners',
        note: 'Dr Patel: fine to go ahead',
        reviewedBy: marco,
        reviewedAt: '2026-03-11T14:00:00.000Z',
        documentName: 'letter.pdf',
        documentUrl: '/api/clearances/c1000000-0000-4000-8000-000000000001/file',
      },
    },
  ],
};

function renderRecord(role: StaffRole, screening: Screening, routes: Record<string, (request: FakeRequest) => Response> = {}) {
  const requests = stubApi({
    'GET /api/auth/me': () => json(sessionFor(role)),
    'GET /api/clinic': () => json(clinicSettings),
    [`GET /api/clients/${grace.id}`]: () => json(grace),
    [`GET /api/screenings/${screening.id}`]: () => json(screening),
    ...routes,
  });
  renderApp(`/clients/${grace.id}/screenings/${screening.id}`);
  return requests;
}

describe('ScreeningRecordPage', () => {
  it('takes the doctor’s letter for an open item, which then counts as cleared', async () => {
    const requests = renderRecord('artist', awaitingClearance, {
      [`POST /api/screenings/${awaitingClearance.id}/clearances`]: () => json(cleared, 201),
    });
    const form = within(await screen.findByRole('form', { name: /Clearance letter: Do you take blood-thinning/ }));
    await userEvent.upload(form.getByLabelText(/Doctor’s letter/), new File(['%PDF-1.4'], 'letter.pdf', { type: 'application/pdf' }));
    await userEvent.type(form.getByLabelText('Note'), 'Dr Patel: fine to go ahead');
    await userEvent.click(form.getByRole('button', { name: 'Attach clearance' }));

    const sent = requests.find((request) => request.method === 'POST')?.body as FormData;
    expect(sent.get('questionId')).toBe('blood_thinners');
    expect(sent.get('note')).toBe('Dr Patel: fine to go ahead');
    const row = await screen.findByRole('row', { name: /blood-thinning/ });
    expect(within(row).getByText('Cleared')).toBeTruthy();
    const letter = within(row).getByRole('link', { name: 'letter.pdf' });
    expect(letter.getAttribute('href')).toBe('/api/clearances/c1000000-0000-4000-8000-000000000001/file');
    expect(letter.getAttribute('download')).toBe('letter.pdf');
    expect(screen.queryByRole('form', { name: /Clearance letter/ })).toBeNull();
    expect(screen.getByRole('img', { name: 'Signature of Grace Liu' })).toBeTruthy();
  });

  it('shows a receptionist the outcome only', async () => {
    renderRecord('receptionist', { ...awaitingClearance, items: null, answers: null, signature: null });
    expect(await screen.findByText('The medical answers behind this outcome are shown to owners and artists only.')).toBeTruthy();
    expect(screen.getAllByText('Clearance required').length).toBeGreaterThan(0);
    expect(screen.queryByRole('img', { name: /Signature/ })).toBeNull();
    expect(screen.queryByText(/blood-thinning/)).toBeNull();
  });
});
