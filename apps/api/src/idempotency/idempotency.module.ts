import { Global, Module } from '@nestjs/common';
import { IdempotencyInterceptor } from './idempotency.interceptor.js';
import { IdempotencyKeys } from './idempotency-keys.queries.js';

/** Global, so that every feature's controllers can use @Idempotent(). */
@Global()
@Module({ providers: [IdempotencyKeys, IdempotencyInterceptor], exports: [IdempotencyKeys, IdempotencyInterceptor] })
export class IdempotencyModule {}
