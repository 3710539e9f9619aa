import { clientLinkRoutes } from '@smp/contracts';
import { callApi } from './http';

/** The links in a client's messages: no sign-in, the token is the permission. */
export const clientLinksApi = {
  visit: (token: string, signal?: AbortSignal) => callApi(clientLinkRoutes.visit, { params: { token }, signal }),
  confirm: (token: string) => callApi(clientLinkRoutes.confirm, { params: { token } }),
  requestReschedule: (token: string, note: string) => callApi(clientLinkRoutes.requestReschedule, { params: { token }, body: { note: note.trim() || null } }),
  unsubscribe: (token: string) => callApi(clientLinkRoutes.unsubscribe, { params: { token }, body: {} }),
};
