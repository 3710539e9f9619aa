import { consultationRoutes, photoRoutes, type ConsultationBooking, type ConsultationRecordRequest, type PhotoView, type QueryInputOf } from '@smp/contracts';
import { callApi } from './http';

/** One page of a list: every paged list takes the same query. */
export type PageParameters = QueryInputOf<typeof consultationRoutes.list>;

export const consultationsApi = {
  list: (clientId: string, page: PageParameters, signal?: AbortSignal) => callApi(consultationRoutes.list, { params: { id: clientId }, query: page, signal }),
  get: (clientId: string, consultationId: string, signal?: AbortSignal) => callApi(consultationRoutes.get, { params: { id: clientId, consultationId }, signal }),
  book: (clientId: string, booking: ConsultationBooking) => callApi(consultationRoutes.book, { params: { id: clientId }, body: booking }),
  record: (clientId: string, consultationId: string, record: ConsultationRecordRequest) => callApi(consultationRoutes.record, { params: { id: clientId, consultationId }, body: record }),
  cancel: (clientId: string, consultationId: string, reason: string) => callApi(consultationRoutes.cancel, { params: { id: clientId, consultationId }, body: { reason } }),
  uploadPhoto: (clientId: string, consultationId: string, file: File, view: PhotoView) =>
    callApi(consultationRoutes.addPhoto, { params: { id: clientId, consultationId }, body: { view }, file }),
};

export const photosApi = {
  /** One client's photos, newest first; with a view, only that view (for comparing visits). */
  list: (clientId: string, query: QueryInputOf<typeof photoRoutes.list>, signal?: AbortSignal) => callApi(photoRoutes.list, { params: { id: clientId }, query, signal }),
};
