import type { sessionRecordRouteSchemas, historyRouteSchemas, progressionRouteSchemas, treatmentReportRouteSchemas } from './sessions.schemas.js';
import { defineRoutes } from './route.js';

export const sessionRecordRoutes = defineRoutes<typeof sessionRecordRouteSchemas>()({
  record: { method: 'POST', path: '/api/appointments/:id/session-record' },
  forAppointment: { method: 'GET', path: '/api/appointments/:id/session-record' },
  addPhoto: { method: 'POST', path: '/api/appointments/:id/photos', upload: true },
  get: { method: 'GET', path: '/api/session-records/:id' },
  addAddendum: { method: 'POST', path: '/api/session-records/:id/addenda' },
});

export const historyRoutes = defineRoutes<typeof historyRouteSchemas>()({
  list: { method: 'GET', path: '/api/clients/:id/history' },
});

/** Session by session, the pigments and lots used beside the before and after photos. */
export const progressionRoutes = defineRoutes<typeof progressionRouteSchemas>()({
  get: { method: 'GET', path: '/api/clients/:id/shade-progression' },
});

/** JSON, or with `format=csv` a CSV file to link to. */
export const treatmentReportRoutes = defineRoutes<typeof treatmentReportRouteSchemas>()({
  get: { method: 'GET', path: '/api/treatment-history' },
});
