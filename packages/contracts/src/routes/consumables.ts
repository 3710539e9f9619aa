import {
  lotInputSchema,
  lotParamsSchema,
  lotRecallSchema,
  needleInputSchema,
  needleListSchema,
  needleParamsSchema,
  pigmentInputSchema,
  pigmentListSchema,
  pigmentParamsSchema,
} from '../pigments.js';
import { route } from './route.js';

export const pigmentRoutes = {
  list: route({ method: 'GET', path: '/api/pigments', response: pigmentListSchema }),
  add: route({ method: 'POST', path: '/api/pigments', body: pigmentInputSchema, response: pigmentListSchema }),
  addLot: route({ method: 'POST', path: '/api/pigments/:id/lots', params: pigmentParamsSchema, body: lotInputSchema, response: pigmentListSchema }),
  lotRecall: route({ method: 'GET', path: '/api/pigment-lots/:id/clients', params: lotParamsSchema, response: lotRecallSchema }),
};

export const needleRoutes = {
  list: route({ method: 'GET', path: '/api/needles', response: needleListSchema }),
  add: route({ method: 'POST', path: '/api/needles', body: needleInputSchema, response: needleListSchema }),
  addLot: route({ method: 'POST', path: '/api/needles/:id/lots', params: needleParamsSchema, body: lotInputSchema, response: needleListSchema }),
  lotRecall: route({ method: 'GET', path: '/api/needle-lots/:id/clients', params: lotParamsSchema, response: lotRecallSchema }),
};
