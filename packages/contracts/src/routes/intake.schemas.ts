import { clientIdParamsSchema } from '../clients.js';
import { intakeCountersignInputSchema, intakePageSchema, intakeParamsSchema, intakeSchema } from '../intake.js';
import { pageQuerySchema } from '../pagination.js';
import { screeningSchema } from '../screening.js';
import type { RouteSchemas } from './route.js';

export const intakeRouteSchemas = {
  list: { params: clientIdParamsSchema, query: pageQuerySchema, response: intakePageSchema },
  get: { params: intakeParamsSchema, response: intakeSchema },
  countersign: { params: intakeParamsSchema, body: intakeCountersignInputSchema, response: screeningSchema },
} satisfies Record<string, RouteSchemas>;
