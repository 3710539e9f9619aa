import { fadingRoutes, type FadeAssessmentInput } from '@smp/contracts';
import { callApi } from './http';

export const fadingApi = {
  /** Records how the client's SMP has faded at this visit; completes a fade check. */
  record: (appointmentId: string, input: FadeAssessmentInput) => callApi(fadingRoutes.record, { params: { id: appointmentId }, body: input }),
  forAppointment: (appointmentId: string, signal?: AbortSignal) => callApi(fadingRoutes.forAppointment, { params: { id: appointmentId }, signal }),
  /** The client's fade assessments, newest first, and the maintenance recall date with its reason. */
  forClient: (clientId: string, signal?: AbortSignal) => callApi(fadingRoutes.forClient, { params: { id: clientId }, signal }),
};
