import { useQuery } from '@tanstack/react-query';
import { artistsApi } from '../api/artists';
import { needlesApi, pigmentsApi } from '../api/consumables';
import { closuresApi, pricesApi, roomsApi } from '../api/scheduling';
import { queryKeys } from './query-keys';

// Who and what can be booked, at what price, and with which pigments and needles: read
// by the calendar, the booking and plan forms, the session record and the settings
// pages alike, and rarely changed during a day.

export function useArtistsQuery() {
  return useQuery({ queryKey: queryKeys.artists, queryFn: ({ signal }) => artistsApi.list(signal) });
}

export function usePricesQuery() {
  return useQuery({ queryKey: queryKeys.prices, queryFn: ({ signal }) => pricesApi.list(signal) });
}

export function useRoomsQuery() {
  return useQuery({ queryKey: queryKeys.rooms, queryFn: ({ signal }) => roomsApi.list(signal) });
}

export function useClosuresQuery() {
  return useQuery({ queryKey: queryKeys.closures, queryFn: ({ signal }) => closuresApi.list(signal) });
}

export function usePigmentsQuery() {
  return useQuery({ queryKey: queryKeys.pigments, queryFn: ({ signal }) => pigmentsApi.list(signal) });
}

export function useNeedlesQuery() {
  return useQuery({ queryKey: queryKeys.needles, queryFn: ({ signal }) => needlesApi.list(signal) });
}
