import { clientRoutes, routeUrl, type BodyInputOf, type QueryInputOf } from '@smp/contracts';
import { callApi } from './http';

export type ClientListParameters = QueryInputOf<typeof clientRoutes.list>;

/** Saving anyway when the API warned of a possible duplicate. */
const duplicateOverride = (confirmDuplicate: boolean) => ({ confirmDuplicate: confirmDuplicate ? ('true' as const) : undefined });

export const clientsApi = {
  list: (parameters: ClientListParameters, signal?: AbortSignal) => callApi(clientRoutes.list, { query: parameters, signal }),
  /** `view`: the page view the read belongs to, which the audit trail records once. */
  get: (id: string, signal?: AbortSignal, view?: string) => callApi(clientRoutes.get, { params: { id }, query: { view }, signal }),
  create: (input: BodyInputOf<typeof clientRoutes.create>, confirmDuplicate = false) => callApi(clientRoutes.create, { body: input, query: duplicateOverride(confirmDuplicate) }),
  update: (id: string, patch: BodyInputOf<typeof clientRoutes.update>, confirmDuplicate = false) =>
    callApi(clientRoutes.update, { params: { id }, body: patch, query: duplicateOverride(confirmDuplicate) }),
  archive: (id: string) => callApi(clientRoutes.archive, { params: { id } }),
  restore: (id: string) => callApi(clientRoutes.restore, { params: { id } }),
  /** The client's full record as one zip archive, downloaded by the browser rather than fetched. */
  recordArchiveUrl: (id: string) => routeUrl(clientRoutes.recordArchive, { params: { id } }),
};
