import { describe, expect, it } from 'vitest';
import { businessReportsApi } from '../api/business-reports';
import { businessReportFiltersFromSearch, presetRange, searchWithRange } from './business-report-range';

describe('business report ranges', () => {
  it('covers whole months up to the given day', () => {
    expect(presetRange('this_month', '2026-03-18')).toEqual({ from: '2026-03-01', to: '2026-03-18' });
    expect(presetRange('last_3_months', '2026-03-18')).toEqual({ from: '2026-01-01', to: '2026-03-18' });
    expect(presetRange('this_year', '2026-03-18')).toEqual({ from: '2026-01-01', to: '2026-03-18' });
    expect(presetRange('last_12_months', '2026-03-18')).toEqual({ from: '2025-04-01', to: '2026-03-18' });
    expect(presetRange('last_3_months', '2026-01-31')).toEqual({ from: '2025-11-01', to: '2026-01-31' });
  });

  it('reads a preset from the address on the day the page opens, last 12 months when none is chosen', () => {
    expect(businessReportFiltersFromSearch(new URLSearchParams('range=this_month&artistId=b75043d9'), '2030-05-09')).toEqual({
      preset: 'this_month',
      query: { from: '2030-05-01', to: '2030-05-09', artistId: 'b75043d9' },
    });
    expect(businessReportFiltersFromSearch(new URLSearchParams(''), '2030-05-09')).toEqual({
      preset: 'last_12_months',
      query: { from: '2029-06-01', to: '2030-05-09', artistId: undefined },
    });
  });

  it('keeps custom dates as dates, and falls back to the default when they are not dates', () => {
    expect(businessReportFiltersFromSearch(new URLSearchParams('range=custom&from=2029-02-01&to=2029-04-30'), '2030-05-09').query).toEqual({
      from: '2029-02-01',
      to: '2029-04-30',
      artistId: undefined,
    });
    expect(businessReportFiltersFromSearch(new URLSearchParams('range=custom&from=2029-02-01&to=soon'), '2030-05-09').preset).toBe('last_12_months');
  });

  it('puts a preset, custom dates or an artist in the address', () => {
    const custom = searchWithRange(new URLSearchParams('range=this_year&artistId=a1'), { preset: 'custom', from: '2029-02-01', to: '2029-04-30' });
    expect(custom.toString()).toBe('range=custom&artistId=a1&from=2029-02-01&to=2029-04-30');
    expect(searchWithRange(custom, { preset: 'this_month' }).toString()).toBe('range=this_month&artistId=a1');
    expect(searchWithRange(custom, { artistId: '' }).toString()).toBe('range=custom&from=2029-02-01&to=2029-04-30');
    const atOneLocation = searchWithRange(custom, { locationId: 'c0ffee00' });
    expect(businessReportFiltersFromSearch(atOneLocation, '2030-05-09').query).toEqual({ from: '2029-02-01', to: '2029-04-30', artistId: 'a1', locationId: 'c0ffee00' });
    expect(searchWithRange(atOneLocation, { locationId: '' }).toString()).toBe(custom.toString());
  });

  it('links each report’s CSV with the same query', () => {
    expect(businessReportsApi.csvUrl('revenue_by_month', { from: '2029-02-01', to: '2029-04-30', artistId: 'b75043d9-3f0e-4c1b-9d8a-2c5e7f1a0b3c' })).toBe(
      '/api/business-reports/revenue_by_month.csv?from=2029-02-01&to=2029-04-30&artistId=b75043d9-3f0e-4c1b-9d8a-2c5e7f1a0b3c',
    );
    expect(businessReportsApi.csvUrl('attendance', { from: '2029-02-01', to: '2029-04-30' })).toBe('/api/business-reports/attendance.csv?from=2029-02-01&to=2029-04-30');
  });
});
