import { linkTokenParamsSchema, rescheduleRequestSchema, unsubscribedSchema, unsubscribeSchema, visitSchema } from '../client-links.js';
import type { RouteSchemas } from './route.js';

export const clientLinkRouteSchemas = {
  visit: { params: linkTokenParamsSchema, response: visitSchema },
  confirm: { params: linkTokenParamsSchema, response: visitSchema },
  requestReschedule: { params: linkTokenParamsSchema, body: rescheduleRequestSchema, response: visitSchema },
  unsubscribe: { params: linkTokenParamsSchema, body: unsubscribeSchema, response: unsubscribedSchema },
} satisfies Record<string, RouteSchemas>;
