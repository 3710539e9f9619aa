import type { Appointment, Eligibility } from '@smp/contracts';
import { QueryClient, type QueryKey } from '@tanstack/react-query';
import { beforeEach, describe, expect, it } from 'vitest';
import { grace, notEligible } from '../test-support/fixtures';
import { touchUpInProgress } from '../test-support/session-fixtures';
import { afterAppointmentChange, afterScreeningChange } from './invalidation';
import { queryKeys } from './query-keys';

const { history: _history, ...touchUp } = touchUpInProgress;
const planSession: Appointment = {
  ...touchUp,
  kind: 'plan_session',
  planSession: { id: 'a1000000-0000-4000-8000-000000000001', planId: 'a1000000-0000-4000-8000-000000000002', number: 2, style: 'hairline_restoration' },
};
const otherClientId = 'b2000000-0000-4000-8000-000000000001';

const thisWeek = queryKeys.appointments.calendar({ from: '2030-07-15', to: '2030-07-21' });
const thatDay = queryKeys.appointments.calendar({ from: '2030-07-15', to: '2030-07-15', artistId: touchUp.artist.id });

let queryClient: QueryClient;
const stale = (queryKey: QueryKey) => queryClient.getQueryState(queryKey)?.isInvalidated;

beforeEach(() => {
  queryClient = new QueryClient();
  const seed: [QueryKey, unknown][] = [
    [thisWeek, { items: [planSession] }],
    [thatDay, { items: [planSession] }],
    [queryKeys.followUps, { items: [] }],
    [queryKeys.plans.ofClient(grace.id), { items: [] }],
    [queryKeys.plans.ofClient(otherClientId), { items: [] }],
    [queryKeys.plans.detail(planSession.planSession!.planId), {}],
    [queryKeys.accounts.ofPlan(planSession.planSession!.planId), {}],
    [queryKeys.availability.search({ from: '2030-07-15', to: '2030-07-21', durationMinutes: 210, kind: 'plan_session' }), { slots: [], window: null }],
    [queryKeys.history.list(grace.id, []), { pages: [] }],
    [queryKeys.eligibility(grace.id), notEligible],
    [queryKeys.clients.detail(grace.id), grace],
    [queryKeys.clients.detail(otherClientId), grace],
  ];
  for (const [queryKey, data] of seed) queryClient.setQueryData(queryKey, data);
});

describe('after an appointment is booked, moved or changes status', () => {
  it('refetches every calendar range, the free slots, the follow-ups and the client’s plans, plan, plan account and history', async () => {
    await afterAppointmentChange(queryClient, planSession);

    for (const queryKey of [thisWeek, thatDay, queryKeys.followUps, queryKeys.plans.ofClient(grace.id), queryKeys.history.list(grace.id, [])]) {
      expect(stale(queryKey), JSON.stringify(queryKey)).toBe(true);
    }
    expect(stale(queryKeys.plans.detail(planSession.planSession!.planId))).toBe(true);
    // The deposit's due date follows session 1's booking.
    expect(stale(queryKeys.accounts.ofPlan(planSession.planSession!.planId))).toBe(true);
    expect(
      queryClient
        .getQueryCache()
        .findAll({ queryKey: queryKeys.availability.all })
        .every((query) => query.state.isInvalidated),
    ).toBe(true);
  });

  it('leaves other clients’ records cached', async () => {
    await afterAppointmentChange(queryClient, planSession);

    expect(stale(queryKeys.plans.ofClient(otherClientId))).toBe(false);
    expect(stale(queryKeys.clients.detail(otherClientId))).toBe(false);
  });

  it('shows a moved appointment at its new time in every cached range at once', async () => {
    const moved = { ...planSession, startsAt: '2030-07-16T14:00:00.000Z', endsAt: '2030-07-16T17:30:00.000Z' };
    await afterAppointmentChange(queryClient, moved);

    expect(queryClient.getQueryData<{ items: Appointment[] }>(thisWeek)?.items).toEqual([moved]);
    expect(queryClient.getQueryData<{ items: Appointment[] }>(thatDay)?.items).toEqual([moved]);
  });
});

describe('after a screening change', () => {
  it('keeps the eligibility an override answered with, and refetches the client’s standing', async () => {
    const overridden: Eligibility = { ...notEligible, eligible: true };
    await afterScreeningChange(queryClient, grace.id, overridden);

    expect(queryClient.getQueryData(queryKeys.eligibility(grace.id))).toEqual(overridden);
    expect(stale(queryKeys.eligibility(grace.id))).toBe(false);
    expect(stale(queryKeys.clients.detail(grace.id))).toBe(true);
    expect(stale(thisWeek)).toBe(true);
  });
});
