import { appointmentIdParamsSchema } from '../appointments.js';
import { clientIdParamsSchema } from '../clients.js';
import { clientFadingSchema, fadeAssessmentInputSchema, fadeAssessmentSchema } from '../fading.js';
import type { RouteSchemas } from './route.js';

export const fadingRouteSchemas = {
  record: { params: appointmentIdParamsSchema, body: fadeAssessmentInputSchema, response: fadeAssessmentSchema },
  forAppointment: { params: appointmentIdParamsSchema, response: fadeAssessmentSchema },
  forClient: { params: clientIdParamsSchema, response: clientFadingSchema },
} satisfies Record<string, RouteSchemas>;
