import { Inject, Injectable } from '@nestjs/common';
import { PrismaClient } from '../generated/prisma/client.js';
import type { Database } from '../database/database.js';
import { lockThreshold, signInPolicy, type ThrottleScope, type ThrottleState } from './sign-in-throttle.js';

export interface SignInSource {
  email: string;
  address: string | null;
}

const window = `${signInPolicy.windowMinutes} minutes`;
const lock = `${signInPolicy.lockMinutes} minutes`;

function keys(source: SignInSource): [ThrottleScope, string][] {
  return [['account', source.email], ...(source.address ? [['address', source.address] as [ThrottleScope, string]] : [])];
}

/** Failed sign-in counts, kept in the database so that every instance of the app sees them. */
@Injectable()
export class SignInThrottleQueries {
  constructor(@Inject(PrismaClient) private readonly database: Database) {}

  async current(source: SignInSource): Promise<ThrottleState[]> {
    const rows = await this.database.signInThrottle.findMany({
      where: { OR: keys(source).map(([scope, key]) => ({ scope, key })) },
    });
    const windowStart = Date.now() - signInPolicy.windowMinutes * 60_000;
    return rows.map((row) => ({
      scope: row.scope as ThrottleScope,
      failures: row.windowStart.getTime() > windowStart ? row.failures : 0,
      lockedUntil: row.lockedUntil,
    }));
  }

  /** Counts a failure in each scope's window, starting a new window when the last one is over, and locks at the threshold. */
  async recordFailure(source: SignInSource): Promise<void> {
    for (const [scope, key] of keys(source)) {
      await this.database.$executeRaw`
        INSERT INTO sign_in_throttles AS t (scope, key, failures, window_start)
        VALUES (${scope}, ${key}, 1, now())
        ON CONFLICT (scope, key) DO UPDATE SET
          failures = CASE WHEN t.window_start > now() - ${window}::interval THEN t.failures + 1 ELSE 1 END,
          window_start = CASE WHEN t.window_start > now() - ${window}::interval THEN t.window_start ELSE now() END`;
      await this.database.$executeRaw`
        UPDATE sign_in_throttles SET locked_until = now() + ${lock}::interval
        WHERE scope = ${scope} AND key = ${key} AND failures >= ${lockThreshold(scope)}
          AND (locked_until IS NULL OR locked_until < now())`;
    }
  }

  async clearAccount(email: string): Promise<void> {
    await this.database.signInThrottle.deleteMany({ where: { scope: 'account', key: email } });
  }
}
