/**
 * The secrets a client holds to act without signing in. Each has one purpose; a
 * single-use purpose is spent by its one use, the others stay usable until they
 * expire or are revoked.
 */
export const TOKEN_PURPOSES = {
  /** The handle of a booking request, from its start until the booking is confirmed. */
  email_verification: { singleUse: true },
  /** The link in a booking's confirmation: view, move or cancel it until it begins. */
  manage_booking: { singleUse: false },
  /** The link to a consultation's intake, until it begins: used again for each photo and the answers. */
  intake: { singleUse: false },
} as const satisfies Record<string, { singleUse: boolean }>;

export type TokenPurpose = keyof typeof TOKEN_PURPOSES;

/** What a token is about: one of these, as its purpose requires. */
export interface TokenSubject {
  bookingRequestId?: string;
  appointmentId?: string;
}

export interface TokenRecord {
  id: string;
  purpose: TokenPurpose;
  bookingRequestId: string | null;
  appointmentId: string | null;
  expiresAt: Date;
  usedAt: Date | null;
  revokedAt: Date | null;
}

export type TokenState = 'live' | 'expired' | 'used' | 'revoked';

/** Whether a token may still be used now; a revoked one says so before an expired one. */
export function tokenState(token: Pick<TokenRecord, 'purpose' | 'expiresAt' | 'usedAt' | 'revokedAt'>, now: Date): TokenState {
  if (token.revokedAt) return 'revoked';
  if (TOKEN_PURPOSES[token.purpose].singleUse && token.usedAt) return 'used';
  if (token.expiresAt.getTime() <= now.getTime()) return 'expired';
  return 'live';
}
