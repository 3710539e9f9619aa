import { format, parseISO, startOfMonth, startOfYear, subMonths } from 'date-fns';

export const RANGE_PRESETS = ['this_month', 'last_3_months', 'this_year', 'last_12_months', 'custom'] as const;
export type RangePreset = (typeof RANGE_PRESETS)[number];

export const rangePresetLabels: Record<RangePreset, string> = {
  this_month: 'This month',
  last_3_months: 'Last 3 months',
  this_year: 'This year',
  last_12_months: 'Last 12 months',
  custom: 'Custom',
};

/** Twelve whole months show a year's pattern and still answer "how is this month going". */
export const DEFAULT_PRESET = 'last_12_months' satisfies RangePreset;

const isoDate = /^\d{4}-\d{2}-\d{2}$/;
const day = (date: Date) => format(date, 'yyyy-MM-dd');

/**
 * The days a preset covers, up to `today` (the clinic's calendar day): whole months
 * from their first day, the current one included, so month-by-month charts start on
 * a month's first bar.
 */
export function presetRange(preset: Exclude<RangePreset, 'custom'>, today: string): { from: string; to: string } {
  const date = parseISO(today);
  const first = {
    this_month: startOfMonth(date),
    last_3_months: startOfMonth(subMonths(date, 2)),
    this_year: startOfYear(date),
    last_12_months: startOfMonth(subMonths(date, 11)),
  }[preset];
  return { from: day(first), to: today };
}

/** What every report on the page is asked for: the days (both included), perhaps one artist and one location. */
export interface BusinessReportFilterQuery {
  from: string;
  to: string;
  artistId?: string;
  locationId?: string;
}

export interface BusinessReportFilters {
  preset: RangePreset;
  query: BusinessReportFilterQuery;
}

/**
 * The filters as the address keeps them (so a report can be bookmarked): a preset is
 * kept by name and recomputed on the day it is opened; custom dates are kept as
 * dates, and custom dates that are missing or malformed fall back to the default preset.
 */
export function businessReportFiltersFromSearch(search: URLSearchParams, today: string): BusinessReportFilters {
  const artistId = search.get('artistId') || undefined;
  const locationId = search.get('locationId') || undefined;
  const from = search.get('from') ?? '';
  const to = search.get('to') ?? '';
  const named = RANGE_PRESETS.find((preset) => preset === search.get('range'));
  if ((named === 'custom' || !named) && isoDate.test(from) && isoDate.test(to)) return { preset: 'custom', query: { from, to, artistId, locationId } };
  const preset = named && named !== 'custom' ? named : DEFAULT_PRESET;
  return { preset, query: { ...presetRange(preset, today), artistId, locationId } };
}

/** The address after choosing a preset, custom dates, an artist or a location; emptied values leave the address. */
export function searchWithRange(search: URLSearchParams, change: { preset: RangePreset; from?: string; to?: string } | { artistId: string } | { locationId: string }): URLSearchParams {
  const next = new URLSearchParams(search);
  const set = (name: string, value: string | undefined) => (value ? next.set(name, value) : next.delete(name));
  if ('artistId' in change) {
    set('artistId', change.artistId);
    return next;
  }
  if ('locationId' in change) {
    set('locationId', change.locationId);
    return next;
  }
  set('range', change.preset);
  set('from', change.preset === 'custom' ? change.from : undefined);
  set('to', change.preset === 'custom' ? change.to : undefined);
  return next;
}
