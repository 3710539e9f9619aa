import { addCalendarDays, AUDIT_ACTIONS, zonedInstant, type AuditAction } from '@smp/contracts';
import type { AuditListParameters } from '../api/audit';

export interface AuditFilters {
  staffId?: string;
  clientId?: string;
  action?: AuditAction;
  /** First and last day shown, YYYY-MM-DD on the clinic's calendar. */
  from?: string;
  to?: string;
}

export const FILTER_NAMES = ['staffId', 'clientId', 'action', 'from', 'to'] as const satisfies readonly (keyof AuditFilters)[];

export function filtersFromSearch(search: URLSearchParams): AuditFilters {
  const value = (name: string) => search.get(name) || undefined;
  const action = value('action');
  return {
    staffId: value('staffId'),
    clientId: value('clientId'),
    action: AUDIT_ACTIONS.find((known) => known === action),
    from: value('from'),
    to: value('to'),
  };
}

/**
 * The API takes instants; staff pick days. A day runs from midnight to midnight in
 * the clinic's zone, whatever zone the browser is in, so "to" is the start of the day after.
 */
const startOfDay = (isoDate: string, timeZone: string) => zonedInstant(isoDate, '00:00', timeZone).toISOString();

export function auditQuery(filters: AuditFilters, timeZone: string): AuditListParameters {
  return {
    staffId: filters.staffId,
    clientId: filters.clientId,
    action: filters.action,
    from: filters.from ? startOfDay(filters.from, timeZone) : undefined,
    to: filters.to ? startOfDay(addCalendarDays(filters.to, 1), timeZone) : undefined,
  };
}

export function dateRangeProblem({ from, to }: AuditFilters): string | null {
  return from && to && to < from ? 'Ends before the start date' : null;
}
