import type { correctionRouteSchemas } from './corrections.schemas.js';
import { defineRoutes } from './route.js';

export const correctionRoutes = defineRoutes<typeof correctionRouteSchemas>()({
  assess: { method: 'POST', path: '/api/treatment-plans/:id/correction-assessment' },
  assessment: { method: 'GET', path: '/api/treatment-plans/:id/correction-assessment' },
  laserPlan: { method: 'GET', path: '/api/treatment-plans/:id/laser-sessions' },
  recordLaser: { method: 'POST', path: '/api/appointments/:id/laser-record' },
  laserRecord: { method: 'GET', path: '/api/appointments/:id/laser-record' },
});
