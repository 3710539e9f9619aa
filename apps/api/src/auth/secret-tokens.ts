import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';

/** A new unguessable secret: 256 bits, URL-safe. */
export function newSecret(prefix = ''): string {
  return `${prefix}${randomBytes(32).toString('base64url')}`;
}

/** What the database keeps of a session token: its SHA-256, never the token itself. */
export function tokenHash(token: string): Uint8Array<ArrayBuffer> {
  return new Uint8Array(createHash('sha256').update(token).digest());
}

export function sameSecret(given: string, expected: string): boolean {
  const a = Buffer.from(given);
  const b = Buffer.from(expected);
  return a.length === b.length && timingSafeEqual(a, b);
}

/** Access tokens carry a prefix so that a leaked one is recognisable in logs and scanners. */
export const ACCESS_TOKEN_PREFIX = 'smp_';
