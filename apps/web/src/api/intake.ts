import { intakeRoutes, type IntakeCountersignInput } from '@smp/contracts';
import type { PageParameters } from './consultations';
import { callApi } from './http';

export const intakeApi = {
  list: (clientId: string, page: PageParameters, signal?: AbortSignal) => callApi(intakeRoutes.list, { params: { id: clientId }, query: page, signal }),
  get: (intakeId: string, signal?: AbortSignal) => callApi(intakeRoutes.get, { params: { id: intakeId }, signal }),
  countersign: (intakeId: string, input: IntakeCountersignInput) => callApi(intakeRoutes.countersign, { params: { id: intakeId }, body: input }),
  sendLink: (clientId: string, consultationId: string) => callApi(intakeRoutes.sendLink, { params: { id: clientId, consultationId } }),
};
