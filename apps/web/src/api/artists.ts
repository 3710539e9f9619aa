import type { Artist } from '@smp/contracts';
import { apiRequest } from './http';

export const artistsApi = {
  /** Active artists, for booking; every role may ask. */
  list: (signal?: AbortSignal) => apiRequest<{ items: Artist[] }>('/api/artists', { signal }),
};
