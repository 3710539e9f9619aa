import type { messageConsentRouteSchemas, messageTemplateRouteSchemas } from './message-templates.schemas.js';
import { defineRoutes } from './route.js';

/** The clinic's wording of each kind of message to clients (owners). */
export const messageTemplateRoutes = defineRoutes<typeof messageTemplateRouteSchemas>()({
  list: { method: 'GET', path: '/api/message-templates' },
  update: { method: 'PUT', path: '/api/message-templates/:kind' },
  reset: { method: 'DELETE', path: '/api/message-templates/:kind' },
  preview: { method: 'POST', path: '/api/message-templates/:kind/preview', status: 200 },
});

/** A client's consent to messages. */
export const messageConsentRoutes = defineRoutes<typeof messageConsentRouteSchemas>()({
  preferences: { method: 'GET', path: '/api/clients/:id/message-preferences' },
  record: { method: 'POST', path: '/api/clients/:id/message-consents' },
});
