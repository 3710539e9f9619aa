import { accessTokenSchema, credentialsSchema, passwordChangeSchema, signInSessionSchema, tokenRequestSchema } from '../auth.js';
import type { RouteSchemas } from './route.js';

export const authRouteSchemas = {
  login: { body: credentialsSchema, response: signInSessionSchema },
  token: { body: tokenRequestSchema, response: accessTokenSchema },
  me: { response: signInSessionSchema },
  logout: {},
  changePassword: { body: passwordChangeSchema },
} satisfies Record<string, RouteSchemas>;
