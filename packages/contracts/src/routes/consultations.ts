import type { consultationRouteSchemas, photoRouteSchemas } from './consultations.schemas.js';
import { defineRoutes } from './route.js';

export const consultationRoutes = defineRoutes<typeof consultationRouteSchemas>()({
  list: { method: 'GET', path: '/api/clients/:id/consultations' },
  book: { method: 'POST', path: '/api/clients/:id/consultations' },
  get: { method: 'GET', path: '/api/clients/:id/consultations/:consultationId' },
  record: { method: 'PUT', path: '/api/clients/:id/consultations/:consultationId/record' },
  cancel: { method: 'POST', path: '/api/clients/:id/consultations/:consultationId/cancel', status: 200 },
  addPhoto: { method: 'POST', path: '/api/clients/:id/consultations/:consultationId/photos', upload: true },
});

export const photoRoutes = defineRoutes<typeof photoRouteSchemas>()({
  list: { method: 'GET', path: '/api/clients/:id/photos' },
  file: { method: 'GET', path: '/api/photos/:id/file', file: true },
});
