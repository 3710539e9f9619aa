import type { Plan } from '@smp/contracts';
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { clinicSettings, json, sessionFor, stubApi } from '../test-support/fake-api';
import { activePlan, grace, marco } from '../test-support/fixtures';
import { renderApp } from '../test-support/render-app';

const chair = { id: '1c0a3b52-0000-4000-8000-000000000001', name: 'Chair 1', archived: false };

/** The plan before it starts: no session booked, no window open yet. */
const draft: Plan = {
  ...activePlan,
  status: 'draft',
  startedAt: null,
  sessions: activePlan.sessions.map((session) => ({ ...session, window: null, appointment: null })),
};

describe('starting a plan', () => {
  it('asks first, saying when each session can be booked, then offers to book session 1 in the booking panel', async () => {
    let plan = draft;
    const requests = stubApi({
      'GET /api/auth/me': () => json(sessionFor('receptionist')),
      'GET /api/clinic': () => json(clinicSettings),
      'GET /api/prices': () => json({ items: [] }),
      [`GET /api/treatment-plans/${draft.id}`]: () => json(plan),
      [`POST /api/treatment-plans/${draft.id}/start`]: () => {
        plan = { ...draft, status: 'active', startedAt: '2030-03-01T11:00:00.000Z' };
        return json(plan);
      },
      'GET /api/treatment-plans': () => json({ items: [plan] }),
      [`GET /api/treatment-plans/${draft.id}/next-session-slots`]: () => json({ slots: [], window: null }),
      [`GET /api/clients/${grace.id}`]: () => json({ ...grace, screening: activePlan.client.screening }),
      'GET /api/artists': () => json({ items: [marco] }),
      'GET /api/rooms': () => json({ items: [chair] }),
      'GET /api/closures': () => json({ items: [] }),
      [`GET /api/artists/${marco.id}/schedule`]: () => json({ artist: marco, weekly: [], timeOff: [] }),
    });
    renderApp(`/clients/${grace.id}/plans/${draft.id}`);

    await userEvent.click(await screen.findByRole('button', { name: 'Start plan…' }));
    const dialog = screen.getByRole('alertdialog', { name: 'Start plan' });
    expect(dialog.textContent).toContain(
      'Start the women’s density plan for Grace Liu with Marco Silva? Once started: session 1 (Zhen Scalp Ink — Medium Grey) can be booked now; session 2 (Zhen Scalp Ink — Medium Grey + Perma Blend SMP Pro — Dark Grey) 7–28 days after session 1 ends.',
    );
    expect(requests.some((request) => request.method === 'POST')).toBe(false);

    await userEvent.click(within(dialog).getByRole('button', { name: 'Start plan' }));
    const started = await screen.findByRole('status');
    expect(started.textContent).toContain('Plan started: session 1 can be booked now.');
    expect(screen.getAllByRole('button', { name: 'Book session 1' })).toHaveLength(1);

    await userEvent.click(within(started).getByRole('button', { name: 'Book session 1' }));
    const panel = within(await screen.findByRole('complementary', { name: 'Book an appointment' }));
    expect(await panel.findByText('Grace Liu')).toBeTruthy();
    expect(panel.getByLabelText<HTMLSelectElement>(/What for/).value).toBe('plan_session');
    await panel.findByRole('option', { name: /session 1 \(Zhen Scalp Ink — Medium Grey\)/ });
    expect(panel.getByLabelText<HTMLSelectElement>(/Plan session/).value).toBe(draft.sessions[0]!.id);
    expect(panel.getByLabelText<HTMLSelectElement>(/Artist/).value).toBe(marco.id);
  }, 15_000);

  it('sends the start once, however often the confirming button is pressed while it runs', async () => {
    let answer: (response: Response) => void = () => {};
    const requests = stubApi({
      'GET /api/auth/me': () => json(sessionFor('receptionist')),
      'GET /api/clinic': () => json(clinicSettings),
      'GET /api/prices': () => json({ items: [] }),
      [`GET /api/treatment-plans/${draft.id}`]: () => json(draft),
      [`POST /api/treatment-plans/${draft.id}/start`]: () => new Promise<Response>((resolve) => (answer = resolve)),
    });
    renderApp(`/clients/${grace.id}/plans/${draft.id}`);

    await userEvent.click(await screen.findByRole('button', { name: 'Start plan…' }));
    const confirm = within(screen.getByRole('alertdialog', { name: 'Start plan' })).getByRole('button', { name: 'Start plan' });
    await userEvent.click(confirm);
    await userEvent.click(confirm);

    expect(requests.filter((request) => request.method === 'POST')).toHaveLength(1);
    expect(confirm.hasAttribute('disabled')).toBe(true);
    answer(json({ ...draft, status: 'active', startedAt: '2030-03-01T11:00:00.000Z' }));
    expect((await screen.findByRole('status')).textContent).toContain('Plan started');
  });
});

describe('the third session', () => {
  const third = { ...activePlan.sessions[1]!, id: '5a0e7c1d-0000-4000-8000-0000000000s3', number: 3, priceMinor: 70_000, window: null, appointment: null };
  const withThird: Plan = { ...activePlan, sessions: [...activePlan.sessions, third] };

  function renderPlan(role: 'owner' | 'receptionist') {
    return stubApi({
      'GET /api/auth/me': () => json(sessionFor(role)),
      'GET /api/clinic': () => json(clinicSettings),
      'GET /api/prices': () => json({ items: [] }),
      [`GET /api/treatment-plans/${withThird.id}`]: () => json(withThird),
      [`POST /api/treatment-plans/${withThird.id}/sessions/${third.id}/included`]: () =>
        json({ ...withThird, sessions: [...activePlan.sessions, { ...third, priceMinor: 0, includedReason: 'Session 2 was cut short' }] }),
    });
  }
  const sessionItem = async (number: number) => within((await screen.findAllByRole('listitem')).find((item) => item.textContent.startsWith(`Session ${number}`))!);

  it('shows its charge, which an owner includes in the plan with a reason', async () => {
    const requests = renderPlan('owner');
    renderApp(`/clients/${grace.id}/plans/${withThird.id}`);
    const session = await sessionItem(3);
    expect(session.getByText('$700.00')).toBeTruthy();
    await userEvent.click(session.getByRole('button', { name: 'Include free of charge…' }));
    await userEvent.type(session.getByRole('textbox', { name: /Why is it included/ }), 'Session 2 was cut short');
    await userEvent.click(session.getByRole('button', { name: 'Include it' }));

    expect(await (await sessionItem(3)).findByText('Included by the owner: Session 2 was cut short')).toBeTruthy();
    expect(requests.filter((request) => request.method === 'POST').map((request) => request.body)).toEqual([{ reason: 'Session 2 was cut short' }]);
  });

  it('offers reception no way to waive the charge', async () => {
    renderPlan('receptionist');
    renderApp(`/clients/${grace.id}/plans/${withThird.id}`);
    const session = await sessionItem(3);
    expect(session.getByText('$700.00')).toBeTruthy();
    expect(session.queryByRole('button', { name: /Include free of charge/ })).toBeNull();
  });
});
