import { addCalendarDays, aftercareSchedule, dateInZone, type HistoryEntry } from '@smp/contracts';
import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { clinicSettings, json, sessionFor, stubApi } from '../test-support/fake-api';
import { emptyPage, grace } from '../test-support/fixtures';
import { formatDate } from '../shared/format';
import { recordedSession } from '../test-support/session-fixtures';
import { renderApp } from '../test-support/render-app';

describe('ClientPage and the audit trail', () => {
  it('reads the record and its history as one page view, so the trail records one opening', async () => {
    const requests = stubApi({
      'GET /api/auth/me': () => json(sessionFor('artist')),
      'GET /api/clinic': () => json(clinicSettings),
      [`GET /api/clients/${grace.id}`]: () => json(grace),
      [`GET /api/clients/${grace.id}/history`]: () => json(emptyPage),
    });
    renderApp(`/clients/${grace.id}`);
    expect(await screen.findByText('Nothing of these kinds yet.')).toBeTruthy();

    const recordReads = requests.filter((request) => request.path === `/api/clients/${grace.id}` || request.path === `/api/clients/${grace.id}/history`);
    // The record, the timeline and the latest session's aftercare.
    expect(recordReads.length).toBeGreaterThanOrEqual(3);
    const views = new Set(recordReads.map((request) => request.search.get('view')));
    expect(views.size).toBe(1);
    expect([...views][0]).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
  });
});

describe('the aftercare of the latest session', () => {
  /** The client page of a client whose latest session ended `daysAgo` days ago in the clinic's calendar. */
  function renderWithSessionDaysAgo(daysAgo: number) {
    const completedAt = new Date(Date.now() - daysAgo * 24 * 60 * 60_000).toISOString();
    const sessionDay = dateInZone(new Date(completedAt), clinicSettings.timeZone);
    const entry: HistoryEntry = {
      type: 'session',
      at: completedAt,
      id: recordedSession.id,
      title: 'Session',
      detail: null,
      staff: null,
      link: { type: 'session_record', id: recordedSession.id },
    };
    stubApi({
      'GET /api/auth/me': () => json(sessionFor('artist')),
      'GET /api/clinic': () => json(clinicSettings),
      [`GET /api/clients/${grace.id}`]: () => json(grace),
      [`GET /api/clients/${grace.id}/history`]: () => json({ items: [entry], nextCursor: null }),
      [`GET /api/session-records/${recordedSession.id}`]: () => json({ ...recordedSession, completedAt, aftercare: aftercareSchedule(sessionDay) }),
    });
    renderApp(`/clients/${grace.id}`);
    return sessionDay;
  }

  it('shows the schedule while the client is still following it', async () => {
    renderWithSessionDaysAgo(3);
    const card = within(await screen.findByRole('region', { name: 'Aftercare after the latest session' }));
    expect(card.getByRole('list', { name: 'Aftercare steps' })).toBeTruthy();
    expect(card.getByRole('link', { name: /record and printable sheet/ })).toBeTruthy();
  });

  it('keeps only the way to the session’s record once the schedule has ended', async () => {
    const sessionDay = renderWithSessionDaysAgo(730);
    const card = within(await screen.findByRole('region', { name: 'Latest session' }));
    expect(card.getByRole('link', { name: /record and printable sheet/ }).getAttribute('href')).toBe(`/session-records/${recordedSession.id}`);
    expect(card.queryByRole('list', { name: 'Aftercare steps' })).toBeNull();
    expect(card.getByText(`Its aftercare ended on ${formatDate(addCalendarDays(sessionDay, 28))}.`)).toBeTruthy();
    expect(screen.queryByRole('region', { name: 'Aftercare after the latest session' })).toBeNull();
  });
});

describe("the client's full record", () => {
  function renderAs(role: 'owner' | 'receptionist' | 'artist') {
    stubApi({
      'GET /api/auth/me': () => json(sessionFor(role)),
      'GET /api/clinic': () => json(clinicSettings),
      [`GET /api/clients/${grace.id}`]: () => json(grace),
    });
    renderApp(`/clients/${grace.id}`);
  }

  it('is a download for owners, with what it holds', async () => {
    renderAs('owner');
    const card = within(await screen.findByRole('region', { name: 'Full record' }));
    const link = card.getByRole('link', { name: 'Download the client’s full record' });
    expect(link.getAttribute('href')).toBe(`/api/clients/${grace.id}/record-archive`);
    expect(link.hasAttribute('download')).toBe(true);
    expect(card.getByText(/summary, the data as JSON, their photos and signed documents/)).toBeTruthy();
  });

  it.each(['receptionist', 'artist'] as const)('is not offered to the %s', async (role) => {
    renderAs(role);
    expect(await screen.findByRole('heading', { name: /Grace/ })).toBeTruthy();
    expect(screen.queryByRole('link', { name: 'Download the client’s full record' })).toBeNull();
  });
});
