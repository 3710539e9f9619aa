import type { messageRouteSchemas } from './messaging.schemas.js';
import { defineRoutes } from './route.js';

export const messageRoutes = defineRoutes<typeof messageRouteSchemas>()({
  list: { method: 'GET', path: '/api/messages' },
  retry: { method: 'POST', path: '/api/messages/:id/retry', status: 200 },
  forClient: { method: 'GET', path: '/api/clients/:id/messages' },
  delivery: { method: 'GET', path: '/api/messages/delivery' },
  // Not under /api/messages: /api/messages/caught/:id and /api/messages/:id/retry would be ambiguous paths.
  caught: { method: 'GET', path: '/api/caught-emails' },
  caughtEmail: { method: 'GET', path: '/api/caught-emails/:id' },
});
