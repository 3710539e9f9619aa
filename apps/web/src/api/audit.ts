import type { AuditEvent, AuditListQuery, Page } from '@smp/contracts';
import { apiRequest } from './http';

/** `limit` is coerced from text by the API; the web app always sends a number. */
export type AuditListParameters = Omit<AuditListQuery, 'limit'> & { limit?: number };

export const auditApi = {
  list: (query: AuditListParameters, signal?: AbortSignal) => apiRequest<Page<AuditEvent>>('/api/audit-events', { query: { ...query }, signal }),
};
