import { createParamDecorator, type ExecutionContext } from '@nestjs/common';
import type { FastifyRequest } from 'fastify';
import '../access/signed-in.js';

/** Who is acting and from where, as the audit trail records it. */
export interface Actor {
  /** Null before anyone is signed in (a failed sign-in). */
  staffId: string | null;
  address: string | null;
  requestId: string | null;
}

export function actorOf(request: FastifyRequest): Actor {
  return {
    staffId: request.authentication?.staff.id ?? null,
    // Typed as a string, but it is the socket's remoteAddress: undefined once the client has gone.
    address: request.ip || null,
    requestId: request.id,
  };
}

/**
 * The client acting through a secret link (a reminder's, a booking's, an intake's):
 * no staff member acts, even when one is signed in on the same browser; the audit
 * keeps the address and request.
 */
export function theClient(actor: Actor): Actor {
  return { ...actor, staffId: null };
}

/** Injects the request's Actor into a controller method. */
export const CurrentActor = createParamDecorator((_data: unknown, context: ExecutionContext) => actorOf(context.switchToHttp().getRequest<FastifyRequest>()));
