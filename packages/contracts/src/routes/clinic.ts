import type { clinicRouteSchemas, auditRouteSchemas, healthRouteSchemas, documentationRouteSchemas } from './clinic.schemas.js';
import { defineRoutes } from './route.js';

export const clinicRoutes = defineRoutes<typeof clinicRouteSchemas>()({
  get: { method: 'GET', path: '/api/clinic' },
  update: { method: 'PUT', path: '/api/clinic' },
  /** Every table of the clinic's data as CSV and every stored file, as one zip download. */
  dataExport: { method: 'GET', path: '/api/clinic/export', file: true },
});

export const auditRoutes = defineRoutes<typeof auditRouteSchemas>()({
  list: { method: 'GET', path: '/api/audit-events' },
});

export const healthRoutes = defineRoutes<typeof healthRouteSchemas>()({
  check: { method: 'GET', path: '/api/health' },
});

/** The API's own description, and the page that shows it. */
export const documentationRoutes = defineRoutes<typeof documentationRouteSchemas>()({
  openApi: { method: 'GET', path: '/api/openapi.json', file: true },
  page: { method: 'GET', path: '/api/docs', file: true },
  startScript: { method: 'GET', path: '/api/docs/assets/start.js', file: true },
});
