import { Injectable, type CallHandler, type ExecutionContext, type NestInterceptor } from '@nestjs/common';
import { problemTypes } from '@smp/contracts';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { catchError, mergeMap, of, type Observable } from 'rxjs';
import { ProblemException, validationProblem } from '../http/problem.js';
import type { UploadedFile } from '../http/uploads.js';
import '../access/signed-in.js';
import { IDEMPOTENCY_KEY_HEADER, readIdempotencyKey, REPLAYED_HEADER, requestFingerprint } from './idempotency-key.js';
import { IdempotencyKeys, type KeyClaim } from './idempotency-keys.queries.js';

/**
 * Makes a creation safe to retry when its answer was lost: a request with an
 * Idempotency-Key runs once, and a repeat with the same key and body gets the
 * first answer again. Runs after the access guard, so keys are per staff member.
 */
@Injectable()
export class IdempotencyInterceptor implements NestInterceptor {
  constructor(private readonly keys: IdempotencyKeys) {}

  async intercept(context: ExecutionContext, next: CallHandler): Promise<Observable<unknown>> {
    const request = context.switchToHttp().getRequest<FastifyRequest>();
    const reply = context.switchToHttp().getResponse<FastifyReply>();
    const { key, error } = readIdempotencyKey(request.headers[IDEMPOTENCY_KEY_HEADER.toLowerCase()]);
    if (error) throw validationProblem([error]);
    if (key === undefined || !request.authentication) return next.handle();

    const claim: KeyClaim = {
      staffId: request.authentication.staff.id,
      key,
      request: `${request.method} ${request.url}`,
      fingerprint: requestFingerprint(request.body, (request as { file?: UploadedFile }).file?.buffer),
    };
    const reservation = await this.keys.reserve(claim);
    switch (reservation.kind) {
      case 'answered':
        reply.code(reservation.status).header(REPLAYED_HEADER, 'true');
        return of(reservation.body);
      case 'other-request':
        throw new ProblemException({
          type: problemTypes.validation,
          title: 'Idempotency-Key reused',
          status: 422,
          detail: `This ${IDEMPOTENCY_KEY_HEADER} was used for a different request; use a new key for a new request`,
          errors: [{ field: IDEMPOTENCY_KEY_HEADER, message: 'Already used for a different request' }],
        });
      case 'in-progress':
        throw new ProblemException({
          type: problemTypes.conflict,
          title: 'Request in progress',
          status: 409,
          detail: `A request with this ${IDEMPOTENCY_KEY_HEADER} is still being served; repeat it shortly for its answer`,
          retryAfterSeconds: 1,
        });
      case 'reserved':
        return next.handle().pipe(
          // Only a failed request frees its key: once the record exists, the key stays taken even if saving the answer fails.
          catchError(async (failure: unknown) => {
            await this.keys.release(claim).catch(() => undefined);
            throw failure;
          }),
          mergeMap(async (body: unknown) => {
            await this.keys.complete(claim, reply.statusCode, body);
            return body;
          }),
        );
    }
  }
}
