import type { Eligibility, Page, PatchTest, PatchTestInput, Screening, ScreeningInput } from '@smp/contracts';
import type { PageParameters } from './consultations';
import { apiRequest } from './http';

const clientPath = (clientId: string) => `/api/clients/${encodeURIComponent(clientId)}`;
const screeningPath = (screeningId: string) => `/api/screenings/${encodeURIComponent(screeningId)}`;

export interface ClearanceUpload {
  questionId: string;
  file: File;
  note: string;
}

export const screeningApi = {
  list: (clientId: string, page: PageParameters, signal?: AbortSignal) =>
    apiRequest<Page<Screening>>(`${clientPath(clientId)}/screenings`, { query: { ...page }, signal }),
  get: (screeningId: string, signal?: AbortSignal) => apiRequest<Screening>(screeningPath(screeningId), { signal }),
  conduct: (clientId: string, input: ScreeningInput) => apiRequest<Screening>(`${clientPath(clientId)}/screenings`, { method: 'POST', body: input }),
  addClearance: (screeningId: string, { questionId, file, note }: ClearanceUpload) => {
    const form = new FormData();
    form.set('questionId', questionId);
    // A blank note is left out rather than sent empty.
    if (note.trim()) form.set('note', note.trim());
    form.set('file', file);
    return apiRequest<Screening>(`${screeningPath(screeningId)}/clearances`, { method: 'POST', body: form });
  },
  patchTests: (clientId: string, page: PageParameters, signal?: AbortSignal) =>
    apiRequest<Page<PatchTest>>(`${clientPath(clientId)}/patch-tests`, { query: { ...page }, signal }),
  recordPatchTest: (clientId: string, test: PatchTestInput) =>
    apiRequest<PatchTest>(`${clientPath(clientId)}/patch-tests`, { method: 'POST', body: test }),
  /** Whether treatment may go ahead today, in the clinic's calendar. */
  eligibility: (clientId: string, signal?: AbortSignal) => apiRequest<Eligibility>(`${clientPath(clientId)}/eligibility`, { signal }),
  override: (clientId: string, override: { reason: string; validUntil: string }) =>
    apiRequest<Eligibility>(`${clientPath(clientId)}/eligibility-overrides`, { method: 'POST', body: override }),
};
