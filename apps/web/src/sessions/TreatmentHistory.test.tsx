import type { HistoryEntry } from '@smp/contracts';
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { clinicSettings, json, sessionFor, stubApi } from '../test-support/fake-api';
import { emptyPage, grace, marco } from '../test-support/fixtures';
import { renderApp } from '../test-support/render-app';
import { historyEntryPath, toggleHistoryType } from './history';

const entry = (type: HistoryEntry['type'], at: string, title: string, link: HistoryEntry['link']): HistoryEntry => ({
  type,
  at,
  id: `${type}-${at}`,
  title,
  detail: null,
  staff: marco,
  link,
});

const session = entry('session', '2030-07-15T17:05:00.000Z', 'Session recorded', { type: 'session_record', id: '8c1d2e3f-4a5b-4c6d-9e7f-8a9b0c1d2e01' });
const appointment = entry('appointment', '2030-07-15T14:00:00.000Z', 'Touch-up completed', { type: 'appointment', id: '3f2a6b1c-5d4e-4f70-8a9b-0c1d2e3f4a01' });
const screening = entry('screening', '2030-06-01T15:00:00.000Z', 'Screening signed', { type: 'screening', id: '9d8c7b6a-5f4e-4d3c-8b2a-1f0e9d8c7b01' });

describe('history links', () => {
  it('opens each entry’s record; an appointment on its calendar day in the clinic’s zone', () => {
    expect(historyEntryPath(session, grace.id, 'America/New_York')).toBe('/session-records/8c1d2e3f-4a5b-4c6d-9e7f-8a9b0c1d2e01');
    expect(historyEntryPath(screening, grace.id, 'America/New_York')).toBe(`/clients/${grace.id}/screenings/${screening.link!.id}`);
    const lateEvening = { ...appointment, at: '2030-07-16T02:30:00.000Z' };
    expect(historyEntryPath(lateEvening, grace.id, 'America/New_York')).toBe(`/calendar?date=2030-07-15&appointment=${appointment.link!.id}`);
    expect(historyEntryPath({ ...session, link: null }, grace.id, 'America/New_York')).toBeNull();
  });

  it('toggles types in and out, in the timeline’s order', () => {
    const order = ['consultation', 'screening', 'session'] as const;
    expect(toggleHistoryType(['session'], 'consultation', order)).toEqual(['consultation', 'session']);
    expect(toggleHistoryType(['consultation', 'session'], 'consultation', order)).toEqual(['session']);
  });
});

describe('TreatmentHistory on the client page', () => {
  it('filters by type with the chips and loads older entries with the cursor', async () => {
    const requests = stubApi({
      'GET /api/auth/me': () => json(sessionFor('artist')),
      'GET /api/clinic': () => json(clinicSettings),
      [`GET /api/clients/${grace.id}`]: () => json(grace),
      [`GET /api/clients/${grace.id}/history`]: (request) => {
        if (request.search.get('limit') === '1') return json(emptyPage);
        const types = request.search.get('types');
        if (types === 'session,appointment') return json({ items: [session, appointment], nextCursor: 'page-2' });
        if (request.search.get('cursor') === 'page-2') return json({ items: [screening], nextCursor: null });
        return json({ items: [session, appointment], nextCursor: 'page-2' });
      },
    });
    renderApp(`/clients/${grace.id}`);
    const history = within(await screen.findByRole('region', { name: 'Treatment history' }));
    const timeline = history.getByRole('list', { name: 'Timeline' });
    expect(await within(timeline).findByRole('link', { name: 'Session recorded' })).toBeTruthy();
    expect(history.getByRole('button', { name: 'Everything' }).getAttribute('aria-pressed')).toBe('true');

    await userEvent.click(history.getByRole('button', { name: 'Load more' }));
    expect(await within(timeline).findByRole('link', { name: 'Screening signed' })).toBeTruthy();
    expect(within(timeline).getAllByRole('listitem')).toHaveLength(3);
    expect(history.queryByRole('button', { name: 'Load more' })).toBeNull();

    await userEvent.click(history.getByRole('button', { name: 'Appointments' }));
    await userEvent.click(history.getByRole('button', { name: 'Sessions' }));
    expect(history.getByRole('button', { name: 'Sessions' }).getAttribute('aria-pressed')).toBe('true');
    expect(history.getByRole('button', { name: 'Everything' }).getAttribute('aria-pressed')).toBe('false');
    const historyRequests = requests.filter((request) => request.path.endsWith('/history') && request.search.get('limit') !== '1');
    expect(historyRequests.map((request) => [request.search.get('types'), request.search.get('cursor')])).toEqual([
      [null, null],
      [null, 'page-2'],
      ['appointment', null],
      ['session,appointment', null],
    ]);
    expect(await within(timeline).findByRole('link', { name: 'Touch-up completed' })).toBeTruthy();
  }, 15_000);
});
