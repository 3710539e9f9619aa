import { appointmentsApi } from '../api/scheduling';
import { sessionRecordsApi } from '../api/sessions';
import { queryKeys } from './query-keys';
import { useRecordQuery } from './use-record-query';

// Records opened from more than one feature: the calendar's drawer and the session
// pages read the same appointment, and share what the cache holds of it.

export function useAppointmentQuery(id: string | undefined) {
  return useRecordQuery(queryKeys.appointments.detail(id ?? ''), id, appointmentsApi.get);
}

export function useSessionRecordQuery(id: string | undefined) {
  return useRecordQuery(queryKeys.sessionRecords.detail(id ?? ''), id, sessionRecordsApi.get);
}
