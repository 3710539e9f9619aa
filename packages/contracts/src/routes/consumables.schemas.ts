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
  stockAdjustmentInputSchema,
  stockMovementListSchema,
} from '../pigments.js';
import type { RouteSchemas } from './route.js';

export const pigmentRouteSchemas = {
  list: { response: pigmentListSchema },
  add: { body: pigmentInputSchema, response: pigmentListSchema },
  addLot: { params: pigmentParamsSchema, body: lotInputSchema, response: pigmentListSchema },
  lotRecall: { params: lotParamsSchema, response: lotRecallSchema },
  lotMovements: { params: lotParamsSchema, response: stockMovementListSchema },
  adjustLot: { params: lotParamsSchema, body: stockAdjustmentInputSchema, response: pigmentListSchema },
} satisfies Record<string, RouteSchemas>;

export const needleRouteSchemas = {
  list: { response: needleListSchema },
  add: { body: needleInputSchema, response: needleListSchema },
  addLot: { params: needleParamsSchema, body: lotInputSchema, response: needleListSchema },
  lotRecall: { params: lotParamsSchema, response: lotRecallSchema },
  lotMovements: { params: lotParamsSchema, response: stockMovementListSchema },
  adjustLot: { params: lotParamsSchema, body: stockAdjustmentInputSchema, response: needleListSchema },
} satisfies Record<string, RouteSchemas>;
