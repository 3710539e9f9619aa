import { accessTokenSchema, credentialsSchema, passwordChangeSchema, sessionSchema, tokenRequestSchema } from '../auth.js';
import type { RouteSchemas } from './route.js';

export const authRouteSchemas = {
  login: { body: credentialsSchema, response: sessionSchema },
  token: { body: tokenRequestSchema, response: accessTokenSchema },
  me: { response: sessionSchema },
  logout: {},
  changePassword: { body: passwordChangeSchema },
} satisfies Record<string, RouteSchemas>;
