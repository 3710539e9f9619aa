import { addCalendarDays, type Plan } from '@smp/contracts';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { clinicSettings, json, sessionFor, stubApi } from '../test-support/fake-api';
import { activePlan, grace, marco, notEligible } from '../test-support/fixtures';
import { todayIn } from '../shared/zoned-time';
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

describe('the shade progression of a plan', () => {
  it('says no session is recorded yet while none is', async () => {
    stubApi({
      'GET /api/auth/me': () => json(sessionFor('artist')),
      'GET /api/clinic': () => json(clinicSettings),
      'GET /api/prices': () => json({ items: [] }),
      [`GET /api/treatment-plans/${activePlan.id}`]: () => json(activePlan),
      [`GET /api/clients/${grace.id}/shade-progression`]: () => json({ sessions: [] }),
    });
    renderApp(`/clients/${grace.id}/plans/${activePlan.id}`);
    const progression = within(await screen.findByRole('region', { name: 'Shade progression' }));
    expect(await progression.findByText('No session recorded yet.')).toBeTruthy();
  });
});

describe('before a plan can start', () => {
  const designMissing = { rule: 'design' as const, message: 'The client has not approved a hairline design: draw it on their photo and take their signature' };

  it('says a hairline plan lacks an approved design, links to the designs, and lets an owner override it with a reason until a date', async () => {
    let plan: Plan = { ...draft, style: 'hairline_restoration', startBlockers: [designMissing] };
    const validUntil = addCalendarDays(todayIn(clinicSettings.timeZone), 7);
    const requests = stubApi({
      'GET /api/auth/me': () => json(sessionFor('owner')),
      'GET /api/clinic': () => json(clinicSettings),
      'GET /api/prices': () => json({ items: [] }),
      [`GET /api/treatment-plans/${draft.id}`]: () => json(plan),
      [`POST /api/clients/${grace.id}/eligibility-overrides`]: () => {
        plan = { ...plan, startBlockers: [] };
        return json(
          {
            ...notEligible,
            eligible: true,
            override: { id: 'd1', reason: 'Agreed on paper', validUntil, grantedBy: { id: 'x', name: 'Olivia Grant' }, grantedAt: '2030-03-01T10:00:00.000Z' },
          },
          201,
        );
      },
    });
    renderApp(`/clients/${grace.id}/plans/${draft.id}`);

    const checks = within(await screen.findByRole('region', { name: 'Before this plan can start' }));
    expect(checks.getByText(/has not approved a hairline design/)).toBeTruthy();
    expect(checks.getByRole('link', { name: 'Draw or approve a design' }).getAttribute('href')).toBe(`/clients/${grace.id}#designs`);
    const start = screen.getByRole<HTMLButtonElement>('button', { name: 'Start plan…' });
    expect(start.disabled).toBe(true);

    await userEvent.click(checks.getByRole('button', { name: 'Start without an approved design…' }));
    const form = within(screen.getByRole('group', { name: 'Let treatment go ahead without an approved design' }));
    await userEvent.type(form.getByLabelText(/Why treatment may go ahead/), 'Design agreed on paper at the consultation');
    await userEvent.clear(form.getByLabelText(/Valid until/));
    await userEvent.type(form.getByLabelText(/Valid until/), validUntil);
    await userEvent.click(form.getByRole('button', { name: 'Override' }));

    await waitFor(() => expect(screen.queryByRole('region', { name: 'Before this plan can start' })).toBeNull());
    expect(requests.find((request) => request.method === 'POST')?.body).toEqual({ reason: 'Design agreed on paper at the consultation', validUntil });
    expect(screen.getByRole<HTMLButtonElement>('button', { name: 'Start plan…' }).disabled).toBe(false);
  }, 15_000);

  it('offers no override to those who may not give one', async () => {
    stubApi({
      'GET /api/auth/me': () => json(sessionFor('receptionist')),
      'GET /api/clinic': () => json(clinicSettings),
      'GET /api/prices': () => json({ items: [] }),
      [`GET /api/treatment-plans/${draft.id}`]: () => json({ ...draft, style: 'edge_up', startBlockers: [designMissing] }),
    });
    renderApp(`/clients/${grace.id}/plans/${draft.id}`);
    const checks = within(await screen.findByRole('region', { name: 'Before this plan can start' }));
    expect(checks.queryByRole('button', { name: /without an approved design/ })).toBeNull();
  });

  const clearanceMissing = { rule: 'clearance' as const, message: 'No doctor’s clearance on the client’s latest screening or on the plan' };
  const alopecia: Plan = { ...draft, style: 'alopecia_medical', startBlockers: [clearanceMissing] };
  const letter = { id: 'c1000000-0000-4000-8000-000000000001', note: 'Dr Okafor', recordedBy: marco, recordedAt: '2030-03-01T10:00:00.000Z' };

  it('takes a doctor’s letter attached to an alopecia / medical plan, then lets it start', async () => {
    const requests = stubApi({
      'GET /api/auth/me': () => json(sessionFor('artist')),
      'GET /api/clinic': () => json(clinicSettings),
      'GET /api/prices': () => json({ items: [] }),
      [`GET /api/treatment-plans/${draft.id}`]: () => json(alopecia),
      [`POST /api/treatment-plans/${draft.id}/clearances`]: () =>
        json(
          {
            ...alopecia,
            startBlockers: [],
            clearances: [{ ...letter, kind: 'letter', documentName: 'okafor.pdf', documentUrl: `/api/plan-clearances/${letter.id}/document`, reason: null }],
          },
          201,
        ),
    });
    renderApp(`/clients/${grace.id}/plans/${draft.id}`);

    const checks = within(await screen.findByRole('region', { name: 'Before this plan can start' }));
    expect(checks.getByText(/No doctor’s clearance/)).toBeTruthy();
    expect(checks.queryByRole('button', { name: 'Start without a letter…' })).toBeNull();
    const form = within(checks.getByRole('form', { name: 'Doctor’s clearance for this plan' }));
    await userEvent.upload(form.getByLabelText(/Doctor’s letter/), new File(['%PDF-1.7'], 'okafor.pdf', { type: 'application/pdf' }));
    await userEvent.type(form.getByLabelText('Note'), 'Dr Okafor');
    await userEvent.click(form.getByRole('button', { name: 'Attach clearance' }));

    expect((await screen.findByRole('link', { name: 'okafor.pdf' })).getAttribute('href')).toBe(`/api/plan-clearances/${letter.id}/document`);
    const sent = requests.find((request) => request.method === 'POST')!.body as FormData;
    expect(sent.get('note')).toBe('Dr Okafor');
    expect((sent.get('file') as File).name).toBe('okafor.pdf');
    expect(screen.queryByRole('region', { name: 'Before this plan can start' })).toBeNull();
    expect(screen.getByRole<HTMLButtonElement>('button', { name: 'Start plan…' }).disabled).toBe(false);
  }, 15_000);

  it('lets an owner start an alopecia / medical plan without a letter, saying why', async () => {
    const requests = stubApi({
      'GET /api/auth/me': () => json(sessionFor('owner')),
      'GET /api/clinic': () => json(clinicSettings),
      'GET /api/prices': () => json({ items: [] }),
      [`GET /api/treatment-plans/${draft.id}`]: () => json(alopecia),
      [`POST /api/treatment-plans/${draft.id}/clearance-override`]: (request) =>
        json({
          ...alopecia,
          startBlockers: [],
          clearances: [
            {
              ...letter,
              kind: 'override',
              note: null,
              documentName: null,
              documentUrl: null,
              reason: (request.body as { reason: string }).reason,
              recordedBy: { id: 'x', name: 'Olivia Grant' },
            },
          ],
        }),
    });
    renderApp(`/clients/${grace.id}/plans/${draft.id}`);

    const checks = within(await screen.findByRole('region', { name: 'Before this plan can start' }));
    await userEvent.click(checks.getByRole('button', { name: 'Start without a letter…' }));
    await userEvent.type(checks.getByLabelText(/Why may this plan start without a doctor’s letter/), 'Dermatologist confirmed by phone');
    await userEvent.click(checks.getByRole('button', { name: 'Override' }));

    expect(await screen.findByText(/Owner’s override, no letter: “Dermatologist confirmed by phone”, by Olivia Grant/)).toBeTruthy();
    expect(requests.find((request) => request.method === 'POST')?.body).toEqual({ reason: 'Dermatologist confirmed by phone' });
  }, 15_000);
});
