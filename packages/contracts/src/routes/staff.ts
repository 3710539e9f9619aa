import {
  artistListSchema,
  certificationInputSchema,
  certificationParamsSchema,
  passwordResetSchema,
  staffIdParamsSchema,
  staffInputSchema,
  staffListQuerySchema,
  staffPageSchema,
  staffPatchSchema,
  staffSchema,
} from '../staff.js';
import { route } from './route.js';

export const staffRoutes = {
  list: route({ method: 'GET', path: '/api/staff', query: staffListQuerySchema, response: staffPageSchema }),
  create: route({ method: 'POST', path: '/api/staff', body: staffInputSchema, response: staffSchema }),
  get: route({ method: 'GET', path: '/api/staff/:id', params: staffIdParamsSchema, response: staffSchema }),
  update: route({ method: 'PATCH', path: '/api/staff/:id', params: staffIdParamsSchema, body: staffPatchSchema, response: staffSchema }),
  deactivate: route({ method: 'POST', path: '/api/staff/:id/deactivate', params: staffIdParamsSchema, response: staffSchema, status: 200 }),
  reactivate: route({ method: 'POST', path: '/api/staff/:id/reactivate', params: staffIdParamsSchema, response: staffSchema, status: 200 }),
  setPassword: route({ method: 'POST', path: '/api/staff/:id/password', params: staffIdParamsSchema, body: passwordResetSchema, status: 204 }),
  addCertification: route({ method: 'POST', path: '/api/staff/:id/certifications', params: staffIdParamsSchema, body: certificationInputSchema, response: staffSchema }),
  removeCertification: route({ method: 'DELETE', path: '/api/staff/:id/certifications/:certificationId', params: certificationParamsSchema, response: staffSchema }),
};

export const artistRoutes = {
  list: route({ method: 'GET', path: '/api/artists', response: artistListSchema }),
};
