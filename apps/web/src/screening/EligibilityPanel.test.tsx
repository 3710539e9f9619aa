import { addCalendarDays, type Eligibility, type StaffRole } from '@smp/contracts';
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { todayIn } from '../shared/zoned-time';
import { clinicSettings, json, sessionFor, stubApi } from '../test-support/fake-api';
import { emptyPage, grace, notEligible } from '../test-support/fixtures';
import { renderApp } from '../test-support/render-app';

const validUntil = addCalendarDays(todayIn(clinicSettings.timeZone), 7);
const overridden: Eligibility = {
  ...notEligible,
  eligible: true,
  override: {
    id: 'd1000000-0000-4000-8000-000000000001',
    reason: 'Consultant dermatologist confirmed by phone',
    validUntil,
    grantedBy: { id: 'x', name: 'Olivia Grant' },
    grantedAt: '2026-03-10T15:00:00.000Z',
  },
};

/** The eligibility panel on the client page, as one role sees it. */
async function eligibilityAs(role: StaffRole, eligibility: Eligibility) {
  stubApi({
    'GET /api/auth/me': () => json(sessionFor(role)),
    'GET /api/clinic': () => json(clinicSettings),
    [`GET /api/clients/${grace.id}`]: () => json(grace),
    [`GET /api/clients/${grace.id}/eligibility`]: () => json(eligibility),
  });
  renderApp(`/clients/${grace.id}`);
  return within(await screen.findByRole('group', { name: 'Eligibility for treatment' }));
}

describe('EligibilityPanel', () => {
  it('lets an owner override with a written reason until a date', async () => {
    const requests = stubApi({
      'GET /api/auth/me': () => json(sessionFor('owner')),
      'GET /api/clinic': () => json(clinicSettings),
      [`GET /api/clients/${grace.id}`]: () => json(grace),
      [`GET /api/clients/${grace.id}/eligibility`]: () => json(notEligible),
      [`GET /api/clients/${grace.id}/screenings`]: () => json(emptyPage),
      [`POST /api/clients/${grace.id}/eligibility-overrides`]: () => json(overridden, 201),
    });
    renderApp(`/clients/${grace.id}`);
    const panel = within(await screen.findByRole('group', { name: 'Eligibility for treatment' }));
    expect(panel.getByText('Screening needed')).toBeTruthy();
    await userEvent.click(panel.getByRole('button', { name: 'Override' }));
    await userEvent.type(panel.getByLabelText(/Why treatment may go ahead/), 'Too short');
    await userEvent.click(panel.getByRole('button', { name: 'Override' }));
    expect(panel.getByText('Write the reason in a sentence')).toBeTruthy();

    await userEvent.clear(panel.getByLabelText(/Why treatment may go ahead/));
    await userEvent.type(panel.getByLabelText(/Why treatment may go ahead/), 'Consultant dermatologist confirmed by phone');
    await userEvent.clear(panel.getByLabelText(/Valid until/));
    await userEvent.type(panel.getByLabelText(/Valid until/), validUntil);
    await userEvent.click(panel.getByRole('button', { name: 'Override' }));

    expect(requests.find((request) => request.method === 'POST')?.body).toEqual({ reason: 'Consultant dermatologist confirmed by phone', validUntil });
    expect(await panel.findByText(/Eligible for treatment today \(overridden\)/)).toBeTruthy();
    expect(panel.getByText(/Overridden by Olivia Grant/)).toBeTruthy();
  }, 15_000);

  it('shows a client never screened as neutral "Screening needed" with the next step, not red, and offers an artist no override', async () => {
    const panel = await eligibilityAs('artist', notEligible);
    const verdict = panel.getByText('Screening needed');
    expect(verdict.className).not.toContain('not-eligible');
    expect(panel.queryByText(/Not eligible/)).toBeNull();
    expect(panel.getByText('Not screened yet')).toBeTruthy();
    expect(panel.getByRole('link', { name: 'Start screening' }).getAttribute('href')).toBe(`/clients/${grace.id}/screenings/new`);
    expect(panel.queryByRole('button', { name: 'Override' })).toBeNull();
  });

  it('sends reception, who cannot screen, to book a consultation', async () => {
    const panel = await eligibilityAs('receptionist', notEligible);
    expect(panel.getByText('Screening needed')).toBeTruthy();
    expect(panel.queryByRole('link', { name: 'Start screening' })).toBeNull();
    expect(panel.getByRole('button', { name: 'Book a consultation' })).toBeTruthy();
  });

  it('keeps red for a real contraindication', async () => {
    const deferred: Eligibility = {
      ...notEligible,
      reasons: [{ code: 'deferred', message: 'Treatment is deferred until the client is screened again.', questionId: null, until: null }],
      status: { state: 'defer', eligible: false, validUntil, deferUntil: null, openItems: 1 },
    };
    const panel = await eligibilityAs('artist', deferred);
    expect(panel.getByText('Not eligible for treatment today').className).toContain('not-eligible');
  });
});
