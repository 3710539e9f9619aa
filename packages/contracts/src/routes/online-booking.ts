import type { onlineBookingRouteSchemas, onlineClientRouteSchemas, publicBookingRouteSchemas } from './online-booking.schemas.js';
import { defineRoutes } from './route.js';

/** The owners' choices of what is offered online. */
export const onlineBookingRoutes = defineRoutes<typeof onlineBookingRouteSchemas>()({
  settings: { method: 'GET', path: '/api/clinic/online-booking' },
  updateSettings: { method: 'PUT', path: '/api/clinic/online-booking' },
});

/** Open without signing in, rate-limited: a client books a consultation, then moves or cancels it by its link. */
export const publicBookingRoutes = defineRoutes<typeof publicBookingRouteSchemas>()({
  options: { method: 'GET', path: '/api/public/booking/options' },
  slots: { method: 'GET', path: '/api/public/booking/slots' },
  start: { method: 'POST', path: '/api/public/booking/start', status: 200 },
  verify: { method: 'POST', path: '/api/public/booking/verify', status: 200 },
  confirm: { method: 'POST', path: '/api/public/booking/confirm', status: 201 },
  manage: { method: 'GET', path: '/api/public/booking/manage/:token' },
  manageSlots: { method: 'GET', path: '/api/public/booking/manage/:token/slots' },
  reschedule: { method: 'POST', path: '/api/public/booking/manage/:token/reschedule', status: 200 },
  cancel: { method: 'POST', path: '/api/public/booking/manage/:token/cancel', status: 200 },
});

/** Reception's list of clients that online bookings created, to confirm. */
export const onlineClientRoutes = defineRoutes<typeof onlineClientRouteSchemas>()({
  list: { method: 'GET', path: '/api/online-clients' },
  confirm: { method: 'POST', path: '/api/online-clients/:id/confirm', status: 200 },
});
