import { accessTokenSchema, credentialsSchema, passwordChangeSchema, sessionSchema, tokenRequestSchema } from '../auth.js';
import { route } from './route.js';

export const authRoutes = {
  login: route({ method: 'POST', path: '/api/auth/login', body: credentialsSchema, response: sessionSchema, status: 200 }),
  token: route({ method: 'POST', path: '/api/auth/token', body: tokenRequestSchema, response: accessTokenSchema }),
  me: route({ method: 'GET', path: '/api/auth/me', response: sessionSchema }),
  logout: route({ method: 'POST', path: '/api/auth/logout', status: 204 }),
  changePassword: route({ method: 'POST', path: '/api/auth/password', body: passwordChangeSchema, status: 204 }),
};
