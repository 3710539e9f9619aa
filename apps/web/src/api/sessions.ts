import {
  historyRoutes,
  progressionRoutes,
  routeUrl,
  sessionRecordRoutes,
  treatmentReportRoutes,
  type BodyInputOf,
  type HistoryEntry,
  type Photo,
  type PhotoView,
  type SessionRecordInput,
  type TreatmentReportQuery,
} from '@smp/contracts';
import { callApi } from './http';

export type PhotoPhase = NonNullable<Photo['phase']>;
export type HistoryEntryType = HistoryEntry['type'];

export interface HistoryQuery {
  /** The types to show; all of them when empty. */
  types: readonly HistoryEntryType[];
  limit?: number;
  cursor?: string | null;
  /** The page view the read belongs to, which the audit trail records once. */
  view?: string;
}

export const sessionRecordsApi = {
  /** Records the session of an appointment in progress, which completes the appointment. */
  record: (appointmentId: string, input: SessionRecordInput) => callApi(sessionRecordRoutes.record, { params: { id: appointmentId }, body: input }),
  forAppointment: (appointmentId: string, signal?: AbortSignal) => callApi(sessionRecordRoutes.forAppointment, { params: { id: appointmentId }, signal }),
  get: (id: string, signal?: AbortSignal) => callApi(sessionRecordRoutes.get, { params: { id }, signal }),
  /** Adds to a record without changing it: the original stays as it was written. */
  addAddendum: (id: string, addendum: BodyInputOf<typeof sessionRecordRoutes.addAddendum>) => callApi(sessionRecordRoutes.addAddendum, { params: { id }, body: addendum }),
  uploadPhoto: (appointmentId: string, file: File, view: PhotoView, phase: PhotoPhase) =>
    callApi(sessionRecordRoutes.addPhoto, { params: { id: appointmentId }, body: { view, phase }, file }),
};

export const historyApi = {
  /** One client's timeline, newest first. */
  list: (clientId: string, { types, limit, cursor, view }: HistoryQuery, signal?: AbortSignal) =>
    callApi(historyRoutes.list, { params: { id: clientId }, query: { types: types.join(','), limit, cursor, view }, signal }),
};

export const progressionApi = {
  /** Session by session, oldest first: the pigments and lots used beside the before and after photos; one plan's only when `planId` is given. */
  get: (clientId: string, planId: string | undefined, signal?: AbortSignal) => callApi(progressionRoutes.get, { params: { id: clientId }, query: { planId }, signal }),
};

export const treatmentReportApi = {
  get: (query: TreatmentReportQuery, signal?: AbortSignal) => callApi(treatmentReportRoutes.get, { query, signal }),
  /** The same report as a CSV file; a plain link downloads it with the session cookie. */
  csvUrl: (query: TreatmentReportQuery) => routeUrl(treatmentReportRoutes.get, { query: { ...query, format: 'csv' } }),
};
