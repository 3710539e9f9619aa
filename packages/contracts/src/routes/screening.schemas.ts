import { clientIdParamsSchema } from '../clients.js';
import { pageQuerySchema } from '../pagination.js';
import {
  CLEARANCE_MAX_BYTES,
  clearanceFieldsSchema,
  clearanceParamsSchema,
  eligibilityOverrideInputSchema,
  eligibilityQuerySchema,
  eligibilitySchema,
  patchTestInputSchema,
  patchTestPageSchema,
  patchTestSchema,
  screeningInputSchema,
  screeningListQuerySchema,
  screeningPageSchema,
  screeningParamsSchema,
  screeningSchema,
} from '../screening.js';
import type { RouteSchemas } from './route.js';

export const screeningRouteSchemas = {
  list: { params: clientIdParamsSchema, query: screeningListQuerySchema, response: screeningPageSchema },
  conduct: { params: clientIdParamsSchema, body: screeningInputSchema, response: screeningSchema },
  patchTests: { params: clientIdParamsSchema, query: pageQuerySchema, response: patchTestPageSchema },
  recordPatchTest: { params: clientIdParamsSchema, body: patchTestInputSchema, response: patchTestSchema },
  eligibility: { params: clientIdParamsSchema, query: eligibilityQuerySchema, response: eligibilitySchema },
  override: { params: clientIdParamsSchema, body: eligibilityOverrideInputSchema, response: eligibilitySchema },
  get: { params: screeningParamsSchema, response: screeningSchema },
  addClearance: { params: screeningParamsSchema, body: clearanceFieldsSchema, uploadMaxBytes: CLEARANCE_MAX_BYTES, response: screeningSchema },
  clearanceDocument: { params: clearanceParamsSchema },
} satisfies Record<string, RouteSchemas>;
