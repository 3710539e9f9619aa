import type { HistoryEntry, Page, Photo, PhotoView, SessionRecord, SessionRecordInput, treatmentReportSchema } from '@smp/contracts';
import type { z } from 'zod';
import { apiRequest, withQuery } from './http';

export type TreatmentReport = z.infer<typeof treatmentReportSchema>;
export type PhotoPhase = NonNullable<Photo['phase']>;
export type HistoryEntryType = HistoryEntry['type'];

export interface HistoryQuery {
  /** The types to show; all of them when empty. */
  types: readonly HistoryEntryType[];
  limit?: number;
  cursor?: string | null;
}

export interface TreatmentReportQuery {
  artistId?: string;
  style?: string;
  /** First and last day, YYYY-MM-DD on the clinic's calendar. */
  from?: string;
  to?: string;
  planStatus?: 'active' | 'completed' | 'cancelled';
}

const appointmentPath = (id: string) => `/api/appointments/${encodeURIComponent(id)}`;
const recordPath = (id: string) => `/api/session-records/${encodeURIComponent(id)}`;

export const sessionRecordsApi = {
  /** Records the session of an appointment in progress, which completes the appointment. */
  record: (appointmentId: string, input: SessionRecordInput) =>
    apiRequest<SessionRecord>(`${appointmentPath(appointmentId)}/session-record`, { method: 'POST', body: input }),
  forAppointment: (appointmentId: string, signal?: AbortSignal) => apiRequest<SessionRecord>(`${appointmentPath(appointmentId)}/session-record`, { signal }),
  get: (id: string, signal?: AbortSignal) => apiRequest<SessionRecord>(recordPath(id), { signal }),
  /** Adds to a record without changing it: the original stays as it was written. */
  addAddendum: (id: string, addendum: { text: string; reason: string }) =>
    apiRequest<SessionRecord>(`${recordPath(id)}/addenda`, { method: 'POST', body: addendum }),
  uploadPhoto: (appointmentId: string, file: File, view: PhotoView, phase: PhotoPhase) => {
    const form = new FormData();
    form.set('view', view);
    form.set('phase', phase);
    form.set('file', file);
    return apiRequest<Photo>(`${appointmentPath(appointmentId)}/photos`, { method: 'POST', body: form });
  },
};

export const historyApi = {
  /** One client's timeline, newest first. */
  list: (clientId: string, { types, limit, cursor }: HistoryQuery, signal?: AbortSignal) =>
    apiRequest<Page<HistoryEntry>>(`/api/clients/${encodeURIComponent(clientId)}/history`, {
      query: { types: types.join(','), limit, cursor },
      signal,
    }),
};

export const treatmentReportApi = {
  get: (query: TreatmentReportQuery, signal?: AbortSignal) => apiRequest<TreatmentReport>('/api/treatment-history', { query: { ...query }, signal }),
  /** The same report as a CSV file; a plain link downloads it with the session cookie. */
  csvUrl: (query: TreatmentReportQuery) => withQuery('/api/treatment-history', { ...query, format: 'csv' }),
};
