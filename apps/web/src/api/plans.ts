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
  /** A doctor's letter attached to an alopecia / medical plan. */
  addClearance: (id: string, file: Blob, note: string) => callApi(planRoutes.addClearance, { params: { id }, body: { note: note.trim() || undefined }, file }),
  /** An owner lets an alopecia / medical plan start without a doctor's letter, saying why. */
  overrideClearance: (id: string, reason: string) => callApi(planRoutes.overrideClearance, { params: { id }, body: { reason } }),
  /** Free slots for the plan's next session inside its spacing window, which comes along. */
  nextSessionSlots: (id: string, artistId: string | undefined, signal?: AbortSignal) => callApi(planRoutes.nextSessionSlots, { params: { id }, query: { artistId }, signal }),
};
