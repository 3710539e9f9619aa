import type { designRouteSchemas } from './designs.schemas.js';
import { defineRoutes } from './route.js';

export const designRoutes = defineRoutes<typeof designRouteSchemas>()({
  list: { method: 'GET', path: '/api/clients/:id/hairline-designs' },
  create: { method: 'POST', path: '/api/clients/:id/hairline-designs' },
  get: { method: 'GET', path: '/api/hairline-designs/:id' },
  addVersion: { method: 'POST', path: '/api/hairline-designs/:id/versions' },
});
