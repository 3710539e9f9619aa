import { applyDecorators, Injectable, SetMetadata, UseGuards, type CanActivate, type ExecutionContext } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import type { FastifyRequest } from 'fastify';
import { RateLimiter } from './rate-limiter.js';
import { emailKey, type RateLimitRule } from './rate-limits.js';

const RATE_LIMIT_RULE = 'smp:rate-limit-rule';

/** Counts each request to the route against its rule, after the access guard and before its input is validated. */
@Injectable()
export class RateLimitGuard implements CanActivate {
  constructor(
    private readonly reflector: Reflector,
    private readonly limiter: RateLimiter,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const rule = this.reflector.get<RateLimitRule | undefined>(RATE_LIMIT_RULE, context.getHandler());
    if (!rule) return true;
    const request = context.switchToHttp().getRequest<FastifyRequest>();
    const body = request.body as { email?: unknown } | null | undefined;
    await this.limiter.count(rule, { address: request.ip || null, email: rule.perEmail ? emailKey(body?.email) : null });
    return true;
  }
}

/** Limits a public route per address and, where its body has one, per email: past the limit it answers 429 with Retry-After. */
export const RateLimited = (rule: RateLimitRule) => applyDecorators(SetMetadata(RATE_LIMIT_RULE, rule), UseGuards(RateLimitGuard));
