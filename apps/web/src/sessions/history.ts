import { dateInZone, type HistoryEntry } from '@smp/contracts';
import type { HistoryEntryType } from '../api/sessions';

/** Adds a type to the filter, or takes it out; none chosen means every type. Kept in the timeline's own order. */
export function toggleHistoryType(chosen: readonly HistoryEntryType[], type: HistoryEntryType, order: readonly HistoryEntryType[]): HistoryEntryType[] {
  const next = chosen.includes(type) ? chosen.filter((candidate) => candidate !== type) : [...chosen, type];
  return order.filter((candidate) => next.includes(candidate));
}

/** Where an entry's record is in the app; null for entries without a page of their own (a photo, a change to the client record). */
export function historyEntryPath(entry: Pick<HistoryEntry, 'link' | 'at'>, clientId: string, timeZone: string): string | null {
  const { link } = entry;
  if (!link) return null;
  switch (link.type) {
    case 'consultation':
      return `/clients/${clientId}/consultations/${link.id}`;
    case 'screening':
      return `/clients/${clientId}/screenings/${link.id}`;
    case 'treatment_plan':
      return `/clients/${clientId}/plans/${link.id}`;
    case 'session_record':
      return `/session-records/${link.id}`;
    case 'appointment':
      // An appointment's entry is dated by its start, which is the calendar day to open.
      return `/calendar?date=${dateInZone(new Date(entry.at), timeZone)}&appointment=${link.id}`;
    default:
      return null;
  }
}
