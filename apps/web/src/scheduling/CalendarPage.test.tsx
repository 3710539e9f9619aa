import type { Appointment } from '@smp/contracts';
import { fireEvent, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { clinicSettings, json, problem, sessionFor, stubApi } from '../test-support/fake-api';
import { atTheClinic, marco } from '../test-support/fixtures';
import { renderApp } from '../test-support/render-app';
import { PIXELS_PER_MINUTE } from './calendar-layout';

const chair = { id: '1c0a3b52-0000-4000-8000-000000000001', name: 'Chair 1' };
const clear = { state: 'clear', eligible: true, validUntil: '2030-06-01', deferUntil: null, openItems: 0 } as const;

/** Session 2 on Tuesday 12 March 2030, 10:00 in New York (the clocks went forward on the 10th). */
const sessionTwo: Appointment = {
  id: '5a0e7c1d-0000-4000-8000-000000000002',
  kind: 'plan_session',
  status: 'booked',
  client: { id: '5a0e7c1d-0000-4000-8000-0000000000c1', name: 'Dan Kowalski', screening: clear },
  artist: marco,
  room: chair,
  location: atTheClinic,
  startsAt: '2030-03-12T14:00:00.000Z',
  endsAt: '2030-03-12T17:30:00.000Z',
  durationMinutes: 210,
  planSession: { id: '5a0e7c1d-0000-4000-8000-0000000000s2', planId: '5a0e7c1d-0000-4000-8000-0000000000p1', number: 2, style: 'hairline_restoration' },
  correctionPlanId: null,
  consultationId: null,
  notes: null,
  cancellation: null,
  overrideReason: null,
  confirmedByClientAt: null,
  rescheduleRequestedAt: null,
  rescheduleRequestNote: null,
  createdAt: '2026-03-01T10:00:00.000Z',
  updatedAt: '2026-03-01T10:00:00.000Z',
};

const outsideWindow = {
  title: 'Outside the session window',
  detail: 'Session 2 must start between 2030-03-12 and 2030-04-02, 1 to 4 weeks after the session before ends, so the pigment can settle',
  window: { opensOn: '2030-03-12', closesOn: '2030-04-02' },
  errors: [{ field: 'startsAt', message: 'Choose a day from 2030-03-12 to 2030-04-02' }],
};

/**
 * The calendar's API for the receptionist, with session 2 in it; `extra` adds or replaces routes.
 * A move the API agrees to is where session 2 is listed from then on, as the real API would list it.
 */
function stubCalendar(moveAnswer: () => Response, extra: Record<string, () => Response> = {}) {
  let listed = sessionTwo;
  const move = async () => {
    const answer = moveAnswer();
    if (answer.ok) listed = await answer.clone().json();
    return answer;
  };
  return stubApi({
    'GET /api/auth/me': () => json(sessionFor('receptionist')),
    'GET /api/clinic': () => json(clinicSettings),
    'GET /api/artists': () => json({ items: [marco] }),
    'GET /api/rooms': () => json({ items: [{ ...chair, archived: false }] }),
    'GET /api/closures': () => json({ items: [] }),
    [`GET /api/artists/${marco.id}/schedule`]: () => json({ artist: marco, weekly: [], timeOff: [] }),
    'GET /api/appointments': () => json({ items: [listed] }),
    [`PATCH /api/appointments/${sessionTwo.id}`]: move,
    'GET /api/availability': () => json({ slots: [{ startsAt: '2030-03-14T13:00:00.000Z', endsAt: '2030-03-14T16:30:00.000Z', artistId: marco.id, roomId: chair.id }], window: null }),
    ...extra,
  });
}

/** Lays the week's seven day columns side by side, 100px wide from the left edge, as a browser would. */
function layOutColumns() {
  document.querySelectorAll<HTMLElement>('[data-column]').forEach((column, index) => {
    column.getBoundingClientRect = () => ({ left: index * 100, right: (index + 1) * 100, top: 0, bottom: 800, width: 100, height: 800, x: index * 100, y: 0, toJSON: () => ({}) });
  });
}

const columnOf = (day: string) => document.querySelector<HTMLElement>(`[data-column="${day}"]`)!;

/** Grabs session 2 at its top edge and drags it to Monday, an hour below the first hour shown (09:00). */
function dragSessionTwoToMonday() {
  const block = within(columnOf('2030-03-12')).getByRole('button', { name: /Session 2/ });
  fireEvent.pointerDown(block, { button: 0, clientX: 150, clientY: 0 });
  fireEvent.pointerMove(window, { clientX: 50, clientY: 60 * PIXELS_PER_MINUTE });
  fireEvent.pointerUp(window, { clientX: 50, clientY: 60 * PIXELS_PER_MINUTE });
}

describe('moving an appointment by dragging it', () => {
  it('sends the new start on the clinic’s clock, and puts it back with the rule and the nearest allowed slots when refused', async () => {
    const requests = stubCalendar(() => problem(409, '/problems/outside-session-window', outsideWindow));
    renderApp('/calendar?view=week&date=2030-03-12');
    expect(await within(await screen.findByRole('region', { name: 'Tue 12 Mar' })).findByText('Dan Kowalski')).toBeTruthy();
    layOutColumns();

    dragSessionTwoToMonday();

    const refusal = await screen.findByRole('alert');
    expect(refusal.textContent).toContain('Session 2 must start between 2030-03-12 and 2030-04-02');
    expect(requests.find((request) => request.method === 'PATCH')?.body).toEqual({ startsAt: '2030-03-11T14:00:00.000Z' });
    expect(within(columnOf('2030-03-12')).getByText('Dan Kowalski')).toBeTruthy();
    expect(within(columnOf('2030-03-11')).queryByText('Dan Kowalski')).toBeNull();
    expect(await within(refusal).findByRole('button', { name: 'Move to Thu 14 Mar, 09:00' })).toBeTruthy();
    const search = requests.find((request) => request.path === '/api/availability')!.search;
    expect(Object.fromEntries(search)).toEqual({ artistId: marco.id, from: '2030-03-12', to: '2030-04-02', durationMinutes: '210', kind: 'plan_session' });
  });

  it('keeps it where it was dropped when the API agrees', async () => {
    stubCalendar(() => json({ ...sessionTwo, startsAt: '2030-03-11T14:00:00.000Z', endsAt: '2030-03-11T17:30:00.000Z' }));
    renderApp('/calendar?view=week&date=2030-03-12');
    await within(await screen.findByRole('region', { name: 'Tue 12 Mar' })).findByText('Dan Kowalski');
    layOutColumns();

    dragSessionTwoToMonday();

    expect((await screen.findByRole('status')).textContent).toBe('Moved Dan Kowalski to Mon 11 Mar, 10:00 with Marco Silva.');
    expect(within(columnOf('2030-03-11')).getByText('Dan Kowalski')).toBeTruthy();
    expect(within(columnOf('2030-03-12')).queryByText('Dan Kowalski')).toBeNull();
  });
});

describe('the appointment drawer', () => {
  it('keeps what is being typed when Escape is pressed in a field, and closes on Escape elsewhere', async () => {
    stubCalendar(() => problem(409, '/problems/outside-session-window', outsideWindow), {
      [`GET /api/appointments/${sessionTwo.id}`]: () => json({ ...sessionTwo, history: [] }),
      'GET /api/availability': () => json({ slots: [], window: null }),
    });
    renderApp(`/calendar?view=week&date=2030-03-12&appointment=${sessionTwo.id}`);
    const drawer = await screen.findByRole('complementary');
    fireEvent.click(await within(drawer).findByRole('button', { name: 'Cancel appointment' }));
    const reason = await within(drawer).findByRole('textbox');
    fireEvent.change(reason, { target: { value: 'Client rescheduling by phone' } });

    fireEvent.keyDown(reason, { key: 'Escape' });
    expect(screen.getByRole('complementary')).toBeTruthy();
    expect(within(drawer).getByRole<HTMLInputElement>('textbox').value).toBe('Client rescheduling by phone');

    fireEvent.keyDown(document.body, { key: 'Escape' });
    expect(screen.queryByRole('complementary')).toBeNull();
  });

  it('keeps the move form open with the reason when the API refuses the move', async () => {
    stubCalendar(() => problem(409, '/problems/outside-session-window', outsideWindow), {
      [`GET /api/appointments/${sessionTwo.id}`]: () => json({ ...sessionTwo, history: [] }),
      'GET /api/availability': () => json({ slots: [], window: null }),
    });
    renderApp(`/calendar?view=week&date=2030-03-12&appointment=${sessionTwo.id}`);
    const drawer = await screen.findByRole('complementary');
    fireEvent.click(await within(drawer).findByRole('button', { name: 'Move…' }));
    const form = await within(drawer).findByRole('form', { name: 'Move appointment' });
    fireEvent.change(within(form).getByLabelText(/Day/), { target: { value: '2030-03-11' } });
    fireEvent.click(within(form).getByRole('button', { name: 'Move' }));

    expect((await within(form).findByRole('alert')).textContent).toContain('Not moved: Session 2 must start between 2030-03-12 and 2030-04-02');
    expect(within(drawer).getByRole('form', { name: 'Move appointment' })).toBeTruthy();
  });
});

describe('booking from the calendar', () => {
  it('opens the booking for a day from the keyboard, at the day’s first open hour', async () => {
    stubCalendar(() => json(sessionTwo));
    renderApp('/calendar?view=week&date=2030-03-12');
    const bookMonday = await screen.findByRole('button', { name: 'Book an appointment, Mon 11 Mar' });

    bookMonday.focus();
    await userEvent.keyboard('{Enter}');

    const panel = within(await screen.findByRole('complementary', { name: 'Book an appointment' }));
    expect(panel.getByLabelText<HTMLInputElement>(/^Day/).value).toBe('11 Mar 2030');
    expect(panel.getByLabelText<HTMLInputElement>(/^Time/).value).toBe('09:00');
  });
});

describe('the week on the clinic’s clock', () => {
  afterEach(() => {
    vi.useRealTimers();
  });

  it('marks today’s column and draws the current-time line in it, the client’s name first in each block', async () => {
    // Tuesday 12 March 2030, 11:00 in New York; only the clock is stopped, timers run as usual.
    vi.useFakeTimers({ toFake: ['Date'], now: new Date('2030-03-12T15:00:00.000Z') });
    stubCalendar(() => json(sessionTwo));
    renderApp('/calendar?view=week');

    const tuesday = await screen.findByRole('region', { name: 'Tue 12 Mar' });
    const block = await within(tuesday).findByRole('button', { name: /Dan Kowalski/ });
    expect(block.textContent).toMatch(/^Dan Kowalski/);
    const headings = document.querySelectorAll('.calendar-heading');
    expect([...headings].filter((heading) => heading.getAttribute('aria-current') === 'date').map((heading) => heading.textContent)).toEqual(['Tue 12 Mar']);
    // The hours shown start at 09:00, the clinic's first opening.
    expect(tuesday.querySelector<HTMLElement>('.calendar-now')?.style.top).toBe(`${120 * PIXELS_PER_MINUTE}px`);
    expect(document.querySelectorAll('.calendar-now')).toHaveLength(1);
  });
});
