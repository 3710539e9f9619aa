import { clientIdParamsSchema } from '../clients.js';
import { designInputSchema, designListSchema, designParamsSchema, designSchema, designVersionInputSchema } from '../designs.js';
import type { RouteSchemas } from './route.js';

export const designRouteSchemas = {
  list: { params: clientIdParamsSchema, response: designListSchema },
  create: { params: clientIdParamsSchema, body: designInputSchema, response: designSchema },
  get: { params: designParamsSchema, response: designSchema },
  addVersion: { params: designParamsSchema, body: designVersionInputSchema, response: designSchema },
} satisfies Record<string, RouteSchemas>;
