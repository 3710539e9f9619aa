import type { fadingRouteSchemas } from './fading.schemas.js';
import { defineRoutes } from './route.js';

export const fadingRoutes = defineRoutes<typeof fadingRouteSchemas>()({
  record: { method: 'POST', path: '/api/appointments/:id/fade-assessment' },
  forAppointment: { method: 'GET', path: '/api/appointments/:id/fade-assessment' },
  forClient: { method: 'GET', path: '/api/clients/:id/fading' },
});
