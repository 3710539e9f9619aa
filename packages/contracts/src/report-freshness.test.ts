import { describe, expect, it } from 'vitest';
import { staleBySeconds } from './report-freshness.js';

describe('staleBySeconds', () => {
  const generatedAt = '2027-03-14T10:00:00.000Z';

  it('says nothing of figures that trail by a minute or less: a replica replaying as it should', () => {
    expect(staleBySeconds({ dataAsOf: generatedAt, readFrom: 'replica' }, generatedAt)).toBeNull();
    expect(staleBySeconds({ dataAsOf: '2027-03-14T09:59:00.000Z', readFrom: 'replica' }, generatedAt)).toBeNull();
  });

  it('never calls figures from the primary stale: a slow report holds everything up to its start', () => {
    expect(staleBySeconds({ dataAsOf: '2027-03-14T09:55:00.000Z', readFrom: 'primary' }, generatedAt)).toBeNull();
  });

  it('says how far behind figures from a replica that stopped replaying are', () => {
    expect(staleBySeconds({ dataAsOf: '2027-03-14T09:58:59.000Z', readFrom: 'replica' }, generatedAt)).toBe(61);
    expect(staleBySeconds({ dataAsOf: '2027-03-14T07:00:00.000Z', readFrom: 'replica' }, generatedAt)).toBe(3 * 3600);
  });
});
