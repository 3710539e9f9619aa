// The owner's business reports at a large clinic's scale: three years of history,
// about 100,000 clients and 1,000,000 appointments, with plans, invoices, credit
// notes, payments, refunds, deposits and maintenance recalls, built set-based in SQL.
// Prints each report's median time over three years, one year and one month, for
// the whole clinic and for one artist. Run with `pnpm --filter @smp/api bench:reports`
// (DATABASE_URL: use that server; BENCH_CLIENTS, BENCH_APPOINTMENTS: a smaller run).
import { addCalendarDays, addCalendarMonths, addCalendarYears, BUSINESS_REPORT_KEYS, dateInZone } from '@smp/contracts';
import { prepareAppLogin } from '../database/app-login.js';
import { createDatabase } from '../database/database.js';
import { reportRange } from '../business-reports/report-range.js';
import { REPORT_QUERIES } from '../business-reports/business-reports.service.js';
import { BENCH_ZONE as ZONE, insertAppointments, insertClients, insertClinic, openBenchDatabase, rowCounts, timedLoad } from './clinic-data.js';
import type pg from 'pg';
import { timedRuns } from './timed-runs.js';

const CLIENTS = Number(process.env.BENCH_CLIENTS ?? 100_000);
const APPOINTMENTS = Number(process.env.BENCH_APPOINTMENTS ?? 1_000_000);
/** Six appointments a working day each, six days a week: enough artists for three years of history. */
const ARTISTS = Math.ceil(APPOINTMENTS / (6 * 6 * 52 * 3));
const RUNS = 3;

/**
 * The clinic's money and follow-through, from its appointments: a quarter of the
 * completed consultations lead to a plan (a tenth cancelled, most completed after
 * 90 days); every plan takes a 20 % deposit; nine plans in ten and half the
 * maintenance and touch-up visits are invoiced; cancelled plans are half credited
 * and refunded; one invoice in forty is unpaid and one in forty half paid; a tenth of
 * maintenance visits were preceded by a recall; artists take ten days off a year and
 * the clinic closes over Christmas.
 */
async function insertMoneyAndFollowUps(admin: pg.Client): Promise<void> {
  const hash = (column: string) => `abs(hashtext(${column}::text))`;
  await admin.query(`SET maintenance_work_mem = '512MB'`);
  await admin.query(`
    INSERT INTO treatment_plans (client_id, style, artist_id, status, quoted_price_minor, currency, created_by, created_at, started_at, completed_at, cancelled_at, cancellation_reason)
    SELECT client_id, (ARRAY['hairline_restoration', 'density', 'edge_up', 'scar_camouflage', 'womens_density', 'alopecia_medical', 'correction'])[1 + h % 7],
           artist_id, status, 250000 + (h % 10) * 20000, 'USD', desk.id, starts_at + interval '3 days', starts_at + interval '10 days',
           CASE WHEN status = 'completed' THEN starts_at + interval '100 days' END,
           CASE WHEN status = 'cancelled' THEN starts_at + interval '30 days' END, CASE WHEN status = 'cancelled' THEN 'Changed their mind' END
    FROM (SELECT a.client_id, a.artist_id, a.starts_at, ${hash('a.id')} AS h,
                 CASE WHEN ${hash('a.id')} / 4 % 10 = 0 THEN 'cancelled' WHEN a.starts_at < now() - interval '100 days' THEN 'completed' ELSE 'active' END AS status
          FROM appointments a WHERE a.kind = 'consultation' AND a.status = 'completed' AND a.starts_at < now() - interval '30 days') AS consultation
    CROSS JOIN (SELECT id FROM staff WHERE role = 'receptionist' LIMIT 1) AS desk
    WHERE h % 4 = 0`);
  await admin.query(`
    INSERT INTO payments (kind, purpose, client_id, plan_id, method, amount_minor, currency, reference, received_at, recorded_by)
    SELECT 'payment', 'deposit', client_id, id, 'card', quoted_price_minor / 5, 'USD', 'D-' || id, created_at + interval '1 day', created_by FROM treatment_plans`);
  await admin.query(
    `WITH billable AS (
       SELECT client_id, id AS plan_id, NULL::uuid AS appointment_id, artist_id, style, started_at + interval '1 hour' AS issued_at, quoted_price_minor AS net_minor
       FROM treatment_plans WHERE ${hash('id')} % 10 <> 9
       UNION ALL
       SELECT client_id, NULL, id, artist_id, NULL, ends_at, 30000 FROM appointments
       WHERE kind IN ('maintenance', 'touch_up') AND status = 'completed' AND ${hash('id')} % 2 = 0
     ),
     numbered AS (SELECT billable.*, (issued_at AT TIME ZONE $1)::date AS issued_on,
                         row_number() OVER (PARTITION BY extract(year FROM issued_at AT TIME ZONE $1) ORDER BY issued_at, plan_id, appointment_id) AS sequence
                  FROM billable)
     INSERT INTO invoices (kind, year, sequence, number, client_id, plan_id, appointment_id, artist_id, style, issued_at, issued_on, currency, prices_include_tax,
                           net_minor, tax_minor, total_minor, seller_name, buyer_name, issued_by)
     SELECT 'invoice', extract(year FROM issued_on), sequence, 'INV-' || extract(year FROM issued_on) || '-' || lpad(sequence::text, 6, '0'), client_id, plan_id, appointment_id,
            artist_id, style, issued_at, issued_on, 'USD', false, net_minor, net_minor * 8 / 100, net_minor + net_minor * 8 / 100, 'Bench', 'Client', desk.id
     FROM numbered CROSS JOIN (SELECT id FROM staff WHERE role = 'receptionist' LIMIT 1) AS desk`,
    [ZONE],
  );
  await admin.query(`
    INSERT INTO payments (kind, purpose, client_id, plan_id, invoice_id, method, amount_minor, currency, reference, received_at, recorded_by)
    SELECT 'payment', 'invoice', client_id, plan_id, id, method, amount, 'USD', CASE WHEN method = 'card' THEN 'T-' || id END, issued_at + interval '1 hour', issued_by
    FROM (SELECT invoice.*, (ARRAY['card', 'cash', 'bank_transfer'])[1 + ${hash('invoice.id')} % 3] AS method,
                 (total_minor - coalesce(plan.quoted_price_minor / 5, 0)) / CASE WHEN ${hash('invoice.id')} % 40 = 1 THEN 2 ELSE 1 END AS amount
          FROM invoices invoice LEFT JOIN treatment_plans plan ON plan.id = invoice.plan_id
          WHERE ${hash('invoice.id')} % 40 <> 0) AS paid
    WHERE amount > 0`);
  await admin.query(
    `WITH credited AS (
       SELECT invoice.*, least(invoice.issued_at + interval '30 days', now()) AS credited_at
       FROM invoices invoice JOIN treatment_plans plan ON plan.id = invoice.plan_id WHERE plan.status = 'cancelled'
     ),
     numbered AS (SELECT credited.*, (credited_at AT TIME ZONE $1)::date AS credited_on,
                         row_number() OVER (PARTITION BY extract(year FROM credited_at AT TIME ZONE $1) ORDER BY credited_at, id) AS credit_sequence
                  FROM credited)
     INSERT INTO invoices (kind, year, sequence, number, client_id, credited_invoice_id, reason, artist_id, style, issued_at, issued_on, currency, prices_include_tax,
                           net_minor, tax_minor, total_minor, seller_name, buyer_name, issued_by)
     SELECT 'credit_note', extract(year FROM credited_on), credit_sequence, 'CN-' || extract(year FROM credited_on) || '-' || lpad(credit_sequence::text, 6, '0'), client_id, id,
            'Plan cancelled', artist_id, style, credited_at, credited_on, 'USD', false, net_minor / 2, tax_minor / 2, net_minor / 2 + tax_minor / 2, seller_name, buyer_name, issued_by
     FROM numbered`,
    [ZONE],
  );
  await admin.query(`
    INSERT INTO payments (kind, purpose, client_id, invoice_id, method, amount_minor, currency, received_at, recorded_by)
    SELECT 'refund', 'refund', client_id, id, 'bank_transfer', total_minor, 'USD', issued_at + interval '1 hour', issued_by FROM invoices WHERE kind = 'credit_note'`);
  await admin.query(`
    INSERT INTO client_messages (client_id, kind, purpose, dedupe_key, send_at, status, channel, recipient, body, sent_at)
    SELECT client_id, 'maintenance_recall', 'care', 'recall:' || id, starts_at - interval '40 days', 'sent', 'email', 'client@example.com', 'Time for maintenance',
           starts_at - interval '40 days'
    FROM appointments WHERE kind = 'maintenance' AND status = 'completed' AND ${hash('id')} % 10 = 0`);
  await admin.query(`
    INSERT INTO artist_time_off (staff_id, starts_on, ends_on, reason)
    SELECT staff.id, first_day, first_day + 4, 'holiday'
    FROM staff CROSS JOIN generate_series(current_date - 3 * 366, current_date, interval '1 year') AS year
    CROSS JOIN LATERAL (SELECT (year + make_interval(days => ${hash('staff.id')} % 300 + half * 40))::date AS first_day FROM generate_series(0, 1) AS half) AS days
    WHERE staff.role = 'artist'`);
  await admin.query(`
    INSERT INTO clinic_closures (starts_on, ends_on, reason)
    SELECT make_date(year, 12, 25), make_date(year, 12, 26), 'Christmas' FROM generate_series(extract(year FROM current_date)::int - 3, extract(year FROM current_date)::int) AS year`);
  // As autovacuum would have by now: statistics, and the visibility map index-only scans need.
  await admin.query('VACUUM ANALYZE');
}

async function main() {
  const { url: databaseUrl, admin, close } = await openBenchDatabase();
  try {
    await timedLoad(`Loaded ${ARTISTS} artists, ${CLIENTS.toLocaleString('en')} clients and ${APPOINTMENTS.toLocaleString('en')} appointments`, async () => {
      await insertClinic(admin, { artists: ARTISTS, rooms: ARTISTS });
      await insertClients(admin, CLIENTS);
      await insertAppointments(admin, { total: APPOINTMENTS, daysAhead: 35 });
    });
    await timedLoad('Loaded plans, invoices, credit notes, payments, recalls, time off and closures', () => insertMoneyAndFollowUps(admin));
    console.log(`\n${await rowCounts(admin)}`);
    const { rows: money } = await admin.query<{ what: string; count: string }>(`
      SELECT what, count FROM (
        SELECT 1 AS line, 'plans' AS what, count(*)::text AS count FROM treatment_plans
        UNION ALL SELECT 2, 'invoices', count(*)::text FROM invoices WHERE kind = 'invoice'
        UNION ALL SELECT 3, 'credit notes', count(*)::text FROM invoices WHERE kind = 'credit_note'
        UNION ALL SELECT 4, 'payments and refunds', count(*)::text FROM payments
        UNION ALL SELECT 5, 'maintenance recalls', count(*)::text FROM client_messages) AS counts
      ORDER BY line`);
    console.log(`${money.map(({ what, count }) => `${what.padEnd(26)} ${Number(count).toLocaleString('en')}`).join('\n')}\n`);

    // Wired by hand, as the app reads them: tsx does not emit the decorator metadata Nest's injection needs.
    const database = createDatabase(await prepareAppLogin(databaseUrl));
    const artistId = (await admin.query<{ id: string }>(`SELECT id FROM staff WHERE role = 'artist' ORDER BY name LIMIT 1`)).rows[0]!.id;
    const yesterday = addCalendarDays(dateInZone(new Date(), ZONE), -1);
    const ranges = [
      ['3 years', addCalendarDays(addCalendarYears(yesterday, -3), 1)],
      ['1 year', addCalendarDays(addCalendarYears(yesterday, -1), 1)],
      ['1 month', addCalendarDays(addCalendarMonths(yesterday, -1), 1)],
    ] as const;
    const header = ['report'.padEnd(24), ...ranges.flatMap(([name]) => [name.padStart(16), `${name}, 1 artist`.padStart(19)])].join(' ');
    console.log(`Median ms of ${RUNS} runs after one untimed (rows of the whole clinic's report in brackets)\n${header}`);
    for (const report of BUSINESS_REPORT_KEYS) {
      const cells: string[] = [];
      for (const [, from] of ranges) {
        for (const artist of [undefined, artistId]) {
          const range = reportRange({ from, to: yesterday, artistId: artist }, ZONE);
          const { median, result } = await timedRuns(RUNS, () => REPORT_QUERIES[report](database, range));
          const cell = artist ? median.toFixed(1) : `${median.toFixed(1)} (${result.length})`;
          cells.push(cell.padStart(artist ? 19 : 16));
        }
      }
      console.log([report.padEnd(24), ...cells].join(' '));
    }
    await database.$disconnect();
  } finally {
    await close();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
