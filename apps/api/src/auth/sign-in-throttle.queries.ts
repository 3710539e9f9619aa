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
  const scopes: [ThrottleScope, string | null][] = [
    ['account', source.email || null],
    ['address', source.address],
  ];
  return scopes.filter((scope): scope is [ThrottleScope, string] => scope[1] !== null);
}

/** Sign-in attempts counted in the database, so that every instance of the app sees them. */
@Injectable()
export class SignInThrottleQueries {
  constructor(@Inject(PrismaClient) private readonly database: Database) {}

  /**
   * Counts an attempt as a failure before its password is checked, in one atomic
   * statement per scope, so that guesses sent in parallel cannot slip past the
   * count; locks a scope whose count passes its threshold. A correct password is
   * forgiven afterwards. Returns each scope's state, this attempt included.
   */
  async countAttempt(source: SignInSource): Promise<(ThrottleState & { justLocked: boolean })[]> {
    const states = [];
    for (const [scope, key] of keys(source)) {
      const threshold = lockThreshold(scope);
      const [row] = await this.database.$queryRaw<{ failures: number; locked_until: Date | null }[]>`
        INSERT INTO sign_in_throttles AS t (scope, key, failures, window_start)
        VALUES (${scope}, ${key}, 1, now())
        ON CONFLICT (scope, key) DO UPDATE SET
          failures = CASE WHEN t.window_start > now() - ${window}::interval OR t.locked_until > now() THEN t.failures + 1 ELSE 1 END,
          window_start = CASE WHEN t.window_start > now() - ${window}::interval OR t.locked_until > now() THEN t.window_start ELSE now() END,
          locked_until = CASE
            WHEN t.locked_until > now() THEN t.locked_until
            WHEN t.window_start > now() - ${window}::interval AND t.failures + 1 > ${threshold} THEN now() + ${lock}::interval
          END
        RETURNING failures, locked_until`;
      states.push({
        scope,
        failures: row!.failures,
        lockedUntil: row!.locked_until,
        // Counts rise one at a time, so only one attempt ever lands just past the threshold.
        justLocked: row!.failures === threshold + 1,
      });
    }
    return states;
  }

  /** The attempt had the right password: the account starts afresh, the address gets its attempt back. */
  async forgive(source: SignInSource): Promise<void> {
    await this.database.signInThrottle.deleteMany({ where: { scope: 'account', key: source.email } });
    if (!source.address) return;
    await this.database.$transaction([
      this.database.signInThrottle.deleteMany({ where: { scope: 'address', key: source.address, failures: { lte: 1 } } }),
      this.database.signInThrottle.updateMany({ where: { scope: 'address', key: source.address }, data: { failures: { decrement: 1 } } }),
    ]);
  }
}
