import { Injectable, type CallHandler, type ExecutionContext, type NestInterceptor } from '@nestjs/common';
import { problemTypes } from '@smp/contracts';
import type { FastifyRequest } from 'fastify';
import { catchError, type Observable } from 'rxjs';
import { actorOf } from '../audit/actor.js';
import { ProblemException } from '../http/problem.js';
import { AuthService } from './auth.service.js';

/**
 * Sign-in input is validated by the contract before the controller runs; this
 * counts an attempt the contract refused under the throttle, as a wrong password
 * would be (interceptors wrap the validation pipes).
 */
@Injectable()
export class CountMalformedSignIns implements NestInterceptor {
  constructor(private readonly auth: AuthService) {}

  intercept(context: ExecutionContext, next: CallHandler): Observable<unknown> {
    const request = context.switchToHttp().getRequest<FastifyRequest>();
    return next.handle().pipe(
      catchError(async (error: unknown) => {
        if (error instanceof ProblemException && error.problem.type === problemTypes.validation) {
          const body: unknown = request.body;
          const typedEmail = typeof body === 'object' && body !== null ? (body as { email?: unknown }).email : undefined;
          await this.auth.countMalformedSignIn(typedEmail, actorOf(request));
        }
        throw error;
      }),
    );
  }
}
