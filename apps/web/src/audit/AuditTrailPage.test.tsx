import type { AuditEvent } from '@smp/contracts';
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { clinicSettings, json, sessionFor, stubApi, type FakeRequest } from '../test-support/fake-api';
import { renderApp } from '../test-support/render-app';

const clientId = '5f0c4a52-8a8e-4d5e-9a55-1f6a7b4c7e01';
const owner = sessionFor('owner').staff;

function event(id: string, overrides: Partial<AuditEvent> = {}): AuditEvent {
  return {
    id,
    occurredAt: '2026-03-08T06:30:05.000Z',
    action: 'client.read',
    actor: { id: owner.id, name: owner.name },
    entityType: 'client',
    entityId: clientId,
    client: { id: clientId, name: 'Grace Liu' },
    address: '203.0.113.7',
    requestId: null,
    changedFields: [],
    details: {},
    ...overrides,
  };
}

function renderAuditTrail(path: string, auditEvents: (request: FakeRequest) => Response) {
  const requests = stubApi({
    'GET /api/auth/me': () => json(sessionFor('owner')),
    'GET /api/clinic': () => json(clinicSettings),
    'GET /api/staff': () => json({ items: [], nextCursor: null }),
    'GET /api/audit-events': auditEvents,
  });
  renderApp(path);
  return () => requests.filter((request) => request.path === '/api/audit-events');
}

describe('AuditTrailPage', () => {
  it('shows each event in the clinic’s time and plain words, with a link to the client', async () => {
    renderAuditTrail(`/audit?clientId=${clientId}`, () =>
      json({ items: [event('2', { action: 'client.update', changedFields: ['phone', 'address.postalCode'] }), event('1')], nextCursor: null }),
    );

    await screen.findByRole('cell', { name: 'Changed client' });
    const rows = screen.getAllByRole('row');
    expect(within(rows[1]!).getByText('8 Mar 2026, 01:30:05')).toBeTruthy();
    expect(within(rows[1]!).getByText('Changed client')).toBeTruthy();
    expect(within(rows[1]!).getByText('phone, address postal code')).toBeTruthy();
    expect(within(rows[2]!).getByRole('link', { name: 'Grace Liu' }).getAttribute('href')).toBe(`/clients/${clientId}`);
    expect(screen.getByText('Client: Grace Liu')).toBeTruthy();
  });

  it('asks for the chosen days from midnight to midnight in the clinic’s zone, then loads more on request', async () => {
    const auditRequests = renderAuditTrail('/audit', (request) =>
      request.search.get('cursor') ? json({ items: [event('1')], nextCursor: null }) : json({ items: [event('2')], nextCursor: 'next-page' }),
    );
    await screen.findByRole('button', { name: 'Load more' });

    fireEvent.change(screen.getByLabelText('From'), { target: { value: '2026-03-08' } });
    fireEvent.change(screen.getByLabelText('To'), { target: { value: '2026-03-09' } });
    await userEvent.click(await screen.findByRole('button', { name: 'Load more' }));

    await waitFor(() => expect(screen.getAllByRole('row')).toHaveLength(3));
    const last = auditRequests().at(-1)!;
    expect(Object.fromEntries(last.search)).toEqual({
      from: '2026-03-08T05:00:00.000Z',
      to: '2026-03-10T04:00:00.000Z',
      cursor: 'next-page',
      limit: '50',
    });
    expect(screen.queryByRole('button', { name: 'Load more' })).toBeNull();
  });

  it('does not ask the server for a range that ends before it starts', async () => {
    const auditRequests = renderAuditTrail('/audit?from=2026-03-10&to=2026-03-09', () => json({ items: [], nextCursor: null }));
    expect(await screen.findByText('Ends before the start date')).toBeTruthy();
    expect(screen.getByLabelText('To').getAttribute('aria-invalid')).toBe('true');
    expect(auditRequests()).toHaveLength(0);
  });

  it('says a backup was run on the server’s command line, and which archive it wrote', async () => {
    const archive = 'smp-backup-2026-03-08T06-30-05-000Z.tar.gz';
    renderAuditTrail('/audit', () =>
      json({
        items: [event('1', { action: 'clinic.backup', actor: null, entityType: null, entityId: null, client: null, address: null, details: { archive, tables: 60, rows: 1200, files: 8 } })],
        nextCursor: null,
      }),
    );

    const row = (await screen.findByRole('cell', { name: 'Backed up the whole clinic' })).closest('tr')!;
    expect(within(row).getByText('Server command line')).toBeTruthy();
    expect(within(row).getByText(archive)).toBeTruthy();
  });
});
