import type { authRouteSchemas } from './auth.schemas.js';
import { defineRoutes } from './route.js';

export const authRoutes = defineRoutes<typeof authRouteSchemas>()({
  login: { method: 'POST', path: '/api/auth/login', status: 200 },
  token: { method: 'POST', path: '/api/auth/token' },
  me: { method: 'GET', path: '/api/auth/me' },
  logout: { method: 'POST', path: '/api/auth/logout', status: 204 },
  changePassword: { method: 'POST', path: '/api/auth/password', status: 204 },
});
