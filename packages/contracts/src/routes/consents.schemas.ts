import { clientIdParamsSchema } from '../clients.js';
import { clientConsentParamsSchema, clientConsentsSchema, consentSignatureInputSchema, consentTemplateInputSchema, consentTemplateListSchema, consentTemplateSchema } from '../consents.js';
import type { RouteSchemas } from './route.js';

export const consentRouteSchemas = {
  templates: { response: consentTemplateListSchema },
  publish: { body: consentTemplateInputSchema, response: consentTemplateSchema },
  forClient: { params: clientIdParamsSchema, response: clientConsentsSchema },
  sign: { params: clientIdParamsSchema, body: consentSignatureInputSchema, response: clientConsentsSchema },
  signature: { params: clientConsentParamsSchema },
} satisfies Record<string, RouteSchemas>;
