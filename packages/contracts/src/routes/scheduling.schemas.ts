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
  followUpQuerySchema,
  nextSessionSlotsQuerySchema,
  clearanceOverrideSchema,
  planCancellationSchema,
  planClearanceFieldsSchema,
  planClearanceParamsSchema,
  planInputSchema,
  planListQuerySchema,
  planListSchema,
  planParamsSchema,
  planSchema,
  planSessionParamsSchema,
  sessionInclusionSchema,
  priceListInputSchema,
  priceListSchema,
  roomInputSchema,
  roomListSchema,
  roomParamsSchema,
  timeOffInputSchema,
  timeOffParamsSchema,
} from '../scheduling.js';
import { CLEARANCE_MAX_BYTES } from '../screening.js';
import { staffIdParamsSchema } from '../staff.js';
import type { RouteSchemas } from './route.js';

export const appointmentRouteSchemas = {
  list: { query: calendarQuerySchema, response: appointmentListSchema },
  book: { body: appointmentInputSchema, response: appointmentSchema },
  get: { params: appointmentIdParamsSchema, response: appointmentDetailSchema },
  move: { params: appointmentIdParamsSchema, body: appointmentMoveSchema, response: appointmentSchema },
  setStatus: { params: appointmentIdParamsSchema, body: appointmentStatusChangeSchema, response: appointmentSchema },
} satisfies Record<string, RouteSchemas>;

export const availabilityRouteSchemas = {
  find: { query: availabilityQuerySchema, response: availabilitySchema },
} satisfies Record<string, RouteSchemas>;

export const roomRouteSchemas = {
  list: { response: roomListSchema },
  add: { body: roomInputSchema, response: roomListSchema },
  archive: { params: roomParamsSchema, response: roomListSchema },
  restore: { params: roomParamsSchema, response: roomListSchema },
} satisfies Record<string, RouteSchemas>;

export const scheduleRouteSchemas = {
  get: { params: staffIdParamsSchema, response: artistScheduleSchema },
  setHours: { params: staffIdParamsSchema, body: artistHoursInputSchema, response: artistScheduleSchema },
  addTimeOff: { params: staffIdParamsSchema, body: timeOffInputSchema, response: artistScheduleSchema },
  removeTimeOff: { params: timeOffParamsSchema, response: artistScheduleSchema },
} satisfies Record<string, RouteSchemas>;

export const closureRouteSchemas = {
  list: { response: closureListSchema },
  add: { body: closureInputSchema, response: closureListSchema },
  remove: { params: closureParamsSchema, response: closureListSchema },
} satisfies Record<string, RouteSchemas>;

export const followUpRouteSchemas = {
  list: { query: followUpQuerySchema, response: followUpListSchema },
  logContact: { body: contactInputSchema, response: followUpListSchema },
} satisfies Record<string, RouteSchemas>;

export const planRouteSchemas = {
  list: { query: planListQuerySchema, response: planListSchema },
  create: { body: planInputSchema, response: planSchema },
  get: { params: planParamsSchema, response: planSchema },
  start: { params: planParamsSchema, response: planSchema },
  addSession: { params: planParamsSchema, body: addSessionSchema, response: planSchema },
  cancel: { params: planParamsSchema, body: planCancellationSchema, response: planSchema },
  includeSession: { params: planSessionParamsSchema, body: sessionInclusionSchema, response: planSchema },
  nextSessionSlots: { params: planParamsSchema, query: nextSessionSlotsQuerySchema, response: availabilitySchema },
  addClearance: { params: planParamsSchema, body: planClearanceFieldsSchema, uploadMaxBytes: CLEARANCE_MAX_BYTES, response: planSchema },
  overrideClearance: { params: planParamsSchema, body: clearanceOverrideSchema, response: planSchema },
  clearanceDocument: { params: planClearanceParamsSchema },
} satisfies Record<string, RouteSchemas>;

export const priceRouteSchemas = {
  list: { response: priceListSchema },
  update: { body: priceListInputSchema, response: priceListSchema },
} satisfies Record<string, RouteSchemas>;
