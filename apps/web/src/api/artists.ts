import { artistRoutes } from '@smp/contracts';
import { callApi } from './http';

export const artistsApi = {
  /** Active artists, for booking; every role may ask. */
  list: (signal?: AbortSignal) => callApi(artistRoutes.list, { signal }),
};
