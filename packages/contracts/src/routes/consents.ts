import type { consentRouteSchemas } from './consents.schemas.js';
import { defineRoutes } from './route.js';

export const consentRoutes = defineRoutes<typeof consentRouteSchemas>()({
  templates: { method: 'GET', path: '/api/consent-templates' },
  publish: { method: 'POST', path: '/api/consent-templates' },
  forClient: { method: 'GET', path: '/api/clients/:id/consents' },
  sign: { method: 'POST', path: '/api/clients/:id/consents' },
  signature: { method: 'GET', path: '/api/client-consents/:id/signature', file: true },
});
