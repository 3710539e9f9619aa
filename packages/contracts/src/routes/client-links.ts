import type { clientLinkRouteSchemas } from './client-links.schemas.js';
import { defineRoutes } from './route.js';

/** Open without signing in: the signed links in a client's messages. */
export const clientLinkRoutes = defineRoutes<typeof clientLinkRouteSchemas>()({
  visit: { method: 'GET', path: '/api/visit/:token' },
  confirm: { method: 'POST', path: '/api/visit/:token/confirm', status: 200 },
  requestReschedule: { method: 'POST', path: '/api/visit/:token/reschedule', status: 200 },
  unsubscribe: { method: 'POST', path: '/api/unsubscribe/:token', status: 200 },
});
