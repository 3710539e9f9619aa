import { createHmac, timingSafeEqual } from 'node:crypto';

/**
 * A link's token: the 16 bytes of a uuid (an `appointment_links` row, or a client)
 * followed by the first 16 bytes of their HMAC-SHA256 under the link's key, as
 * base64url: 43 characters, and 128 bits an attacker would have to guess.
 */
const ID_BYTES = 16;
const SIGNATURE_BYTES = 16;

/** What a signature covers: the id and what the link is for, so one kind of link cannot pass for another. */
function signature(id: Buffer, purpose: string, secret: Uint8Array): Buffer {
  return createHmac('sha256', secret).update(id).update(purpose).digest().subarray(0, SIGNATURE_BYTES);
}

export function signedToken(id: string, purpose: string, secret: Uint8Array): string {
  const idBytes = Buffer.from(id.replaceAll('-', ''), 'hex');
  return Buffer.concat([idBytes, signature(idBytes, purpose, secret)]).toString('base64url');
}

/** The id a token carries when its signature holds (compared in constant time), else null. */
export function verifiedId(token: string, purpose: string, secret: Uint8Array): string | null {
  if (!/^[A-Za-z0-9_-]{43}$/.test(token)) return null;
  const bytes = Buffer.from(token, 'base64url');
  // One spelling per token: base64url's last character has spare bits.
  if (bytes.toString('base64url') !== token) return null;
  const idBytes = bytes.subarray(0, ID_BYTES);
  if (!timingSafeEqual(bytes.subarray(ID_BYTES), signature(idBytes, purpose, secret))) return null;
  const hex = idBytes.toString('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}
