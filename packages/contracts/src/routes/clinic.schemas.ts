import { auditListQuerySchema, auditPageSchema } from '../audit.js';
import { clinicSettingsInputSchema, clinicSettingsSchema } from '../clinic.js';
import { healthSchema } from '../health.js';
import type { RouteSchemas } from './route.js';

export const clinicRouteSchemas = {
  get: { response: clinicSettingsSchema },
  update: { body: clinicSettingsInputSchema, response: clinicSettingsSchema },
  dataExport: {},
} satisfies Record<string, RouteSchemas>;

export const auditRouteSchemas = {
  list: { query: auditListQuerySchema, response: auditPageSchema },
} satisfies Record<string, RouteSchemas>;

export const healthRouteSchemas = {
  check: { response: healthSchema },
} satisfies Record<string, RouteSchemas>;

export const documentationRouteSchemas = {
  openApi: {},
  page: {},
  startScript: {},
} satisfies Record<string, RouteSchemas>;
