import type { Location } from '@smp/contracts';
import { useLocationsQuery } from '../data/reference-queries';

/** The locations open for bookings (those the signed-in person works at), the main one first. */
export function useLocationsInUse(): Location[] {
  return (useLocationsQuery().data?.items ?? []).filter((location) => !location.archived);
}
