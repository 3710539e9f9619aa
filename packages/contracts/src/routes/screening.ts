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
import { route } from './route.js';

export const screeningRoutes = {
  list: route({ method: 'GET', path: '/api/clients/:id/screenings', params: clientIdParamsSchema, query: screeningListQuerySchema, response: screeningPageSchema }),
  conduct: route({ method: 'POST', path: '/api/clients/:id/screenings', params: clientIdParamsSchema, body: screeningInputSchema, response: screeningSchema }),
  patchTests: route({ method: 'GET', path: '/api/clients/:id/patch-tests', params: clientIdParamsSchema, query: pageQuerySchema, response: patchTestPageSchema }),
  recordPatchTest: route({ method: 'POST', path: '/api/clients/:id/patch-tests', params: clientIdParamsSchema, body: patchTestInputSchema, response: patchTestSchema }),
  eligibility: route({ method: 'GET', path: '/api/clients/:id/eligibility', params: clientIdParamsSchema, query: eligibilityQuerySchema, response: eligibilitySchema }),
  override: route({ method: 'POST', path: '/api/clients/:id/eligibility-overrides', params: clientIdParamsSchema, body: eligibilityOverrideInputSchema, response: eligibilitySchema }),
  get: route({ method: 'GET', path: '/api/screenings/:id', params: screeningParamsSchema, response: screeningSchema }),
  addClearance: route({
    method: 'POST',
    path: '/api/screenings/:id/clearances',
    params: screeningParamsSchema,
    body: clearanceFieldsSchema,
    upload: { maxBytes: CLEARANCE_MAX_BYTES },
    response: screeningSchema,
  }),
  clearanceDocument: route({ method: 'GET', path: '/api/clearances/:id/document', params: clearanceParamsSchema, file: true }),
};
