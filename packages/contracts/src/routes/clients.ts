import type { clientRouteSchemas } from './clients.schemas.js';
import { defineRoutes } from './route.js';

export const clientRoutes = defineRoutes<typeof clientRouteSchemas>()({
  list: { method: 'GET', path: '/api/clients' },
  create: { method: 'POST', path: '/api/clients' },
  get: { method: 'GET', path: '/api/clients/:id' },
  update: { method: 'PATCH', path: '/api/clients/:id' },
  archive: { method: 'POST', path: '/api/clients/:id/archive', status: 200 },
  restore: { method: 'POST', path: '/api/clients/:id/restore', status: 200 },
  recordArchive: { method: 'GET', path: '/api/clients/:id/record-archive', file: true },
});
