import { appointmentIdParamsSchema } from '../appointments.js';
import { correctionAssessmentInputSchema, correctionAssessmentSchema, correctionPlanParamsSchema, laserPlanSchema, laserRecordInputSchema, laserRecordSchema } from '../corrections.js';
import type { RouteSchemas } from './route.js';

export const correctionRouteSchemas = {
  assess: { params: correctionPlanParamsSchema, body: correctionAssessmentInputSchema, response: correctionAssessmentSchema },
  assessment: { params: correctionPlanParamsSchema, response: correctionAssessmentSchema },
  laserPlan: { params: correctionPlanParamsSchema, response: laserPlanSchema },
  recordLaser: { params: appointmentIdParamsSchema, body: laserRecordInputSchema, response: laserRecordSchema },
  laserRecord: { params: appointmentIdParamsSchema, response: laserRecordSchema },
} satisfies Record<string, RouteSchemas>;
