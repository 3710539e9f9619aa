import { APPOINTMENT_KINDS, type AppointmentKind } from '@smp/contracts';

/** What another page already knows about a booking it sends the front desk to make. */
export interface BookingPrefill {
  clientId?: string;
  kind?: AppointmentKind;
  planSessionId?: string;
  correctionPlanId?: string;
  artistId?: string;
  /** Day and time on the clinic's clock, e.g. from a click on an empty slot. */
  date?: string;
  time?: string;
}

const FIELDS = ['clientId', 'kind', 'planSessionId', 'correctionPlanId', 'artistId', 'date', 'time'] as const satisfies readonly (keyof BookingPrefill)[];

/** The calendar with its booking panel open and filled in as far as the prefill goes. */
export function bookingLink(prefill: BookingPrefill): string {
  const search = new URLSearchParams({ book: '1' });
  for (const name of FIELDS) {
    const value = prefill[name];
    if (value) search.set(name, value);
  }
  return `/calendar?${search.toString()}`;
}

/** The booking prefill in the calendar's address, or null when the booking panel is closed. */
export function bookingPrefillFrom(search: URLSearchParams): BookingPrefill | null {
  if (!search.has('book')) return null;
  const value = (name: string) => search.get(name) || undefined;
  const kind = value('kind');
  return {
    clientId: value('clientId'),
    kind: APPOINTMENT_KINDS.find((known) => known === kind),
    planSessionId: value('planSessionId'),
    correctionPlanId: value('correctionPlanId'),
    artistId: value('artistId'),
    date: value('date'),
    time: value('time'),
  };
}
