import type { BusinessReportKey } from '@smp/contracts';

/**
 * How each report is drawn: the column along the category axis and the columns drawn
 * as series. Months run left to right; names (artists, styles, methods) are bars
 * across, so long names stay readable on a phone. Reports of clients are tables only.
 */
export interface ChartSpec {
  shape: 'bars' | 'lines';
  category: string;
  series: readonly string[];
}

export const CHARTS: Partial<Record<BusinessReportKey, ChartSpec>> = {
  revenue_by_month: { shape: 'bars', category: 'month', series: ['revenue_minor'] },
  revenue_by_artist: { shape: 'bars', category: 'artist', series: ['revenue_minor'] },
  revenue_by_style: { shape: 'bars', category: 'style', series: ['revenue_minor'] },
  payments_by_method: { shape: 'bars', category: 'method', series: ['received_minor', 'refunded_minor'] },
  attendance: { shape: 'lines', category: 'month', series: ['no_show_rate', 'late_cancellation_rate'] },
  consultation_conversion: { shape: 'lines', category: 'month', series: ['conversion_rate'] },
  plan_completion: { shape: 'lines', category: 'month', series: ['started', 'completed', 'cancelled'] },
  artist_utilisation: { shape: 'bars', category: 'artist', series: ['utilisation'] },
  recall_conversion: { shape: 'lines', category: 'month', series: ['conversion_rate'] },
};

/**
 * The Okabe–Ito colours, each series with its own fill pattern (bars) or marker and
 * dash (lines), so that series differ in grey print and to colour-blind eyes alike.
 */
export const SERIES_LOOKS = [
  { colour: '#0072B2', pattern: 'solid', marker: 'circle', dash: undefined },
  { colour: '#E69F00', pattern: 'hatch', marker: 'square', dash: '6 3' },
  { colour: '#009E73', pattern: 'dots', marker: 'triangle', dash: '2 3' },
] as const;
export type SeriesLook = (typeof SERIES_LOOKS)[number];

/** A value axis's top, and each step up to it, as whole multiples of a power of ten that read exactly as their labels. */
const AXIS_TOPS = [
  { top: 1, steps: 4 },
  { top: 2, steps: 4 },
  { top: 2.5, steps: 5 },
  { top: 5, steps: 5 },
  { top: 10, steps: 5 },
] as const;

/**
 * The ticks of a value axis, from 0 to the next round number at or above the largest
 * value (more than 0), at round steps: $0, $500 … $2.5K rather than $625 labelled "$650".
 */
export function valueAxisTicks(largest: number): number[] {
  const power = 10 ** Math.floor(Math.log10(largest));
  const { top, steps } = AXIS_TOPS.find((candidate) => candidate.top * power >= largest) ?? AXIS_TOPS.at(-1)!;
  // toPrecision drops the binary float's tail (0.15000000000000002 → 0.15).
  return Array.from({ length: steps + 1 }, (_, step) => Number(((top * power * step) / steps).toPrecision(12)));
}
