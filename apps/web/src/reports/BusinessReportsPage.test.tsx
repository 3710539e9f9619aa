import { BUSINESS_REPORT_KEYS, BUSINESS_REPORTS, type BusinessReport, type BusinessReportKey } from '@smp/contracts';
import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { clinicSettings, json, sessionFor, stubApi, type FakeRequest } from '../test-support/fake-api';
import { renderApp } from '../test-support/render-app';

const artistId = 'b75043d9-3f0e-4c1b-9d8a-2c5e7f1a0b3c';
const clientId = '5f0c4a52-8a8e-4d5e-9a55-1f6a7b4c7e01';

const rowsOf: Partial<Record<BusinessReportKey, BusinessReport['rows']>> = {
  revenue_by_month: [
    { month: '2026-01', invoiced_minor: 300000, credited_minor: 0, revenue_minor: 300000 },
    { month: '2026-02', invoiced_minor: 450050, credited_minor: 50000, revenue_minor: 400050 },
  ],
  outstanding_balances: [{ client_id: clientId, client: 'Grace Liu', balance_minor: 120000, oldest_unpaid_on: '2026-02-03' }],
  attendance: [{ month: '2026-01', appointments: 40, no_shows: 2, late_cancellations: 3, no_show_rate: 0.05, late_cancellation_rate: 0.075 }],
};

function answer(request: FakeRequest, report: BusinessReportKey): Response {
  const body: BusinessReport = {
    report,
    from: request.search.get('from') ?? '',
    to: request.search.get('to') ?? '',
    artistId: request.search.get('artistId'),
    locationId: request.search.get('locationId'),
    currency: 'USD',
    columns: [...BUSINESS_REPORTS[report].columns],
    rows: rowsOf[report] ?? [],
    generatedAt: '2026-03-08T06:30:05.000Z',
    // The replica that no-show figures come from here stopped replaying twenty minutes before.
    dataAsOf: report === 'attendance' ? '2026-03-08T06:10:05.000Z' : '2026-03-08T06:30:04.000Z',
    readFrom: 'replica',
  };
  return json(body);
}

function renderReports(path: string) {
  const requests = stubApi({
    'GET /api/auth/me': () => json(sessionFor('owner')),
    'GET /api/clinic': () => json(clinicSettings),
    'GET /api/artists': () => json({ items: [{ id: artistId, name: 'Marco Silva' }] }),
    ...Object.fromEntries(BUSINESS_REPORT_KEYS.map((report) => [`GET /api/business-reports/${report}`, (request: FakeRequest) => answer(request, report)])),
  });
  renderApp(path);
  return () => requests.filter((request) => request.path.startsWith('/api/business-reports/'));
}

describe('BusinessReportsPage', () => {
  it('asks every report for the chosen days and artist, and links each one’s CSV of the same query', async () => {
    const reportRequests = renderReports(`/reports/business?range=custom&from=2026-01-01&to=2026-03-31&artistId=${artistId}`);

    await screen.findByRole('table', { name: 'Revenue by month' });
    expect(reportRequests().map((request) => request.search.toString())).toEqual(BUSINESS_REPORT_KEYS.map(() => `from=2026-01-01&to=2026-03-31&artistId=${artistId}`));
    const section = screen.getByRole('region', { name: 'No-shows and late cancellations' });
    expect(within(section).getByRole('link', { name: 'CSV of no-shows and late cancellations' }).getAttribute('href')).toBe(
      `/api/business-reports/attendance.csv?from=2026-01-01&to=2026-03-31&artistId=${artistId}`,
    );
  });

  it('shows money, months, rates and dates in words, with a chart named for its report and the client linked', async () => {
    renderReports('/reports/business?range=custom&from=2026-01-01&to=2026-03-31');

    const revenue = await screen.findByRole('table', { name: 'Revenue by month' });
    expect(
      within(revenue)
        .getAllByRole('row')
        .map((row) => row.textContent),
    ).toEqual(['MonthInvoicedCreditedRevenue', 'Jan 2026$3,000.00$0.00$3,000.00', 'Feb 2026$4,500.50$500.00$4,000.50']);
    expect(screen.getByRole('img', { name: 'Chart: Revenue by month' })).toBeTruthy();
    const attendance = screen.getByRole('table', { name: 'No-shows and late cancellations' });
    expect(within(attendance).getByRole('cell', { name: '7.5%' })).toBeTruthy();
    const owed = screen.getByRole('table', { name: 'Outstanding balances' });
    expect(within(owed).getByRole('link', { name: 'Grace Liu' }).getAttribute('href')).toBe(`/clients/${clientId}`);
    expect(within(owed).getByRole('cell', { name: '3 Feb 2026' })).toBeTruthy();
    expect(within(screen.getByRole('region', { name: 'Deposits held' })).getByText('Nothing in this range.')).toBeTruthy();
  });

  it('says when a report’s figures trail the moment it was made, and only then', async () => {
    renderReports('/reports/business?range=custom&from=2026-01-01&to=2026-03-31');

    const attendance = await screen.findByRole('region', { name: 'No-shows and late cancellations' });
    expect((await within(attendance).findByRole('status')).textContent).toMatch(/^These figures are as of .+, 20 minutes behind: the reporting copy of the database has not caught up/);
    await screen.findByRole('table', { name: 'Revenue by month' });
    expect(within(screen.getByRole('region', { name: 'Revenue by month' })).queryByRole('status')).toBeNull();
  });
});
