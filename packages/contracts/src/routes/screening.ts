import type { screeningRouteSchemas } from './screening.schemas.js';
import { defineRoutes } from './route.js';

export const screeningRoutes = defineRoutes<typeof screeningRouteSchemas>()({
  list: { method: 'GET', path: '/api/clients/:id/screenings' },
  conduct: { method: 'POST', path: '/api/clients/:id/screenings' },
  patchTests: { method: 'GET', path: '/api/clients/:id/patch-tests' },
  recordPatchTest: { method: 'POST', path: '/api/clients/:id/patch-tests' },
  eligibility: { method: 'GET', path: '/api/clients/:id/eligibility' },
  override: { method: 'POST', path: '/api/clients/:id/eligibility-overrides' },
  get: { method: 'GET', path: '/api/screenings/:id' },
  addClearance: { method: 'POST', path: '/api/screenings/:id/clearances', upload: true },
  clearanceDocument: { method: 'GET', path: '/api/clearances/:id/document', file: true },
});
