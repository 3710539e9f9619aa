import type { calendarFeedRouteSchemas } from './calendar-feeds.schemas.js';
import { defineRoutes } from './route.js';

/** An artist's calendar subscription: their own address to manage, and the feed it serves without signing in. */
export const calendarFeedRoutes = defineRoutes<typeof calendarFeedRouteSchemas>()({
  get: { method: 'GET', path: '/api/me/calendar-feed' },
  create: { method: 'POST', path: '/api/me/calendar-feed' },
  revoke: { method: 'DELETE', path: '/api/me/calendar-feed', status: 204 },
  feed: { method: 'GET', path: '/api/calendar-feeds/:token.ics', file: true },
});
