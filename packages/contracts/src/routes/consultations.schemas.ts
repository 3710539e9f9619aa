import { clientIdParamsSchema } from '../clients.js';
import {
  clientPhotosQuerySchema,
  consultationBookingSchema,
  consultationCancellationSchema,
  consultationListQuerySchema,
  consultationPageSchema,
  consultationParamsSchema,
  consultationRecordRequestSchema,
  consultationSchema,
  PHOTO_MAX_BYTES,
  photoFileQuerySchema,
  photoPageSchema,
  photoParamsSchema,
  photoSchema,
  photoUploadFieldsSchema,
} from '../consultations.js';
import type { RouteSchemas } from './route.js';

export const consultationRouteSchemas = {
  list: { params: clientIdParamsSchema, query: consultationListQuerySchema, response: consultationPageSchema },
  book: { params: clientIdParamsSchema, body: consultationBookingSchema, response: consultationSchema },
  get: { params: consultationParamsSchema, response: consultationSchema },
  record: { params: consultationParamsSchema, body: consultationRecordRequestSchema, response: consultationSchema },
  cancel: { params: consultationParamsSchema, body: consultationCancellationSchema, response: consultationSchema },
  addPhoto: { params: consultationParamsSchema, body: photoUploadFieldsSchema, uploadMaxBytes: PHOTO_MAX_BYTES, response: photoSchema },
} satisfies Record<string, RouteSchemas>;

export const photoRouteSchemas = {
  list: { params: clientIdParamsSchema, query: clientPhotosQuerySchema, response: photoPageSchema },
  file: { params: photoParamsSchema, query: photoFileQuerySchema },
} satisfies Record<string, RouteSchemas>;
