import { Inject, Injectable } from '@nestjs/common';
import { PrismaClient } from '../generated/prisma/client.js';
import type { Database } from '../database/database.js';
import { ABANDONED_AFTER_SECONDS, KEY_LIFETIME_HOURS } from './idempotency-key.js';

export interface KeyClaim {
  staffId: string;
  key: string;
  /** Method and path, such as `POST /api/clients`. */
  request: string;
  fingerprint: string;
}

type Reservation = { kind: 'reserved' } | { kind: 'answered'; status: number; body: unknown } | { kind: 'in-progress' } | { kind: 'other-request' };

const lifetime = `${KEY_LIFETIME_HOURS} hours`;
const abandoned = `${ABANDONED_AFTER_SECONDS} seconds`;

/** Idempotency keys: reserved before the request runs, completed with its answer after. */
@Injectable()
export class IdempotencyKeys {
  constructor(@Inject(PrismaClient) private readonly database: Database) {}

  /**
   * Reserves the key for this request in one atomic statement, so that of two
   * repeats sent together only one runs; or says what the key already holds.
   */
  async reserve(claim: KeyClaim): Promise<Reservation> {
    // Expired keys are cleared by the requests that use keys: no job needed.
    await this.database.$executeRaw`DELETE FROM idempotency_keys WHERE created_at < now() - ${lifetime}::interval`;
    const reserved = await this.database.$queryRaw<unknown[]>`
      INSERT INTO idempotency_keys AS k (staff_id, key, request, fingerprint)
      VALUES (${claim.staffId}::uuid, ${claim.key}, ${claim.request}, ${claim.fingerprint})
      ON CONFLICT (staff_id, key) DO UPDATE SET created_at = now()
        WHERE k.completed_at IS NULL AND k.created_at < now() - ${abandoned}::interval
          AND k.request = EXCLUDED.request AND k.fingerprint = EXCLUDED.fingerprint
      RETURNING 1 AS reserved`;
    if (reserved.length > 0) return { kind: 'reserved' };

    const held = await this.database.idempotencyKey.findUnique({ where: { staffId_key: { staffId: claim.staffId, key: claim.key } } });
    if (!held) return { kind: 'in-progress' };
    if (held.request !== claim.request || held.fingerprint !== claim.fingerprint) return { kind: 'other-request' };
    if (held.status === null) return { kind: 'in-progress' };
    return { kind: 'answered', status: held.status, body: held.body };
  }

  async complete(claim: KeyClaim, status: number, body: unknown): Promise<void> {
    await this.database.$executeRaw`
      UPDATE idempotency_keys SET status = ${status}, body = ${JSON.stringify(body ?? null)}::jsonb, completed_at = now()
      WHERE staff_id = ${claim.staffId}::uuid AND key = ${claim.key}`;
  }

  /** The request failed: its key is free again for a retry. */
  async release(claim: KeyClaim): Promise<void> {
    await this.database.idempotencyKey.deleteMany({ where: { staffId: claim.staffId, key: claim.key, completedAt: null } });
  }
}
