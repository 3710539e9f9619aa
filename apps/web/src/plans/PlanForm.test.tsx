import type { Plan } from '@smp/contracts';
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { clinicSettings, json, problem, sessionFor, stubApi } from '../test-support/fake-api';
import { activePlan, darkGrey, emptyPage, grace, marco, mediumGrey, notEligible } from '../test-support/fixtures';
import { renderApp } from '../test-support/render-app';

/** The client page of an artist, with the catalogue's two pigments; answers a created plan with `created`, unless `creation` answers otherwise. */
function stubPlanning(created: Plan, creation: () => Response = () => json(created, 201)) {
  return stubApi({
    'GET /api/auth/me': () => json(sessionFor('artist')),
    'GET /api/clinic': () => json(clinicSettings),
    [`GET /api/clients/${grace.id}`]: () => json(grace),
    [`GET /api/clients/${grace.id}/eligibility`]: () => json(notEligible),
    [`GET /api/clients/${grace.id}/screenings`]: () => json(emptyPage),
    [`GET /api/clients/${grace.id}/consultations`]: () => json(emptyPage),
    [`GET /api/clients/${grace.id}/history`]: () => json(emptyPage),
    [`GET /api/clients/${grace.id}/shade-progression`]: () => json({ sessions: [] }),
    'GET /api/treatment-plans': () => json({ items: [] }),
    'GET /api/artists': () => json({ items: [marco] }),
    'GET /api/prices': () => json({ items: [] }),
    'GET /api/pigments': () => json({ items: [mediumGrey, darkGrey] }),
    'POST /api/treatment-plans': creation,
    [`GET /api/treatment-plans/${created.id}`]: () => json(created),
  });
}

describe('planning a treatment', () => {
  it('chooses catalogue pigments for each session, warns when session 2 repeats session 1, and sends the choice', async () => {
    const requests = stubPlanning({ ...activePlan, status: 'draft' });
    renderApp(`/clients/${grace.id}`);

    await userEvent.click(await screen.findByRole('button', { name: 'New plan' }));
    const form = within(screen.getByRole('form', { name: 'New treatment plan' }));
    const session1 = within(form.getByRole('group', { name: /Session 1 pigments/ }));
    const session2 = within(form.getByRole('group', { name: /Session 2 pigments/ }));
    await userEvent.click(await session1.findByRole('checkbox', { name: /Zhen Scalp Ink — Medium Grey/ }));
    await userEvent.click(session2.getByRole('checkbox', { name: /Zhen Scalp Ink — Medium Grey/ }));

    const warning = 'Same pigments as session 1: a later session is usually darker or blended';
    expect(session2.getByRole('status').textContent).toBe(warning);
    expect(form.getByRole('group', { name: /Session 2 pigments/ }).getAttribute('aria-describedby')).toContain('warning');

    // Blending in a darker shade for session 2: no warning, and the plan goes out with both.
    await userEvent.click(session2.getByRole('checkbox', { name: /Perma Blend SMP Pro — Dark Grey/ }));
    expect(session2.queryByRole('status')).toBeNull();
    await userEvent.click(form.getByRole('button', { name: 'Create plan' }));

    await screen.findByRole('heading', { name: /Women’s density plan/ });
    const sent = requests.find((request) => request.method === 'POST' && request.path === '/api/treatment-plans')!;
    expect(sent.body).toMatchObject({ clientId: grace.id, artistId: marco.id, sessions: [{ pigmentIds: [mediumGrey.id] }, { pigmentIds: [mediumGrey.id, darkGrey.id] }] });
  }, 15_000);

  it('asks for the pigments of every session before sending, and still lets a repeated shade through', async () => {
    const requests = stubPlanning({ ...activePlan, status: 'draft' });
    renderApp(`/clients/${grace.id}`);

    await userEvent.click(await screen.findByRole('button', { name: 'New plan' }));
    const form = within(screen.getByRole('form', { name: 'New treatment plan' }));
    await form.findAllByRole('checkbox', { name: /Dark Grey/ });
    await userEvent.click(form.getByRole('button', { name: 'Create plan' }));
    expect(form.getAllByText('Choose the pigments')).toHaveLength(2);
    expect(requests.some((request) => request.method === 'POST')).toBe(false);

    for (const group of ['Session 1 pigments', 'Session 2 pigments']) {
      await userEvent.click(within(form.getByRole('group', { name: new RegExp(group) })).getByRole('checkbox', { name: /Dark Grey/ }));
    }
    expect(form.getByRole('status').textContent).toMatch(/^Same pigments as session 1/);
    await userEvent.click(form.getByRole('button', { name: 'Create plan' }));
    await screen.findByRole('heading', { name: /Women’s density plan/ });
    expect(requests.filter((request) => request.method === 'POST')).toHaveLength(1);
  }, 15_000);

  it('shows a refusal of one pigment beside that pigment’s checkbox, until it is unchosen', async () => {
    const archived = 'Perma Blend SMP Pro — Dark Grey is archived: choose a pigment in use';
    stubPlanning({ ...activePlan, status: 'draft' }, () => problem(400, '/problems/validation', { errors: [{ field: 'sessions.1.pigmentIds.1', message: archived }] }));
    renderApp(`/clients/${grace.id}`);

    await userEvent.click(await screen.findByRole('button', { name: 'New plan' }));
    const form = within(screen.getByRole('form', { name: 'New treatment plan' }));
    const session1 = within(form.getByRole('group', { name: /Session 1 pigments/ }));
    const session2 = within(form.getByRole('group', { name: /Session 2 pigments/ }));
    await userEvent.click(await session1.findByRole('checkbox', { name: /Medium Grey/ }));
    await userEvent.click(session2.getByRole('checkbox', { name: /Medium Grey/ }));
    await userEvent.click(session2.getByRole('checkbox', { name: /Dark Grey/ }));
    await userEvent.click(form.getByRole('button', { name: 'Create plan' }));

    const darkGreyBox = await session2.findByRole('checkbox', { name: /Dark Grey/, description: archived });
    expect(darkGreyBox.getAttribute('aria-invalid')).toBe('true');
    expect(session2.getByRole('checkbox', { name: /Medium Grey/ }).getAttribute('aria-invalid')).toBeNull();
    expect(session1.queryByText(archived)).toBeNull();

    await userEvent.click(darkGreyBox);
    expect(form.queryByText(archived)).toBeNull();
  }, 15_000);
});

describe('the plan page', () => {
  it('shows a session’s repeated-shade warning and a record that used other pigments than planned', async () => {
    const [first, second] = activePlan.sessions;
    const plan: Plan = {
      ...activePlan,
      sessions: [
        { ...first!, recorded: { ...first!.recorded!, differsFromPlan: true } },
        { ...second!, pigments: first!.pigments, shadeWarning: 'Same pigments as session 1: a later session is usually darker or blended' },
      ],
    };
    stubApi({
      'GET /api/auth/me': () => json(sessionFor('artist')),
      'GET /api/clinic': () => json(clinicSettings),
      'GET /api/prices': () => json({ items: [] }),
      [`GET /api/treatment-plans/${plan.id}`]: () => json(plan),
      [`GET /api/clients/${grace.id}/shade-progression`]: () => json({ sessions: [] }),
    });
    renderApp(`/clients/${grace.id}/plans/${plan.id}`);

    const sessions = within(await screen.findByRole('list', { name: 'Sessions' }));
    const [one, two] = sessions.getAllByRole('listitem');
    expect(one!.textContent).toContain('Used: Zhen Scalp Ink — Medium Grey (Warm, lot ZS-0925)');
    expect(within(one!).getByText('Differs from the plan')).toBeTruthy();
    expect(within(two!).getByRole('note').textContent).toBe('Same pigments as session 1: a later session is usually darker or blended.');
  });
});
