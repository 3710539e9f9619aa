import { todayRoutes } from '@smp/contracts';
import { callApi } from './http';

export const todayApi = {
  /** The signed-in person's day, as their role needs it. */
  get: (signal?: AbortSignal) => callApi(todayRoutes.get, { query: {}, signal }),
};
