import { auditListQuerySchema, auditPageSchema } from '../audit.js';
import { clinicSettingsInputSchema, clinicSettingsSchema } from '../clinic.js';
import { healthSchema } from '../health.js';
import { route } from './route.js';

export const clinicRoutes = {
  get: route({ method: 'GET', path: '/api/clinic', response: clinicSettingsSchema }),
  update: route({ method: 'PUT', path: '/api/clinic', body: clinicSettingsInputSchema, response: clinicSettingsSchema }),
};

export const auditRoutes = {
  list: route({ method: 'GET', path: '/api/audit-events', query: auditListQuerySchema, response: auditPageSchema }),
};

export const healthRoutes = {
  check: route({ method: 'GET', path: '/api/health', response: healthSchema }),
};

/** The API's own description, and the page that shows it. */
export const documentationRoutes = {
  openApi: route({ method: 'GET', path: '/api/openapi.json', file: true }),
  page: route({ method: 'GET', path: '/api/docs', file: true }),
  startScript: route({ method: 'GET', path: '/api/docs/assets/start.js', file: true }),
};
