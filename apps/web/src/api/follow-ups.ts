import { followUpRoutes, type BodyInputOf } from '@smp/contracts';
import { callApi } from './http';

export type ContactInput = BodyInputOf<typeof followUpRoutes.logContact>;

export const followUpsApi = {
  /** Reception's queue, most urgent first. */
  list: (signal?: AbortSignal) => callApi(followUpRoutes.list, { signal }),
  logContact: (contact: ContactInput) => callApi(followUpRoutes.logContact, { body: contact }),
};
