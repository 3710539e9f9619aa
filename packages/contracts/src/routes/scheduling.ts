import { appointmentIdParamsSchema, appointmentSchema } from '../appointments.js';
import {
  addSessionSchema,
  appointmentDetailSchema,
  appointmentInputSchema,
  appointmentListSchema,
  appointmentMoveSchema,
  appointmentStatusChangeSchema,
  artistHoursInputSchema,
  artistScheduleSchema,
  availabilityQuerySchema,
  availabilitySchema,
  calendarQuerySchema,
  closureInputSchema,
  closureListSchema,
  closureParamsSchema,
  contactInputSchema,
  followUpListSchema,
  nextSessionSlotsQuerySchema,
  planCancellationSchema,
  planInputSchema,
  planListQuerySchema,
  planListSchema,
  planParamsSchema,
  planSchema,
  priceListInputSchema,
  priceListSchema,
  roomInputSchema,
  roomListSchema,
  roomParamsSchema,
  timeOffInputSchema,
  timeOffParamsSchema,
} from '../scheduling.js';
import { staffIdParamsSchema } from '../staff.js';
import { route } from './route.js';

export const appointmentRoutes = {
  list: route({ method: 'GET', path: '/api/appointments', query: calendarQuerySchema, response: appointmentListSchema }),
  book: route({ method: 'POST', path: '/api/appointments', body: appointmentInputSchema, response: appointmentSchema }),
  get: route({ method: 'GET', path: '/api/appointments/:id', params: appointmentIdParamsSchema, response: appointmentDetailSchema }),
  move: route({ method: 'PATCH', path: '/api/appointments/:id', params: appointmentIdParamsSchema, body: appointmentMoveSchema, response: appointmentSchema }),
  setStatus: route({
    method: 'POST',
    path: '/api/appointments/:id/status',
    params: appointmentIdParamsSchema,
    body: appointmentStatusChangeSchema,
    response: appointmentSchema,
    status: 200,
  }),
};

export const availabilityRoutes = {
  find: route({ method: 'GET', path: '/api/availability', query: availabilityQuerySchema, response: availabilitySchema }),
};

export const roomRoutes = {
  list: route({ method: 'GET', path: '/api/rooms', response: roomListSchema }),
  add: route({ method: 'POST', path: '/api/rooms', body: roomInputSchema, response: roomListSchema }),
  archive: route({ method: 'POST', path: '/api/rooms/:id/archive', params: roomParamsSchema, response: roomListSchema, status: 200 }),
  restore: route({ method: 'POST', path: '/api/rooms/:id/restore', params: roomParamsSchema, response: roomListSchema, status: 200 }),
};

export const scheduleRoutes = {
  get: route({ method: 'GET', path: '/api/artists/:id/schedule', params: staffIdParamsSchema, response: artistScheduleSchema }),
  setHours: route({ method: 'PUT', path: '/api/artists/:id/hours', params: staffIdParamsSchema, body: artistHoursInputSchema, response: artistScheduleSchema }),
  addTimeOff: route({ method: 'POST', path: '/api/artists/:id/time-off', params: staffIdParamsSchema, body: timeOffInputSchema, response: artistScheduleSchema }),
  removeTimeOff: route({ method: 'DELETE', path: '/api/artists/:id/time-off/:timeOffId', params: timeOffParamsSchema, response: artistScheduleSchema }),
};

export const closureRoutes = {
  list: route({ method: 'GET', path: '/api/closures', response: closureListSchema }),
  add: route({ method: 'POST', path: '/api/closures', body: closureInputSchema, response: closureListSchema }),
  remove: route({ method: 'DELETE', path: '/api/closures/:id', params: closureParamsSchema, response: closureListSchema }),
};

export const followUpRoutes = {
  list: route({ method: 'GET', path: '/api/follow-ups', response: followUpListSchema }),
  logContact: route({ method: 'POST', path: '/api/follow-ups/contacts', body: contactInputSchema, response: followUpListSchema }),
};

export const planRoutes = {
  list: route({ method: 'GET', path: '/api/treatment-plans', query: planListQuerySchema, response: planListSchema }),
  create: route({ method: 'POST', path: '/api/treatment-plans', body: planInputSchema, response: planSchema }),
  get: route({ method: 'GET', path: '/api/treatment-plans/:id', params: planParamsSchema, response: planSchema }),
  start: route({ method: 'POST', path: '/api/treatment-plans/:id/start', params: planParamsSchema, response: planSchema, status: 200 }),
  addSession: route({ method: 'POST', path: '/api/treatment-plans/:id/sessions', params: planParamsSchema, body: addSessionSchema, response: planSchema }),
  cancel: route({ method: 'POST', path: '/api/treatment-plans/:id/cancel', params: planParamsSchema, body: planCancellationSchema, response: planSchema, status: 200 }),
  nextSessionSlots: route({
    method: 'GET',
    path: '/api/treatment-plans/:id/next-session-slots',
    params: planParamsSchema,
    query: nextSessionSlotsQuerySchema,
    response: availabilitySchema,
  }),
};

export const priceRoutes = {
  list: route({ method: 'GET', path: '/api/prices', response: priceListSchema }),
  update: route({ method: 'PUT', path: '/api/prices', body: priceListInputSchema, response: priceListSchema }),
};
