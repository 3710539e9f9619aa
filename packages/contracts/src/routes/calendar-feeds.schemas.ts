import { calendarFeedParamsSchema, calendarFeedSchema, newCalendarFeedSchema } from '../calendar-feeds.js';
import type { RouteSchemas } from './route.js';

export const calendarFeedRouteSchemas = {
  get: { response: calendarFeedSchema },
  create: { response: newCalendarFeedSchema },
  revoke: {},
  feed: { params: calendarFeedParamsSchema },
} satisfies Record<string, RouteSchemas>;
