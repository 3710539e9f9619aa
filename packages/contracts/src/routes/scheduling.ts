import type {
  appointmentRouteSchemas,
  availabilityRouteSchemas,
  roomRouteSchemas,
  scheduleRouteSchemas,
  closureRouteSchemas,
  followUpRouteSchemas,
  planRouteSchemas,
  priceRouteSchemas,
} from './scheduling.schemas.js';
import { defineRoutes } from './route.js';

export const appointmentRoutes = defineRoutes<typeof appointmentRouteSchemas>()({
  list: { method: 'GET', path: '/api/appointments' },
  book: { method: 'POST', path: '/api/appointments' },
  get: { method: 'GET', path: '/api/appointments/:id' },
  move: { method: 'PATCH', path: '/api/appointments/:id' },
  setStatus: { method: 'POST', path: '/api/appointments/:id/status', status: 200 },
});

export const availabilityRoutes = defineRoutes<typeof availabilityRouteSchemas>()({
  find: { method: 'GET', path: '/api/availability' },
});

export const roomRoutes = defineRoutes<typeof roomRouteSchemas>()({
  list: { method: 'GET', path: '/api/rooms' },
  add: { method: 'POST', path: '/api/rooms' },
  archive: { method: 'POST', path: '/api/rooms/:id/archive', status: 200 },
  restore: { method: 'POST', path: '/api/rooms/:id/restore', status: 200 },
});

export const scheduleRoutes = defineRoutes<typeof scheduleRouteSchemas>()({
  get: { method: 'GET', path: '/api/artists/:id/schedule' },
  setHours: { method: 'PUT', path: '/api/artists/:id/hours' },
  addTimeOff: { method: 'POST', path: '/api/artists/:id/time-off' },
  removeTimeOff: { method: 'DELETE', path: '/api/artists/:id/time-off/:timeOffId' },
});

export const closureRoutes = defineRoutes<typeof closureRouteSchemas>()({
  list: { method: 'GET', path: '/api/closures' },
  add: { method: 'POST', path: '/api/closures' },
  remove: { method: 'DELETE', path: '/api/closures/:id' },
});

export const followUpRoutes = defineRoutes<typeof followUpRouteSchemas>()({
  list: { method: 'GET', path: '/api/follow-ups' },
  logContact: { method: 'POST', path: '/api/follow-ups/contacts' },
});

export const planRoutes = defineRoutes<typeof planRouteSchemas>()({
  list: { method: 'GET', path: '/api/treatment-plans' },
  create: { method: 'POST', path: '/api/treatment-plans' },
  get: { method: 'GET', path: '/api/treatment-plans/:id' },
  start: { method: 'POST', path: '/api/treatment-plans/:id/start', status: 200 },
  addSession: { method: 'POST', path: '/api/treatment-plans/:id/sessions' },
  cancel: { method: 'POST', path: '/api/treatment-plans/:id/cancel', status: 200 },
  includeSession: { method: 'POST', path: '/api/treatment-plans/:id/sessions/:sessionId/included', status: 200 },
  nextSessionSlots: { method: 'GET', path: '/api/treatment-plans/:id/next-session-slots' },
  addClearance: { method: 'POST', path: '/api/treatment-plans/:id/clearances', upload: true },
  overrideClearance: { method: 'POST', path: '/api/treatment-plans/:id/clearance-override', status: 200 },
  clearanceDocument: { method: 'GET', path: '/api/plan-clearances/:id/document', file: true },
});

export const priceRoutes = defineRoutes<typeof priceRouteSchemas>()({
  list: { method: 'GET', path: '/api/prices' },
  update: { method: 'PUT', path: '/api/prices' },
});
