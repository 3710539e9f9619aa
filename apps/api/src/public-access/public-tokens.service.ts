import { Inject, Injectable } from '@nestjs/common';
import { Prisma, PrismaClient } from '../generated/prisma/client.js';
import type { Database, Transaction } from '../database/database.js';
import { newSecret, tokenHash } from '../auth/secret-tokens.js';
import { tokenState, type TokenPurpose, type TokenRecord, type TokenSubject } from './public-tokens.js';

const COLUMNS = Prisma.sql`id, purpose, booking_request_id AS "bookingRequestId", appointment_id AS "appointmentId",
  expires_at AS "expiresAt", used_at AS "usedAt", revoked_at AS "revokedAt"`;

/**
 * Issues and checks the public side's tokens: 256 random bits, of which only the
 * SHA-256 is kept, so a copy of the database opens nothing. A token that does not
 * exist, is of another purpose, or is no longer live reads as null: the caller
 * answers the same for each.
 */
@Injectable()
export class PublicTokensService {
  constructor(@Inject(PrismaClient) private readonly database: Database) {}

  /** A new token about `subject`, live until `expiresAt` (or for that many milliseconds). */
  async issue(transaction: Transaction, purpose: TokenPurpose, subject: TokenSubject, expires: Date | number): Promise<{ token: string; expiresAt: Date }> {
    const token = newSecret();
    const expiresAt = typeof expires === 'number' ? new Date(Date.now() + expires) : expires;
    await transaction.publicToken.create({
      data: {
        purpose,
        tokenHash: tokenHash(token),
        bookingRequestId: subject.bookingRequestId ?? null,
        appointmentId: subject.appointmentId ?? null,
        expiresAt,
      },
    });
    return { token, expiresAt };
  }

  /** The live token of that purpose, without using it; locked for the transaction's change when one is given. */
  async peek(token: string, purpose: TokenPurpose, transaction?: Transaction): Promise<TokenRecord | null> {
    const [row] = await (transaction ?? this.database).$queryRaw<TokenRecord[]>`
      SELECT ${COLUMNS} FROM public_tokens WHERE token_hash = ${tokenHash(token)} AND purpose = ${purpose}
      ${transaction ? Prisma.sql`FOR UPDATE` : Prisma.empty}`;
    return row && tokenState(row, new Date()) === 'live' ? row : null;
  }

  /** Uses a live token in the transaction: a single-use one is spent by it. */
  async redeem(transaction: Transaction, token: string, purpose: TokenPurpose): Promise<TokenRecord | null> {
    const live = await this.peek(token, purpose, transaction);
    if (!live) return null;
    await transaction.$executeRaw`UPDATE public_tokens SET used_at = now() WHERE id = ${live.id}::uuid`;
    return live;
  }

  /** Ends every live token about the subject (an appointment cancelled). */
  async revokeAbout(transaction: Transaction, subject: TokenSubject): Promise<void> {
    await transaction.$executeRaw`
      UPDATE public_tokens SET revoked_at = now()
       WHERE revoked_at IS NULL
         AND (appointment_id = ${subject.appointmentId ?? null}::uuid OR booking_request_id = ${subject.bookingRequestId ?? null}::uuid)`;
  }

  /** Tokens about an appointment that last until it begins follow it to its new start. */
  async followAppointment(transaction: Transaction, appointmentId: string, startsAt: Date): Promise<void> {
    await transaction.$executeRaw`
      UPDATE public_tokens SET expires_at = ${startsAt}
       WHERE appointment_id = ${appointmentId}::uuid AND purpose IN ('manage_booking', 'intake') AND revoked_at IS NULL`;
  }
}
