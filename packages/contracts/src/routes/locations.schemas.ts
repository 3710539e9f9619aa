import { locationInputSchema, locationListSchema, locationParamsSchema, locationSchema, staffLocationsInputSchema, staffLocationsSchema } from '../locations.js';
import { staffIdParamsSchema } from '../staff.js';
import type { RouteSchemas } from './route.js';

export const locationRouteSchemas = {
  list: { response: locationListSchema },
  add: { body: locationInputSchema, response: locationSchema },
  update: { params: locationParamsSchema, body: locationInputSchema, response: locationSchema },
  archive: { params: locationParamsSchema, response: locationSchema },
  restore: { params: locationParamsSchema, response: locationSchema },
  staffLocations: { params: staffIdParamsSchema, response: staffLocationsSchema },
  setStaffLocations: { params: staffIdParamsSchema, body: staffLocationsInputSchema, response: staffLocationsSchema },
} satisfies Record<string, RouteSchemas>;
