import { correctionRoutes, type CorrectionAssessmentInput, type LaserRecordInput } from '@smp/contracts';
import { callApi } from './http';

export const correctionsApi = {
  /** A correction plan's laser sessions and the first day SMP may follow them. */
  laserPlan: (planId: string, signal?: AbortSignal) => callApi(correctionRoutes.laserPlan, { params: { id: planId }, signal }),
  assessment: (planId: string, signal?: AbortSignal) => callApi(correctionRoutes.assessment, { params: { id: planId }, signal }),
  assess: (planId: string, input: CorrectionAssessmentInput) => callApi(correctionRoutes.assess, { params: { id: planId }, body: input }),
  recordLaser: (appointmentId: string, input: LaserRecordInput) => callApi(correctionRoutes.recordLaser, { params: { id: appointmentId }, body: input }),
  laserRecord: (appointmentId: string, signal?: AbortSignal) => callApi(correctionRoutes.laserRecord, { params: { id: appointmentId }, signal }),
};
