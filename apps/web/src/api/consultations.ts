import type { Consultation, ConsultationBooking, ConsultationRecordInput, Page, Photo, PhotoView } from '@smp/contracts';
import { apiRequest } from './http';

const consultationsPath = (clientId: string) => `/api/clients/${encodeURIComponent(clientId)}/consultations`;
const consultationPath = (clientId: string, consultationId: string) => `${consultationsPath(clientId)}/${encodeURIComponent(consultationId)}`;

export interface PageParameters {
  cursor?: string | null;
  limit?: number;
}

export const consultationsApi = {
  list: (clientId: string, page: PageParameters, signal?: AbortSignal) =>
    apiRequest<Page<Consultation>>(consultationsPath(clientId), { query: { ...page }, signal }),
  get: (clientId: string, consultationId: string, signal?: AbortSignal) => apiRequest<Consultation>(consultationPath(clientId, consultationId), { signal }),
  book: (clientId: string, booking: ConsultationBooking) => apiRequest<Consultation>(consultationsPath(clientId), { method: 'POST', body: booking }),
  record: (clientId: string, consultationId: string, record: ConsultationRecordInput) =>
    apiRequest<Consultation>(`${consultationPath(clientId, consultationId)}/record`, { method: 'PUT', body: record }),
  cancel: (clientId: string, consultationId: string, reason: string) =>
    apiRequest<Consultation>(`${consultationPath(clientId, consultationId)}/cancel`, { method: 'POST', body: { reason } }),
  uploadPhoto: (clientId: string, consultationId: string, file: File, view: PhotoView) => {
    const form = new FormData();
    form.set('view', view);
    form.set('file', file);
    return apiRequest<Photo>(`${consultationPath(clientId, consultationId)}/photos`, { method: 'POST', body: form });
  },
};

export const photosApi = {
  /** One client's photos, newest first; with a view, only that view (for comparing visits). */
  list: (clientId: string, query: PageParameters & { view?: PhotoView }, signal?: AbortSignal) =>
    apiRequest<Page<Photo>>(`/api/clients/${encodeURIComponent(clientId)}/photos`, { query: { ...query }, signal }),
};
