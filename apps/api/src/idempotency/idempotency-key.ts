import { createHash } from 'node:crypto';
import type { FieldError } from '@smp/contracts';

export const IDEMPOTENCY_KEY_HEADER = 'Idempotency-Key';
export const REPLAYED_HEADER = 'Idempotent-Replayed';

/** How long a key is remembered; after that the same key starts afresh. */
export const KEY_LIFETIME_HOURS = 24;
/**
 * A reservation without an answer after this long belongs to a request that
 * died with its answer unsaved (the database went away, the app stopped): a
 * repeat may then run again. No request takes nearly this long.
 */
export const ABANDONED_AFTER_SECONDS = 30;

const VISIBLE_ASCII = /^[!-~]{1,255}$/;

/** The header's key, undefined when absent, or the field error of a malformed one. */
export function readIdempotencyKey(header: string | string[] | undefined): { key?: string; error?: FieldError } {
  if (header === undefined) return {};
  if (typeof header === 'string' && VISIBLE_ASCII.test(header)) return { key: header };
  return { error: { field: IDEMPOTENCY_KEY_HEADER, message: 'Use 1–255 visible ASCII characters, such as a UUID' } };
}

/** What makes a repeat the same request: the body as sent, and an uploaded file's bytes. */
export function requestFingerprint(body: unknown, file?: Buffer): string {
  const fingerprint = createHash('sha256').update(JSON.stringify(body ?? null));
  if (file) fingerprint.update(createHash('sha256').update(file).digest());
  return fingerprint.digest('hex');
}
