import { useQuery } from '@tanstack/react-query';
import { artistsApi } from '../api/artists';
import { closuresApi, pricesApi, roomsApi } from '../api/scheduling';
import { queryKeys } from './query-keys';

// Who and what can be booked, at what price: read by the calendar, the booking forms,
// plans and the settings page alike, and rarely changed during a day.

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
