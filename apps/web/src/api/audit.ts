import { auditRoutes, type QueryInputOf } from '@smp/contracts';
import { callApi } from './http';

export type AuditListParameters = QueryInputOf<typeof auditRoutes.list>;

export const auditApi = {
  list: (query: AuditListParameters, signal?: AbortSignal) => callApi(auditRoutes.list, { query, signal }),
};
