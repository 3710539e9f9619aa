import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { appointmentsApi } from '../api/scheduling';
import { queryKeys } from '../data/query-keys';
import { failureMessage } from '../shared/QueryMessage';

const NONE: never[] = [];

/** The calendar's appointments between two days; the days before stay shown while the next ones load. */
export function useAppointments(range: { from: string; to: string; artistId?: string | undefined; locationId?: string | undefined }) {
  const query = useQuery({
    queryKey: queryKeys.appointments.calendar(range),
    queryFn: ({ signal }) => appointmentsApi.list(range, signal),
    placeholderData: keepPreviousData,
  });
  return {
    items: query.data?.items ?? NONE,
    loading: query.isFetching,
    error: query.error ? failureMessage(query.error, 'Could not load the calendar') : null,
  };
}
