import type { AppointmentDetail } from '@smp/contracts';
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { clinicSettings, json, sessionFor, stubApi } from '../test-support/fake-api';
import { renderApp } from '../test-support/render-app';
import { touchUpInProgress } from '../test-support/session-fixtures';

const session: AppointmentDetail = {
  ...touchUpInProgress,
  status: 'booked',
  kind: 'plan_session',
  planSession: { id: '5a0e7c1d-0000-4000-8000-0000000000s1', planId: '5a0e7c1d-0000-4000-8000-0000000000p1', number: 1, style: 'hairline_restoration' },
};

function renderPreparation(appointment: AppointmentDetail) {
  stubApi({
    'GET /api/auth/me': () => json(sessionFor('receptionist')),
    'GET /api/clinic': () => json(clinicSettings),
    [`GET /api/appointments/${appointment.id}`]: () => json(appointment),
  });
  renderApp(`/appointments/${appointment.id}/preparation`);
}

describe('the preparation sheet', () => {
  it('names the client, the session and the style, lists each step in full, and prints', async () => {
    const print = vi.spyOn(window, 'print').mockImplementation(() => undefined);
    renderPreparation(session);
    const sheet = within(await screen.findByRole('region', { name: 'How to prepare' }));
    expect(sheet.getByText(/Preparation for/).textContent).toMatch(/Grace Liu.*\(hairline restoration\)/);
    const steps = sheet.getAllByRole('listitem').map((item) => item.textContent);
    expect(steps[0]).toMatch(/^Shave your head/);
    expect(steps[2]).toMatch(/paracetamol and\/or ibuprofen/);
    await userEvent.click(screen.getByRole('button', { name: 'Print preparation sheet' }));
    expect(print).toHaveBeenCalledOnce();
  });

  it('keeps the hair for women’s density', async () => {
    renderPreparation({ ...session, planSession: { ...session.planSession!, style: 'womens_density' } });
    const sheet = within(await screen.findByRole('region', { name: 'How to prepare' }));
    expect(sheet.getAllByRole('listitem')[0]!.textContent).toMatch(/^Do not shave your head.*parts it section by section/);
  });
});
