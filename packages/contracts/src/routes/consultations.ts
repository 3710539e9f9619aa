import { clientIdParamsSchema } from '../clients.js';
import {
  clientPhotosQuerySchema,
  consultationBookingSchema,
  consultationCancellationSchema,
  consultationListQuerySchema,
  consultationPageSchema,
  consultationParamsSchema,
  consultationRecordSchema,
  consultationSchema,
  PHOTO_MAX_BYTES,
  photoFileQuerySchema,
  photoPageSchema,
  photoParamsSchema,
  photoSchema,
  photoUploadFieldsSchema,
} from '../consultations.js';
import { route } from './route.js';

export const consultationRoutes = {
  list: route({ method: 'GET', path: '/api/clients/:id/consultations', params: clientIdParamsSchema, query: consultationListQuerySchema, response: consultationPageSchema }),
  book: route({ method: 'POST', path: '/api/clients/:id/consultations', params: clientIdParamsSchema, body: consultationBookingSchema, response: consultationSchema }),
  get: route({ method: 'GET', path: '/api/clients/:id/consultations/:consultationId', params: consultationParamsSchema, response: consultationSchema }),
  record: route({ method: 'PUT', path: '/api/clients/:id/consultations/:consultationId/record', params: consultationParamsSchema, body: consultationRecordSchema, response: consultationSchema }),
  cancel: route({
    method: 'POST',
    path: '/api/clients/:id/consultations/:consultationId/cancel',
    params: consultationParamsSchema,
    body: consultationCancellationSchema,
    response: consultationSchema,
    status: 200,
  }),
  addPhoto: route({
    method: 'POST',
    path: '/api/clients/:id/consultations/:consultationId/photos',
    params: consultationParamsSchema,
    body: photoUploadFieldsSchema,
    upload: { maxBytes: PHOTO_MAX_BYTES },
    response: photoSchema,
  }),
};

export const photoRoutes = {
  list: route({ method: 'GET', path: '/api/clients/:id/photos', params: clientIdParamsSchema, query: clientPhotosQuerySchema, response: photoPageSchema }),
  file: route({ method: 'GET', path: '/api/photos/:id/file', params: photoParamsSchema, query: photoFileQuerySchema, file: true }),
};
