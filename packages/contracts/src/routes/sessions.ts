import { appointmentIdParamsSchema } from '../appointments.js';
import { clientIdParamsSchema } from '../clients.js';
import { PHOTO_MAX_BYTES, photoSchema, sessionPhotoFieldsSchema } from '../consultations.js';
import {
  addendumInputSchema,
  historyPageSchema,
  historyQuerySchema,
  sessionRecordInputSchema,
  sessionRecordParamsSchema,
  sessionRecordSchema,
  treatmentReportQuerySchema,
  treatmentReportSchema,
} from '../session-records.js';
import { route } from './route.js';

export const sessionRecordRoutes = {
  record: route({ method: 'POST', path: '/api/appointments/:id/session-record', params: appointmentIdParamsSchema, body: sessionRecordInputSchema, response: sessionRecordSchema }),
  forAppointment: route({ method: 'GET', path: '/api/appointments/:id/session-record', params: appointmentIdParamsSchema, response: sessionRecordSchema }),
  addPhoto: route({
    method: 'POST',
    path: '/api/appointments/:id/photos',
    params: appointmentIdParamsSchema,
    body: sessionPhotoFieldsSchema,
    upload: { maxBytes: PHOTO_MAX_BYTES },
    response: photoSchema,
  }),
  get: route({ method: 'GET', path: '/api/session-records/:id', params: sessionRecordParamsSchema, response: sessionRecordSchema }),
  addAddendum: route({ method: 'POST', path: '/api/session-records/:id/addenda', params: sessionRecordParamsSchema, body: addendumInputSchema, response: sessionRecordSchema }),
};

export const historyRoutes = {
  list: route({ method: 'GET', path: '/api/clients/:id/history', params: clientIdParamsSchema, query: historyQuerySchema, response: historyPageSchema }),
};

/** JSON, or with `format=csv` a CSV file to link to. */
export const treatmentReportRoutes = {
  get: route({ method: 'GET', path: '/api/treatment-history', query: treatmentReportQuerySchema, response: treatmentReportSchema }),
};
