import { createParamDecorator, type ExecutionContext } from '@nestjs/common';
import type { FastifyRequest } from 'fastify';
import type { SignedInStaff } from '@smp/contracts';

/** The session a request was authenticated with, attached to the request by the access guard. */
export interface Authentication {
  sessionId: string;
  kind: 'cookie' | 'bearer';
  /** Null for bearer tokens, which cannot be sent by a browser on its own and so need none. */
  csrfToken: string | null;
  expiresAt: Date;
  idleMinutes: number;
  staff: SignedInStaff;
}

declare module 'fastify' {
  interface FastifyRequest {
    authentication?: Authentication;
  }
}

/** Injects the request's Authentication into a controller method of a signed-in endpoint. */
export const CurrentAuthentication = createParamDecorator((_data: unknown, context: ExecutionContext): Authentication => {
  const authentication = context.switchToHttp().getRequest<FastifyRequest>().authentication;
  // The access guard sets it on every endpoint that is not public; its absence is a wiring mistake.
  if (!authentication) throw new Error('CurrentAuthentication used on an endpoint without a signed-in rule');
  return authentication;
});
