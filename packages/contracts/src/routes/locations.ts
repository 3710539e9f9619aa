import type { locationRouteSchemas } from './locations.schemas.js';
import { defineRoutes } from './route.js';

export const locationRoutes = defineRoutes<typeof locationRouteSchemas>()({
  list: { method: 'GET', path: '/api/locations' },
  add: { method: 'POST', path: '/api/locations' },
  update: { method: 'PUT', path: '/api/locations/:id' },
  archive: { method: 'POST', path: '/api/locations/:id/archive', status: 200 },
  restore: { method: 'POST', path: '/api/locations/:id/restore', status: 200 },
  /** The locations a staff member works at; a receptionist with some sees and books only there. */
  staffLocations: { method: 'GET', path: '/api/staff/:id/locations' },
  setStaffLocations: { method: 'PUT', path: '/api/staff/:id/locations' },
});
