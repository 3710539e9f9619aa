import { useQuery, type QueryKey } from '@tanstack/react-query';
import { artistsApi } from '../api/artists';
import { needlesApi, pigmentsApi } from '../api/catalogue';
import { locationsApi } from '../api/locations';
import { closuresApi, pricesApi, roomsApi } from '../api/scheduling';
import { queryKeys } from './query-keys';

// Who and what can be booked, at what price, and with which pigments and needles: read
// by the calendar, the booking and plan forms, the session record and the settings
// pages alike, and rarely changed during a day.

/** A hook for a whole list that one key names. */
const listQuery =
  <List>(queryKey: QueryKey, list: (signal: AbortSignal) => Promise<List>) =>
  () =>
    useQuery({ queryKey, queryFn: ({ signal }) => list(signal) });

export const useArtistsQuery = listQuery(queryKeys.artists, artistsApi.list);
export const usePricesQuery = listQuery(queryKeys.prices, pricesApi.list);
export const useRoomsQuery = listQuery(queryKeys.rooms, roomsApi.list);
export const useLocationsQuery = listQuery(queryKeys.locations, locationsApi.list);
export const useClosuresQuery = listQuery(queryKeys.closures, closuresApi.list);
export const usePigmentsQuery = listQuery(queryKeys.pigments, pigmentsApi.list);
export const useNeedlesQuery = listQuery(queryKeys.needles, needlesApi.list);
