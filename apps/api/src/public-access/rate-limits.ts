import { createHash } from 'node:crypto';

/** At most `limit` requests in each fixed window of `windowSeconds`. */
export interface Limit {
  limit: number;
  windowSeconds: number;
}

/**
 * An endpoint's limits: per address always, and per email where its body names one
 * (counted whether or not the email is a client's, so the count reveals nothing).
 */
export interface RateLimitRule {
  bucket: string;
  perAddress: Limit;
  perEmail?: Limit;
}

export type RateLimitScope = 'address' | 'email';

/** The start of the fixed window `now` falls in. */
export function windowStart(now: number, windowSeconds: number): Date {
  const length = windowSeconds * 1000;
  return new Date(Math.floor(now / length) * length);
}

/** Whole seconds until the window that began at `start` is over (at least one). */
export function secondsUntilNextWindow(start: Date, windowSeconds: number, now: number): number {
  return Math.max(1, Math.ceil((start.getTime() + windowSeconds * 1000 - now) / 1000));
}

/**
 * The key an email is counted under: trimmed and lower-cased, as the contracts
 * normalise it, then hashed, so the table holds no addresses. Null when the body
 * holds no email (it is then refused by validation, counted per address only).
 */
export function emailKey(value: unknown): string | null {
  if (typeof value !== 'string') return null;
  const email = value.trim().toLowerCase();
  if (!email) return null;
  return createHash('sha256').update(email).digest('hex');
}
