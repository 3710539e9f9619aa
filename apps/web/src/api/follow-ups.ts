import type { contactInputSchema, FollowUp } from '@smp/contracts';
import type { z } from 'zod';
import { apiRequest } from './http';

export type ContactInput = z.output<typeof contactInputSchema>;

export const followUpsApi = {
  /** Reception's queue, most urgent first. */
  list: (signal?: AbortSignal) => apiRequest<{ items: FollowUp[] }>('/api/follow-ups', { signal }),
  logContact: (contact: ContactInput) => apiRequest<{ items: FollowUp[] }>('/api/follow-ups/contacts', { method: 'POST', body: contact }),
};
