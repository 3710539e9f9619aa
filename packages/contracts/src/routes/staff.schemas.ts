import {
  artistListSchema,
  certificationInputSchema,
  certificationOverrideInputSchema,
  certificationParamsSchema,
  passwordResetSchema,
  staffIdParamsSchema,
  staffInputSchema,
  staffListQuerySchema,
  staffPageSchema,
  staffPatchSchema,
  staffSchema,
} from '../staff.js';
import type { RouteSchemas } from './route.js';

export const staffRouteSchemas = {
  list: { query: staffListQuerySchema, response: staffPageSchema },
  create: { body: staffInputSchema, response: staffSchema },
  get: { params: staffIdParamsSchema, response: staffSchema },
  update: { params: staffIdParamsSchema, body: staffPatchSchema, response: staffSchema },
  deactivate: { params: staffIdParamsSchema, response: staffSchema },
  reactivate: { params: staffIdParamsSchema, response: staffSchema },
  setPassword: { params: staffIdParamsSchema, body: passwordResetSchema },
  addCertification: { params: staffIdParamsSchema, body: certificationInputSchema, response: staffSchema },
  removeCertification: { params: certificationParamsSchema, response: staffSchema },
  overrideCertification: { params: certificationParamsSchema, body: certificationOverrideInputSchema, response: staffSchema },
} satisfies Record<string, RouteSchemas>;

export const artistRouteSchemas = {
  list: { response: artistListSchema },
} satisfies Record<string, RouteSchemas>;
