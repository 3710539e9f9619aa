import { appointmentIdParamsSchema } from '../appointments.js';
import { clientIdParamsSchema } from '../clients.js';
import { PHOTO_MAX_BYTES, photoSchema, sessionPhotoFieldsSchema } from '../consultations.js';
import {
  addendumInputSchema,
  historyPageSchema,
  historyQuerySchema,
  progressionQuerySchema,
  progressionSchema,
  sessionRecordInputSchema,
  sessionRecordParamsSchema,
  sessionRecordSchema,
  treatmentReportQuerySchema,
  treatmentReportSchema,
} from '../session-records.js';
import type { RouteSchemas } from './route.js';

export const sessionRecordRouteSchemas = {
  record: { params: appointmentIdParamsSchema, body: sessionRecordInputSchema, response: sessionRecordSchema },
  forAppointment: { params: appointmentIdParamsSchema, response: sessionRecordSchema },
  addPhoto: { params: appointmentIdParamsSchema, body: sessionPhotoFieldsSchema, uploadMaxBytes: PHOTO_MAX_BYTES, response: photoSchema },
  get: { params: sessionRecordParamsSchema, response: sessionRecordSchema },
  addAddendum: { params: sessionRecordParamsSchema, body: addendumInputSchema, response: sessionRecordSchema },
} satisfies Record<string, RouteSchemas>;

export const historyRouteSchemas = {
  list: { params: clientIdParamsSchema, query: historyQuerySchema, response: historyPageSchema },
} satisfies Record<string, RouteSchemas>;

export const progressionRouteSchemas = {
  get: { params: clientIdParamsSchema, query: progressionQuerySchema, response: progressionSchema },
} satisfies Record<string, RouteSchemas>;

export const treatmentReportRouteSchemas = {
  get: { query: treatmentReportQuerySchema, response: treatmentReportSchema },
} satisfies Record<string, RouteSchemas>;
