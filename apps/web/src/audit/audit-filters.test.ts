import { describe, expect, it } from 'vitest';
import { auditQuery, dateRangeProblem, filtersFromSearch } from './audit-filters';

describe('auditQuery', () => {
  it('turns the chosen days into the instants they begin and end in the clinic’s zone', () => {
    expect(auditQuery({ from: '2026-03-08', to: '2026-03-08' }, 'America/New_York')).toMatchObject({
      from: '2026-03-08T05:00:00.000Z',
      to: '2026-03-09T04:00:00.000Z',
    });
  });

  it('leaves out what is not filtered on', () => {
    expect(auditQuery({ action: 'client.read' }, 'Europe/London')).toEqual({ action: 'client.read', from: undefined, to: undefined, staffId: undefined, clientId: undefined });
  });
});

describe('filtersFromSearch', () => {
  it('ignores an action the app does not know', () => {
    expect(filtersFromSearch(new URLSearchParams('action=client.delete&clientId=abc')).action).toBeUndefined();
    expect(filtersFromSearch(new URLSearchParams('action=client.read')).action).toBe('client.read');
  });
});

describe('dateRangeProblem', () => {
  it('objects to a range that ends before it starts, not to a single day', () => {
    expect(dateRangeProblem({ from: '2026-03-10', to: '2026-03-09' })).toBe('Ends before the start date');
    expect(dateRangeProblem({ from: '2026-03-10', to: '2026-03-10' })).toBeNull();
  });
});
