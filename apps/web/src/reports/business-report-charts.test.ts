import { describe, expect, it } from 'vitest';
import { valueAxisTicks } from './business-report-charts';

describe('a chart’s value axis', () => {
  it('climbs in round steps to the next round number at or above the largest value', () => {
    // $2,500.00 of revenue in cents: $0, $500 … $2.5K, each label true to its gridline.
    expect(valueAxisTicks(250_000)).toEqual([0, 50_000, 100_000, 150_000, 200_000, 250_000]);
    expect(valueAxisTicks(270_000)).toEqual([0, 100_000, 200_000, 300_000, 400_000, 500_000]);
    expect(valueAxisTicks(10_000)).toEqual([0, 2_500, 5_000, 7_500, 10_000]);
    expect(valueAxisTicks(1_500)).toEqual([0, 500, 1_000, 1_500, 2_000]);
    expect(valueAxisTicks(6_001)).toEqual([0, 2_000, 4_000, 6_000, 8_000, 10_000]);
  });

  it('counts in whole numbers and rates in round percentages', () => {
    expect(valueAxisTicks(4)).toEqual([0, 1, 2, 3, 4, 5]);
    expect(valueAxisTicks(0.1)).toEqual([0, 0.025, 0.05, 0.075, 0.1]);
    expect(valueAxisTicks(0.22)).toEqual([0, 0.05, 0.1, 0.15, 0.2, 0.25]);
  });
});
