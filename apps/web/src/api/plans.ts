import type { Plan, PlanInput } from '@smp/contracts';
import { apiRequest } from './http';
import type { Availability } from './scheduling';

const planPath = (id: string) => `/api/treatment-plans/${encodeURIComponent(id)}`;

export const plansApi = {
  /** A client's plans, newest first. */
  list: (clientId: string, signal?: AbortSignal) => apiRequest<{ items: Plan[] }>('/api/treatment-plans', { query: { clientId }, signal }),
  get: (id: string, signal?: AbortSignal) => apiRequest<Plan>(planPath(id), { signal }),
  create: (input: PlanInput) => apiRequest<Plan>('/api/treatment-plans', { method: 'POST', body: input }),
  start: (id: string) => apiRequest<Plan>(`${planPath(id)}/start`, { method: 'POST', body: {} }),
  addSession: (id: string, kind: 'included' | 'extra', shade: string) =>
    apiRequest<Plan>(`${planPath(id)}/sessions`, { method: 'POST', body: { kind, shade } }),
  cancel: (id: string, reason: string) => apiRequest<Plan>(`${planPath(id)}/cancel`, { method: 'POST', body: { reason } }),
  /** Free slots for the plan's next session inside its spacing window, which comes along. */
  nextSessionSlots: (id: string, artistId: string | undefined, signal?: AbortSignal) =>
    apiRequest<Availability>(`${planPath(id)}/next-session-slots`, { query: { artistId }, signal }),
};
