import type { pigmentRouteSchemas, needleRouteSchemas } from './consumables.schemas.js';
import { defineRoutes } from './route.js';

export const pigmentRoutes = defineRoutes<typeof pigmentRouteSchemas>()({
  list: { method: 'GET', path: '/api/pigments' },
  add: { method: 'POST', path: '/api/pigments' },
  addLot: { method: 'POST', path: '/api/pigments/:id/lots' },
  lotRecall: { method: 'GET', path: '/api/pigment-lots/:id/clients' },
  lotMovements: { method: 'GET', path: '/api/pigment-lots/:id/movements' },
  adjustLot: { method: 'POST', path: '/api/pigment-lots/:id/adjustments' },
});

export const needleRoutes = defineRoutes<typeof needleRouteSchemas>()({
  list: { method: 'GET', path: '/api/needles' },
  add: { method: 'POST', path: '/api/needles' },
  addLot: { method: 'POST', path: '/api/needles/:id/lots' },
  lotRecall: { method: 'GET', path: '/api/needle-lots/:id/clients' },
  lotMovements: { method: 'GET', path: '/api/needle-lots/:id/movements' },
  adjustLot: { method: 'POST', path: '/api/needle-lots/:id/adjustments' },
});
