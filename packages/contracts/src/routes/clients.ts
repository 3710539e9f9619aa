import { clientIdParamsSchema, clientInputSchema, clientListQuerySchema, clientPageSchema, clientPatchSchema, clientSchema, duplicateOverrideQuerySchema } from '../clients.js';
import { route } from './route.js';

export const clientRoutes = {
  list: route({ method: 'GET', path: '/api/clients', query: clientListQuerySchema, response: clientPageSchema }),
  create: route({ method: 'POST', path: '/api/clients', query: duplicateOverrideQuerySchema, body: clientInputSchema, response: clientSchema }),
  get: route({ method: 'GET', path: '/api/clients/:id', params: clientIdParamsSchema, response: clientSchema }),
  update: route({ method: 'PATCH', path: '/api/clients/:id', params: clientIdParamsSchema, query: duplicateOverrideQuerySchema, body: clientPatchSchema, response: clientSchema }),
  archive: route({ method: 'POST', path: '/api/clients/:id/archive', params: clientIdParamsSchema, response: clientSchema, status: 200 }),
  restore: route({ method: 'POST', path: '/api/clients/:id/restore', params: clientIdParamsSchema, response: clientSchema, status: 200 }),
};
