import { clientIdParamsSchema, clientInputSchema, clientListQuerySchema, clientPageSchema, clientPatchSchema, clientSchema, duplicateOverrideQuerySchema } from '../clients.js';
import { pageViewQuerySchema } from '../audit.js';
import type { RouteSchemas } from './route.js';

export const clientRouteSchemas = {
  list: { query: clientListQuerySchema, response: clientPageSchema },
  create: { query: duplicateOverrideQuerySchema, body: clientInputSchema, response: clientSchema },
  get: { params: clientIdParamsSchema, query: pageViewQuerySchema, response: clientSchema },
  update: { params: clientIdParamsSchema, query: duplicateOverrideQuerySchema, body: clientPatchSchema, response: clientSchema },
  archive: { params: clientIdParamsSchema, response: clientSchema },
  restore: { params: clientIdParamsSchema, response: clientSchema },
  recordArchive: { params: clientIdParamsSchema },
} satisfies Record<string, RouteSchemas>;
