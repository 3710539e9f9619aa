import { describe, expect, it } from 'vitest';
import { treatmentReportApi } from '../api/sessions';
import { reportFiltersFromSearch, searchWithFilters } from './report-filters';

describe('report filters', () => {
  it('reads the filters from the address, dropping values the API would refuse', () => {
    const search = new URLSearchParams('artistId=b75043d9&style=density&from=2030-01-01&to=soon&planStatus=paused&other=1');
    expect(reportFiltersFromSearch(search)).toEqual({ artistId: 'b75043d9', style: 'density', from: '2030-01-01', to: undefined, planStatus: undefined });
  });

  it('turns the filters into the CSV link of the same query', () => {
    const filters = reportFiltersFromSearch(new URLSearchParams('style=scar_camouflage&from=2030-01-01&to=2030-03-31&planStatus=completed'));
    expect(treatmentReportApi.csvUrl(filters)).toBe('/api/treatment-history?style=scar_camouflage&from=2030-01-01&to=2030-03-31&planStatus=completed&format=csv');
    expect(treatmentReportApi.csvUrl({})).toBe('/api/treatment-history?format=csv');
  });

  it('changes some filters in the address and removes the emptied ones', () => {
    const next = searchWithFilters(new URLSearchParams('style=density&from=2030-01-01'), { style: '', artistId: 'b75043d9' });
    expect(next.toString()).toBe('from=2030-01-01&artistId=b75043d9');
  });
});
