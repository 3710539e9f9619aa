import { Prisma } from '../generated/prisma/client.js';
import { artistFilter, monthsOf, type ReportRange, type ReportReader, type ReportRow } from './report-range.js';

/** Reports list at most this many clients or plans, the largest first. */
export const REPORT_ROW_LIMIT = 500;

/**
 * Invoices and credit notes issued in the range (issued_on is the clinic's calendar
 * day), net of tax. A credit note without an artist or style of its own takes its
 * invoice's, looked up for credit notes alone.
 */
function documentsIssued(range: ReportRange): Prisma.Sql {
  const fromCreditedInvoice = (column: string) =>
    Prisma.sql`coalesce(d.${Prisma.raw(column)}, CASE WHEN d.kind = 'credit_note' THEN (SELECT credited.${Prisma.raw(column)} FROM invoices credited WHERE credited.id = d.credited_invoice_id) END)`;
  return Prisma.sql`(
    SELECT d.kind, d.issued_on, d.net_minor, ${fromCreditedInvoice('artist_id')} AS artist_id, ${fromCreditedInvoice('style')} AS style
    FROM invoices d
    WHERE d.issued_on BETWEEN ${range.from}::date AND ${range.to}::date
  ) AS documents`;
}

/** Invoiced less credited: what a row of documents adds to revenue. */
const REVENUE = Prisma.sql`coalesce(sum(CASE kind WHEN 'invoice' THEN net_minor ELSE -net_minor END), 0)`;

export function revenueByMonth(reader: ReportReader, range: ReportRange): Promise<ReportRow[]> {
  return reader.$queryRaw<ReportRow[]>`
    SELECT to_char(months.month, 'YYYY-MM') AS month, coalesce(issued.invoiced_minor, 0) AS invoiced_minor,
           coalesce(issued.credited_minor, 0) AS credited_minor, coalesce(issued.revenue_minor, 0) AS revenue_minor
    FROM ${monthsOf(range)} AS months
    LEFT JOIN (
      SELECT date_trunc('month', issued_on)::date AS month,
             sum(net_minor) FILTER (WHERE kind = 'invoice') AS invoiced_minor, sum(net_minor) FILTER (WHERE kind = 'credit_note') AS credited_minor,
             ${REVENUE} AS revenue_minor
      FROM ${documentsIssued(range)}
      WHERE true ${artistFilter(range, Prisma.sql`documents.artist_id`)}
      GROUP BY 1
    ) AS issued USING (month)
    ORDER BY months.month`;
}

export function revenueByArtist(reader: ReportReader, range: ReportRange): Promise<ReportRow[]> {
  return reader.$queryRaw<ReportRow[]>`
    SELECT documents.artist_id::text AS artist_id, staff.name AS artist, ${REVENUE} AS revenue_minor
    FROM ${documentsIssued(range)} LEFT JOIN staff ON staff.id = documents.artist_id
    WHERE true ${artistFilter(range, Prisma.sql`documents.artist_id`)}
    GROUP BY documents.artist_id, staff.name ORDER BY revenue_minor DESC, staff.name`;
}

export function revenueByStyle(reader: ReportReader, range: ReportRange): Promise<ReportRow[]> {
  return reader.$queryRaw<ReportRow[]>`
    SELECT style, ${REVENUE} AS revenue_minor
    FROM ${documentsIssued(range)}
    WHERE true ${artistFilter(range, Prisma.sql`documents.artist_id`)}
    GROUP BY style ORDER BY revenue_minor DESC, style`;
}

/** Every method, including those nobody paid with, so the chart keeps its bars. Payments have no artist. */
export function paymentsByMethod(reader: ReportReader, range: ReportRange): Promise<ReportRow[]> {
  return reader.$queryRaw<ReportRow[]>`
    SELECT methods.method,
           coalesce(sum(amount_minor) FILTER (WHERE kind = 'payment'), 0) AS received_minor,
           coalesce(sum(amount_minor) FILTER (WHERE kind = 'refund'), 0) AS refunded_minor,
           coalesce(sum(CASE kind WHEN 'payment' THEN amount_minor ELSE -amount_minor END), 0) AS net_minor
    FROM (VALUES (1, 'card'), (2, 'cash'), (3, 'bank_transfer'), (4, 'gift_voucher')) AS methods (position, method)
    LEFT JOIN payments ON payments.method = methods.method AND payments.received_at >= ${range.start} AND payments.received_at < ${range.end}
    GROUP BY methods.position, methods.method ORDER BY methods.position`;
}

/**
 * Clients who owe money at the end of the range (invoices less credit notes and
 * payments, plus refunds: the account's movements), most owed first. Payments
 * settle the oldest invoices first, so the oldest unpaid invoice is the oldest of
 * the newest invoices that together still cover the balance. Accounts have no artist.
 */
export function outstandingBalances(reader: ReportReader, range: ReportRange): Promise<ReportRow[]> {
  return reader.$queryRaw<ReportRow[]>`
    WITH owing AS (
      SELECT client_id, sum(amount_minor) AS balance_minor FROM account_movements
      WHERE at < ${range.end}
      GROUP BY client_id HAVING sum(amount_minor) > 0
      ORDER BY balance_minor DESC, client_id LIMIT ${REPORT_ROW_LIMIT}
    )
    SELECT owing.client_id::text AS client_id, clients.first_name || ' ' || clients.last_name AS client, owing.balance_minor,
           to_char(unpaid.oldest_on, 'YYYY-MM-DD') AS oldest_unpaid_on
    FROM owing JOIN clients ON clients.id = owing.client_id
    CROSS JOIN LATERAL (
      SELECT min(issued_on) AS oldest_on FROM (
        SELECT invoice.issued_on, invoice.total_minor - credited.minor AS due_minor,
               sum(invoice.total_minor - credited.minor) OVER (ORDER BY invoice.issued_at DESC, invoice.id DESC) AS due_so_far
        FROM invoices invoice
        CROSS JOIN LATERAL (
          SELECT coalesce(sum(note.total_minor), 0) AS minor FROM invoices note
          WHERE note.credited_invoice_id = invoice.id AND note.issued_at < ${range.end}
        ) AS credited
        WHERE invoice.client_id = owing.client_id AND invoice.kind = 'invoice' AND invoice.issued_at < ${range.end}
      ) AS newest_first
      WHERE due_so_far - due_minor < owing.balance_minor AND due_minor > 0
    ) AS unpaid
    ORDER BY owing.balance_minor DESC, client`;
}

/** Deposits paid by the end of the range, less what was paid back, on plans with no invoice issued by then, oldest first. */
export function depositsHeld(reader: ReportReader, range: ReportRange): Promise<ReportRow[]> {
  return reader.$queryRaw<ReportRow[]>`
    SELECT plans.client_id::text AS client_id, clients.first_name || ' ' || clients.last_name AS client, plans.id::text AS plan_id,
           plans.style, staff.name AS artist, deposits.held_minor, to_char(deposits.first_paid_at AT TIME ZONE ${range.timeZone}, 'YYYY-MM-DD') AS paid_on
    FROM (
      SELECT plan_id, sum(CASE WHEN kind = 'refund' THEN -amount_minor ELSE amount_minor END) AS held_minor,
             min(received_at) FILTER (WHERE purpose = 'deposit') AS first_paid_at
      FROM payments
      WHERE (purpose = 'deposit' OR (purpose = 'refund' AND invoice_id IS NULL AND plan_id IS NOT NULL)) AND received_at < ${range.end}
      GROUP BY plan_id
      HAVING bool_or(purpose = 'deposit') AND sum(CASE WHEN kind = 'refund' THEN -amount_minor ELSE amount_minor END) > 0
    ) AS deposits
    JOIN treatment_plans plans ON plans.id = deposits.plan_id
    JOIN clients ON clients.id = plans.client_id
    JOIN staff ON staff.id = plans.artist_id
    WHERE NOT EXISTS (SELECT FROM invoices WHERE invoices.plan_id = plans.id AND invoices.kind = 'invoice' AND invoices.issued_at < ${range.end})
      ${artistFilter(range, Prisma.sql`plans.artist_id`)}
    ORDER BY deposits.first_paid_at, plans.id LIMIT ${REPORT_ROW_LIMIT}`;
}
