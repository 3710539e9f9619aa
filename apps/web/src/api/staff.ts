import type { CertificationInput, Page, Staff, StaffInput, StaffListQuery, StaffPatch } from '@smp/contracts';
import { apiRequest } from './http';

/** `limit` is coerced from text by the API; the web app always sends a number. */
export type StaffListParameters = Omit<StaffListQuery, 'limit'> & { limit?: number };

const staffPath = (id: string) => `/api/staff/${encodeURIComponent(id)}`;

export const staffApi = {
  list: (query: StaffListParameters, signal?: AbortSignal) => apiRequest<Page<Staff>>('/api/staff', { query: { ...query }, signal }),
  get: (id: string, signal?: AbortSignal) => apiRequest<Staff>(staffPath(id), { signal }),
  create: (input: StaffInput) => apiRequest<Staff>('/api/staff', { method: 'POST', body: input }),
  update: (id: string, patch: StaffPatch) => apiRequest<Staff>(staffPath(id), { method: 'PATCH', body: patch }),
  deactivate: (id: string) => apiRequest<Staff>(`${staffPath(id)}/deactivate`, { method: 'POST' }),
  reactivate: (id: string) => apiRequest<Staff>(`${staffPath(id)}/reactivate`, { method: 'POST' }),
  setPassword: (id: string, newPassword: string) => apiRequest<void>(`${staffPath(id)}/password`, { method: 'POST', body: { newPassword } }),
  addCertification: (id: string, certification: CertificationInput) =>
    apiRequest<Staff>(`${staffPath(id)}/certifications`, { method: 'POST', body: certification }),
  removeCertification: (id: string, certificationId: string) =>
    apiRequest<Staff>(`${staffPath(id)}/certifications/${encodeURIComponent(certificationId)}`, { method: 'DELETE' }),
};
