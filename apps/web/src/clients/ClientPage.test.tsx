import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { clinicSettings, json, sessionFor, stubApi } from '../test-support/fake-api';
import { emptyPage, grace } from '../test-support/fixtures';
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
