import { Inject, Injectable } from '@nestjs/common';
import { z } from 'zod';
import { problemTypes } from '@smp/contracts';
import { PrismaClient } from '../generated/prisma/client.js';
import type { Database } from '../database/database.js';
import { ProblemException } from '../http/problem.js';
import { JobQueue } from '../messaging/job-queue.js';
import { secondsUntilNextWindow, windowStart, type Limit, type RateLimitRule, type RateLimitScope } from './rate-limits.js';

const PURGE_RATE_LIMITS_TASK = 'purge_rate_limit_counts';

/** Windows are kept this long after they end, then purged. */
export const RATE_LIMIT_RETENTION_HOURS = 24;

function tooManyRequests(seconds: number): ProblemException {
  const minutes = Math.ceil(seconds / 60);
  return new ProblemException({
    type: problemTypes.tooManyRequests,
    title: 'Too many requests',
    status: 429,
    detail: `Too many requests. Try again in ${minutes} minute${minutes === 1 ? '' : 's'}.`,
    retryAfterSeconds: seconds,
  });
}

/**
 * Counts requests in PostgreSQL, one atomic upsert per key, so that every instance
 * of the app and requests sent in parallel are counted together; the job queue
 * purges windows long over every hour.
 */
@Injectable()
export class RateLimiter {
  constructor(
    @Inject(PrismaClient) private readonly database: Database,
    jobQueue: JobQueue,
  ) {
    jobQueue.register(PURGE_RATE_LIMITS_TASK, z.object({}), () => this.purge());
    jobQueue.repeat(PURGE_RATE_LIMITS_TASK, '23 * * * *');
  }

  /** Counts the request under each of its keys; refuses it (429) once any key is past its limit. */
  async count(rule: RateLimitRule, keys: { address: string | null; email: string | null }, now = Date.now()): Promise<void> {
    const counted: [RateLimitScope, string | null, Limit | undefined][] = [
      ['address', keys.address, rule.perAddress],
      ['email', keys.email, rule.perEmail],
    ];
    let wait = 0;
    for (const [scope, key, limit] of counted) {
      if (!key || !limit) continue;
      const start = windowStart(now, limit.windowSeconds);
      const [row] = await this.database.$queryRaw<{ hits: number }[]>`
        INSERT INTO rate_limit_counts AS c (bucket, key, window_start, hits) VALUES (${`${rule.bucket}:${scope}`}, ${key}, ${start}, 1)
        ON CONFLICT (bucket, key, window_start) DO UPDATE SET hits = c.hits + 1
        RETURNING hits`;
      if (row!.hits > limit.limit) wait = Math.max(wait, secondsUntilNextWindow(start, limit.windowSeconds, now));
    }
    if (wait > 0) throw tooManyRequests(wait);
  }

  /** Forgets windows long over. */
  async purge(): Promise<void> {
    await this.database.$executeRaw`DELETE FROM rate_limit_counts WHERE window_start < now() - make_interval(hours => ${RATE_LIMIT_RETENTION_HOURS}::int)`;
  }
}
