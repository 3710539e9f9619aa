import { screeningRoutes, type BodyInputOf, type PatchTestInput, type ScreeningInput } from '@smp/contracts';
import type { PageParameters } from './consultations';
import { callApi } from './http';

export interface ClearanceUpload {
  questionId: string;
  file: File;
  note: string;
}

export const screeningApi = {
  list: (clientId: string, page: PageParameters, signal?: AbortSignal) => callApi(screeningRoutes.list, { params: { id: clientId }, query: page, signal }),
  get: (screeningId: string, signal?: AbortSignal) => callApi(screeningRoutes.get, { params: { id: screeningId }, signal }),
  conduct: (clientId: string, input: ScreeningInput) => callApi(screeningRoutes.conduct, { params: { id: clientId }, body: input }),
  // A blank note is left out rather than sent empty.
  addClearance: (screeningId: string, { questionId, file, note }: ClearanceUpload) =>
    callApi(screeningRoutes.addClearance, { params: { id: screeningId }, body: { questionId, note: note.trim() || undefined }, file }),
  patchTests: (clientId: string, page: PageParameters, signal?: AbortSignal) => callApi(screeningRoutes.patchTests, { params: { id: clientId }, query: page, signal }),
  recordPatchTest: (clientId: string, test: PatchTestInput) => callApi(screeningRoutes.recordPatchTest, { params: { id: clientId }, body: test }),
  /** Whether treatment may go ahead today, in the clinic's calendar. */
  eligibility: (clientId: string, signal?: AbortSignal) => callApi(screeningRoutes.eligibility, { params: { id: clientId }, signal }),
  override: (clientId: string, override: BodyInputOf<typeof screeningRoutes.override>) => callApi(screeningRoutes.override, { params: { id: clientId }, body: override }),
};
