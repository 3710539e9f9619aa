import type { todayRouteSchemas } from './today.schemas.js';
import { defineRoutes } from './route.js';

/** The signed-in person's landing page: what their role needs today. */
export const todayRoutes = defineRoutes<typeof todayRouteSchemas>()({
  get: { method: 'GET', path: '/api/today' },
});
