import { planRoutes, type PlanInput } from '@smp/contracts';
import { callApi } from './http';

export const plansApi = {
  /** A client's plans, newest first. */
  list: (clientId: string, signal?: AbortSignal) => callApi(planRoutes.list, { query: { clientId }, signal }),
  get: (id: string, signal?: AbortSignal) => callApi(planRoutes.get, { params: { id }, signal }),
  create: (input: PlanInput) => callApi(planRoutes.create, { body: input }),
  start: (id: string) => callApi(planRoutes.start, { params: { id } }),
  addSession: (id: string, kind: 'included' | 'extra', pigmentIds: string[]) => callApi(planRoutes.addSession, { params: { id }, body: { kind, pigmentIds } }),
  cancel: (id: string, reason: string) => callApi(planRoutes.cancel, { params: { id }, body: { reason } }),
  /** An owner includes a charged session (the third) in the plan's price, saying why. */
  includeSession: (id: string, sessionId: string, reason: string) => callApi(planRoutes.includeSession, { params: { id, sessionId }, body: { reason } }),
  /** Free slots for the plan's next session inside its spacing window, which comes along. */
  nextSessionSlots: (id: string, artistId: string | undefined, signal?: AbortSignal) => callApi(planRoutes.nextSessionSlots, { params: { id }, query: { artistId }, signal }),
};
