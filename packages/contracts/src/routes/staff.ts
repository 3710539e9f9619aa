import type { staffRouteSchemas, artistRouteSchemas } from './staff.schemas.js';
import { defineRoutes } from './route.js';

export const staffRoutes = defineRoutes<typeof staffRouteSchemas>()({
  list: { method: 'GET', path: '/api/staff' },
  create: { method: 'POST', path: '/api/staff' },
  get: { method: 'GET', path: '/api/staff/:id' },
  update: { method: 'PATCH', path: '/api/staff/:id' },
  deactivate: { method: 'POST', path: '/api/staff/:id/deactivate', status: 200 },
  reactivate: { method: 'POST', path: '/api/staff/:id/reactivate', status: 200 },
  setPassword: { method: 'POST', path: '/api/staff/:id/password', status: 204 },
  addCertification: { method: 'POST', path: '/api/staff/:id/certifications' },
  removeCertification: { method: 'DELETE', path: '/api/staff/:id/certifications/:certificationId' },
  overrideCertification: { method: 'POST', path: '/api/staff/:id/certifications/:certificationId/overrides' },
});

export const artistRoutes = defineRoutes<typeof artistRouteSchemas>()({
  list: { method: 'GET', path: '/api/artists' },
});
