import type { intakeRouteSchemas } from './intake.schemas.js';
import { defineRoutes } from './route.js';

/** Staff's side of the intakes clients send from home before their consultation. */
export const intakeRoutes = defineRoutes<typeof intakeRouteSchemas>()({
  list: { method: 'GET', path: '/api/clients/:id/intakes' },
  get: { method: 'GET', path: '/api/intakes/:id' },
  countersign: { method: 'POST', path: '/api/intakes/:id/countersign' },
});
