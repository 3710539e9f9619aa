import type { LotRecall, Needle, needleInputSchema, Pigment, pigmentInputSchema, lotInputSchema } from '@smp/contracts';
import type { z } from 'zod';
import { apiRequest } from './http';

export type PigmentInput = z.input<typeof pigmentInputSchema>;
export type NeedleInput = z.input<typeof needleInputSchema>;
export type LotInput = z.input<typeof lotInputSchema>;

/** A lot belongs to a pigment or to a needle; the two are traced the same way. */
export type LotKind = 'pigment' | 'needle';

const itemPath = (kind: LotKind, id: string) => `/api/${kind}s/${encodeURIComponent(id)}`;

export const pigmentsApi = {
  /** Every pigment with its lots (expired ones flagged) and the warning an artist sees. */
  list: (signal?: AbortSignal) => apiRequest<{ items: Pigment[] }>('/api/pigments', { signal }),
  /** Answers with the whole catalogue, the new pigment in its place. */
  add: (input: PigmentInput) => apiRequest<{ items: Pigment[] }>('/api/pigments', { method: 'POST', body: input }),
};

export const needlesApi = {
  list: (signal?: AbortSignal) => apiRequest<{ items: Needle[] }>('/api/needles', { signal }),
  add: (input: NeedleInput) => apiRequest<{ items: Needle[] }>('/api/needles', { method: 'POST', body: input }),
};

export const lotsApi = {
  /** Receives a lot of a pigment or needle; answers with that whole catalogue. */
  add: <Item extends Pigment | Needle>(kind: LotKind, itemId: string, input: LotInput) =>
    apiRequest<{ items: Item[] }>(`${itemPath(kind, itemId)}/lots`, { method: 'POST', body: input }),
  /** Every client who received the lot, with the sessions it was used at: for a recall. */
  recall: (kind: LotKind, lotId: string, signal?: AbortSignal) =>
    apiRequest<LotRecall>(`/api/${kind}-lots/${encodeURIComponent(lotId)}/clients`, { signal }),
};
