import { TREATMENT_STYLES, type TreatmentReportQuery } from '@smp/contracts';

export const PLAN_STATUSES = ['active', 'completed', 'cancelled'] as const satisfies readonly NonNullable<TreatmentReportQuery['planStatus']>[];
const isoDate = /^\d{4}-\d{2}-\d{2}$/;

/**
 * The report's filters as the address keeps them, so a report can be bookmarked and
 * shared; values the API would refuse are dropped rather than sent.
 */
export function reportFiltersFromSearch(search: URLSearchParams): TreatmentReportQuery {
  const value = (name: string) => search.get(name) || undefined;
  const date = (name: string) => (isoDate.test(value(name) ?? '') ? value(name) : undefined);
  return {
    artistId: value('artistId'),
    style: TREATMENT_STYLES.find((style) => style === value('style')),
    from: date('from'),
    to: date('to'),
    planStatus: PLAN_STATUSES.find((status) => status === value('planStatus')),
  };
}

/** The address parameters after changing some filters; an emptied filter leaves the address. */
export function searchWithFilters(search: URLSearchParams, changes: Partial<Record<keyof TreatmentReportQuery, string>>): URLSearchParams {
  const next = new URLSearchParams(search);
  for (const [name, value] of Object.entries(changes)) {
    if (value) next.set(name, value);
    else next.delete(name);
  }
  return next;
}
