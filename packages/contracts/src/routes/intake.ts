import type { intakeRouteSchemas, publicIntakeRouteSchemas } from './intake.schemas.js';
import { defineRoutes } from './route.js';

/** Staff's side of the intakes clients send from home before their consultation. */
export const intakeRoutes = defineRoutes<typeof intakeRouteSchemas>()({
  list: { method: 'GET', path: '/api/clients/:id/intakes' },
  get: { method: 'GET', path: '/api/intakes/:id' },
  countersign: { method: 'POST', path: '/api/intakes/:id/countersign' },
  sendLink: { method: 'POST', path: '/api/clients/:id/consultations/:consultationId/intake-link' },
});

/** Open without signing in, by the intake link's secret: the client's own page before their consultation. */
export const publicIntakeRoutes = defineRoutes<typeof publicIntakeRouteSchemas>()({
  get: { method: 'GET', path: '/api/public/intake/:token' },
  addPhoto: { method: 'POST', path: '/api/public/intake/:token/photos', upload: true },
  submit: { method: 'POST', path: '/api/public/intake/:token', status: 201 },
});
