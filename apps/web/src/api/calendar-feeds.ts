import { calendarFeedRoutes } from '@smp/contracts';
import { callApi } from './http';

/** The signed-in person's own calendar subscription. */
export const calendarFeedsApi = {
  get: (signal?: AbortSignal) => callApi(calendarFeedRoutes.get, { signal }),
  create: () => callApi(calendarFeedRoutes.create),
  revoke: () => callApi(calendarFeedRoutes.revoke),
};
