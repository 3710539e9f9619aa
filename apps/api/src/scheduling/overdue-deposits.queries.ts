import { Inject, Injectable } from '@nestjs/common';
import { PrismaClient } from '../generated/prisma/client.js';
import type { Database } from '../database/database.js';
import { depositStatus } from '../quotes/deposit-status.js';

export interface OverdueDeposit {
  clientId: string;
  plan: { id: string; style: string; artistId: string };
  appointment: { id: string; startsAt: Date };
  deposit: { requiredMinor: number; paidMinor: number; dueAt: string; currency: string };
}

/** Session 1 still ahead of the client: once they have arrived, what is owed is the plan's invoice's business. */
const AWAITED = ['booked', 'confirmed'];

interface UnpaidDepositRow {
  client_id: string;
  plan_id: string;
  style: string;
  artist_id: string;
  appointment_id: string;
  starts_at: Date;
  booked_at: Date;
  deposit_minor: number;
  currency: string;
  paid_minor: number;
  deposit_due_days_before: number;
}

/**
 * Booked plans whose signed quote asks for a deposit still not paid by its deadline,
 * in one query: the plan's latest quote when the client accepted it, session 1's
 * appointment while the client is awaited, the plan's payments less its refunds, and the clinic's
 * deposit policy. The deadline is the
 * deposit rule's (quotes/deposit-status.ts).
 */
@Injectable()
export class OverdueDepositsQueries {
  constructor(@Inject(PrismaClient) private readonly database: Database) {}

  async overdue(timeZone: string, now: Date): Promise<OverdueDeposit[]> {
    const rows = await this.database.$queryRaw<UnpaidDepositRow[]>`
      SELECT p.client_id, p.id AS plan_id, p.style, p.artist_id, a.id AS appointment_id, a.starts_at, a.created_at AS booked_at,
             q.deposit_minor, q.currency, coalesce(paid.amount_minor, 0)::int AS paid_minor, cs.deposit_due_days_before
        FROM treatment_plans p
        CROSS JOIN clinic_settings cs
        JOIN clients cl ON cl.id = p.client_id AND cl.archived_at IS NULL
        JOIN LATERAL (SELECT id, deposit_minor, currency FROM quotes WHERE plan_id = p.id ORDER BY version DESC LIMIT 1) q ON true
        JOIN quote_acceptances qa ON qa.quote_id = q.id
        JOIN plan_sessions s ON s.plan_id = p.id AND s.number = 1
        JOIN LATERAL (SELECT id, starts_at, created_at FROM appointments
                       WHERE plan_session_id = s.id AND status = ANY(${AWAITED}) ORDER BY starts_at LIMIT 1) a ON true
        LEFT JOIN LATERAL (SELECT sum(CASE kind WHEN 'refund' THEN -amount_minor ELSE amount_minor END) AS amount_minor
                             FROM payments WHERE plan_id = p.id) paid ON true
       WHERE p.status IN ('draft', 'active') AND q.deposit_minor > 0 AND coalesce(paid.amount_minor, 0) < q.deposit_minor`;
    return rows.flatMap((row) => {
      const status = depositStatus(
        { requiredMinor: row.deposit_minor, sessionOne: { startsAt: row.starts_at, bookedAt: row.booked_at }, paidMinor: row.paid_minor },
        { depositDueDaysBefore: row.deposit_due_days_before, timeZone },
        now,
      );
      if (status.state !== 'overdue') return [];
      return [
        {
          clientId: row.client_id,
          plan: { id: row.plan_id, style: row.style, artistId: row.artist_id },
          appointment: { id: row.appointment_id, startsAt: row.starts_at },
          deposit: { requiredMinor: status.requiredMinor, paidMinor: status.paidMinor, dueAt: status.dueAt!, currency: row.currency },
        },
      ];
    });
  }
}
