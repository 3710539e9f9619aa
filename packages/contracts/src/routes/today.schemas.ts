import { todayQuerySchema, todaySchema } from '../today.js';
import type { RouteSchemas } from './route.js';

export const todayRouteSchemas = {
  get: { query: todayQuerySchema, response: todaySchema },
} satisfies Record<string, RouteSchemas>;
