import { z } from 'zod';
import {
  bookingCancelSchema,
  bookingConfirmedSchema,
  bookingConfirmSchema,
  bookingHeldSchema,
  bookingOptionsSchema,
  bookingRescheduleSchema,
  bookingSlotsQuerySchema,
  bookingSlotsSchema,
  bookingStartedSchema,
  bookingStartSchema,
  bookingVerifySchema,
  managedBookingSchema,
  manageSlotsQuerySchema,
  manageTokenParamsSchema,
  onlineBookingSettingsInputSchema,
  onlineBookingSettingsSchema,
  onlineClientSchema,
  onlineClientsSchema,
} from '../online-booking.js';
import { uuidParam } from '../fields.js';
import type { RouteSchemas } from './route.js';

export const onlineBookingRouteSchemas = {
  settings: { response: onlineBookingSettingsSchema },
  updateSettings: { body: onlineBookingSettingsInputSchema, response: onlineBookingSettingsSchema },
} satisfies Record<string, RouteSchemas>;

export const publicBookingRouteSchemas = {
  options: { response: bookingOptionsSchema },
  slots: { query: bookingSlotsQuerySchema, response: bookingSlotsSchema },
  start: { body: bookingStartSchema, response: bookingStartedSchema },
  verify: { body: bookingVerifySchema, response: bookingHeldSchema },
  confirm: { body: bookingConfirmSchema, response: bookingConfirmedSchema },
  manage: { params: manageTokenParamsSchema, response: managedBookingSchema },
  manageSlots: { params: manageTokenParamsSchema, query: manageSlotsQuerySchema, response: bookingSlotsSchema },
  reschedule: { params: manageTokenParamsSchema, body: bookingRescheduleSchema, response: managedBookingSchema },
  cancel: { params: manageTokenParamsSchema, body: bookingCancelSchema, response: managedBookingSchema },
} satisfies Record<string, RouteSchemas>;

export const onlineClientRouteSchemas = {
  list: { response: onlineClientsSchema },
  confirm: { params: uuidParam('Not a client id'), body: z.strictObject({}).optional(), response: onlineClientSchema },
} satisfies Record<string, RouteSchemas>;
