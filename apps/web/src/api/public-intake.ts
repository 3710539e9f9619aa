import { publicIntakeRoutes, type IntakeSubmissionInput, type PhotoView } from '@smp/contracts';
import { callApi } from './http';

/** The client's intake link: no sign-in, the link's secret in the path. */
export const publicIntakeApi = {
  get: (token: string, signal?: AbortSignal) => callApi(publicIntakeRoutes.get, { params: { token }, signal }),
  addPhoto: (token: string, view: PhotoView, file: Blob) => callApi(publicIntakeRoutes.addPhoto, { params: { token }, body: { view }, file }),
  submit: (token: string, input: IntakeSubmissionInput) => callApi(publicIntakeRoutes.submit, { params: { token }, body: input }),
};
