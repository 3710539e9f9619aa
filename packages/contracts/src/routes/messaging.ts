import type { messageRouteSchemas } from './messaging.schemas.js';
import { defineRoutes } from './route.js';

export const messageRoutes = defineRoutes<typeof messageRouteSchemas>()({
  list: { method: 'GET', path: '/api/messages' },
  retry: { method: 'POST', path: '/api/messages/:id/retry', status: 200 },
  forClient: { method: 'GET', path: '/api/clients/:id/messages' },
  delivery: { method: 'GET', path: '/api/messages/delivery' },
  caught: { method: 'GET', path: '/api/messages/caught' },
  caughtEmail: { method: 'GET', path: '/api/messages/caught/:id' },
});
