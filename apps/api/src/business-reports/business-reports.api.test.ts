import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { createTestApp, type TestApp } from '../test-support/test-app.js';

// A small year of a clinic in New York (the test app's zone), in 2025: three clients,
// two artists, invoices, a credit note, payments, a refund, a deposit, visits with
// their outcomes and two maintenance recalls. Every figure below follows from it.
const ann = '00000000-0000-4000-8000-00000000000a';
const bob = '00000000-0000-4000-8000-00000000000b';
const cat = '00000000-0000-4000-8000-00000000000c';
const annPlan = '00000000-0000-4000-8000-0000000000a1';
const bobPlan = '00000000-0000-4000-8000-0000000000b1';
const catPlan = '00000000-0000-4000-8000-0000000000c1';
const bobInvoice = '00000000-0000-4000-8000-0000000000b2';
const creditNote = '00000000-0000-4000-8000-0000000000b3';
const annInvoice = '00000000-0000-4000-8000-0000000000a2';
const annVisit = '00000000-0000-4000-8000-0000000000a3';

let testApp: TestApp;
let arturo: string;
let bea: string;

function history(desk: string, room: string): string {
  const invoice = (id: string, number: string, client: string, plan: string | null, visit: string | null, artist: string, style: string | null, day: string, net: number, tax: number) =>
    `('${id}', 'invoice', ${day.slice(0, 4)}, ${number.slice(-1)}, '${number}', '${client}', ${plan ? `'${plan}'` : 'NULL'}, ${visit ? `'${visit}'` : 'NULL'}, NULL, NULL,
      '${artist}', ${style ? `'${style}'` : 'NULL'}, '${day} 12:00 America/New_York', '${day}', 'USD', false, ${net}, ${tax}, ${net + tax}, 'Clinic', 'Buyer', '${desk}')`;
  const appointment = (kind: string, client: string, artist: string, starts: string, hours: number, status: string) =>
    `('${kind}', '${client}', '${artist}', ${kind === 'consultation' ? 'NULL' : `'${room}'`}, timestamptz '${starts} America/New_York',
      timestamptz '${starts} America/New_York' + interval '${hours} hours', '${status}',
      ${status === 'cancelled' ? `timestamptz '${starts} America/New_York' - interval '2 hours', 'Changed their mind', true` : 'NULL, NULL, NULL'},
      '${desk}', timestamptz '${starts} America/New_York' - interval '5 days')`;
  return `
    INSERT INTO clients (id, first_name, last_name, email) VALUES
      ('${ann}', '=Ann', 'Owing', 'ann@example.com'), ('${bob}', 'Bob', 'Paid', 'bob@example.com'), ('${cat}', 'Cat', 'Deposit', 'cat@example.com');
    INSERT INTO treatment_plans (id, client_id, style, artist_id, status, quoted_price_minor, currency, created_by, created_at, started_at, completed_at, cancelled_at, cancellation_reason) VALUES
      ('${annPlan}', '${ann}', 'hairline_restoration', '${arturo}', 'completed', 100000, 'USD', '${desk}', '2025-01-08 12:00-05', '2025-01-10 12:00-05', '2025-04-01 12:00-04', NULL, NULL),
      ('${bobPlan}', '${bob}', 'density', '${bea}', 'cancelled', 50000, 'USD', '${desk}', '2025-02-01 12:00-05', '2025-02-05 12:00-05', NULL, '2025-03-05 12:00-05', 'Moved away'),
      ('${catPlan}', '${cat}', 'scar_camouflage', '${arturo}', 'active', 80000, 'USD', '${desk}', '2025-03-20 12:00-04', '2025-03-21 12:00-04', NULL, NULL, NULL),
      (DEFAULT, '${ann}', 'density', '${arturo}', 'draft', 60000, 'USD', '${desk}', '2025-06-01 12:00-04', NULL, NULL, NULL, NULL);
    INSERT INTO appointments (id, kind, client_id, artist_id, room_id, starts_at, ends_at, status, created_by, created_at)
      VALUES ('${annVisit}', 'touch_up', '${ann}', '${bea}', '${room}', '2025-04-10 10:00-04', '2025-04-10 11:30-04', 'completed', '${desk}', '2025-04-01 10:00-04');
    INSERT INTO appointments (kind, client_id, artist_id, room_id, starts_at, ends_at, status, cancelled_at, cancellation_reason, late_cancellation, created_by, created_at) VALUES
      ${[
        appointment('consultation', ann, arturo, '2025-05-05 10:00', 1, 'completed'),
        appointment('consultation', bob, arturo, '2025-05-06 10:00', 1, 'completed'),
        appointment('touch_up', bob, bea, '2025-05-07 10:00', 2, 'completed'),
        appointment('maintenance', ann, arturo, '2025-05-08 10:00', 3, 'completed'),
        appointment('maintenance', bob, arturo, '2025-05-09 10:00', 3, 'no_show'),
        // 02:00 on 1 June in UTC: still May in the clinic.
        appointment('touch_up', cat, arturo, '2025-05-31 22:00', 1, 'cancelled'),
      ].join(',\n')};
    INSERT INTO invoices (id, kind, year, sequence, number, client_id, plan_id, appointment_id, credited_invoice_id, reason, artist_id, style,
                          issued_at, issued_on, currency, prices_include_tax, net_minor, tax_minor, total_minor, seller_name, buyer_name, issued_by) VALUES
      ${invoice(annInvoice, 'INV-2025-0001', ann, annPlan, null, arturo, 'hairline_restoration', '2025-01-15', 100000, 8000)},
      ${invoice(bobInvoice, 'INV-2025-0002', bob, bobPlan, null, bea, 'density', '2025-02-10', 50000, 0)},
      ${invoice('00000000-0000-4000-8000-0000000000a4', 'INV-2025-0003', ann, null, annVisit, bea, null, '2025-04-10', 20000, 0)};
    -- The credit note names no artist or style: it takes them from its invoice.
    INSERT INTO invoices (id, kind, year, sequence, number, client_id, credited_invoice_id, reason, issued_at, issued_on, currency, prices_include_tax,
                          net_minor, tax_minor, total_minor, seller_name, buyer_name, issued_by)
      VALUES ('${creditNote}', 'credit_note', 2025, 1, 'CN-2025-0001', '${bob}', '${bobInvoice}', 'Plan cancelled', '2025-03-05 12:00-05', '2025-03-05', 'USD', false,
              20000, 0, 20000, 'Clinic', 'Bob Paid', '${desk}');
    INSERT INTO payments (kind, purpose, client_id, plan_id, invoice_id, method, amount_minor, currency, reference, received_at, recorded_by) VALUES
      ('payment', 'invoice', '${ann}', '${annPlan}', '${annInvoice}', 'card', 50000, 'USD', 'T-1', '2025-01-20 12:00-05', '${desk}'),
      ('payment', 'invoice', '${ann}', '${annPlan}', '${annInvoice}', 'cash', 58000, 'USD', NULL, '2025-02-01 12:00-05', '${desk}'),
      ('payment', 'invoice', '${bob}', '${bobPlan}', '${bobInvoice}', 'cash', 50000, 'USD', NULL, '2025-02-10 12:00-05', '${desk}'),
      ('refund', 'refund', '${bob}', '${bobPlan}', '${creditNote}', 'cash', 20000, 'USD', NULL, '2025-03-06 12:00-05', '${desk}'),
      ('payment', 'deposit', '${cat}', '${catPlan}', NULL, 'bank_transfer', 30000, 'USD', 'BT-1', '2025-03-21 12:00-04', '${desk}');
    INSERT INTO client_messages (client_id, kind, purpose, dedupe_key, send_at, status, channel, recipient, body, sent_at) VALUES
      ('${ann}', 'maintenance_recall', 'care', 'recall-ann', '2025-05-02 09:00-04', 'sent', 'email', 'ann@example.com', 'Time for maintenance', '2025-05-02 09:00-04'),
      ('${cat}', 'maintenance_recall', 'care', 'recall-cat', '2025-05-02 09:00-04', 'sent', 'email', 'cat@example.com', 'Time for maintenance', '2025-05-02 09:00-04');
    -- Arturo works 09:00-17:00 on weekdays, Bea 10:00-14:00 on Mondays; the clinic closes on Memorial Day, Arturo is away two days.
    INSERT INTO artist_working_hours (staff_id, weekday, starts, ends)
      SELECT '${arturo}'::uuid, weekday, time '09:00', time '17:00' FROM generate_series(1, 5) AS weekday UNION ALL SELECT '${bea}'::uuid, 1, '10:00', '14:00';
    INSERT INTO clinic_closures (starts_on, ends_on, reason) VALUES ('2025-05-26', '2025-05-26', 'Memorial Day');
    INSERT INTO artist_time_off (staff_id, starts_on, ends_on, reason) VALUES ('${arturo}', '2025-05-12', '2025-05-13', 'holiday');`;
}

beforeAll(async () => {
  testApp = await createTestApp();
  arturo = testApp.staff.artist.id;
  bea = (await testApp.addStaff('artist', 'Bea Second')).staff.id;
  const room = (await testApp.database.room.create({ data: { name: 'Chair 1' } })).id;
  await testApp.testDatabase.asOwner(history(testApp.staff.receptionist.id, room));
});
afterAll(async () => {
  await testApp.close();
});

const YEAR = 'from=2025-01-01&to=2025-12-31';
const MAY = 'from=2025-05-01&to=2025-05-31';

async function rows(report: string, range: string) {
  const response = await testApp.as('owner').get(`/api/business-reports/${report}?${range}`);
  expect(response.status).toBe(200);
  return response.body.rows as Record<string, string | number | null>[];
}

describe('business reports', () => {
  it('gives revenue by month, every month of the range, with the columns in their declared order', async () => {
    const response = await testApp.as('owner').get(`/api/business-reports/revenue_by_month?${YEAR}`);
    expect(response.body).toMatchObject({ report: 'revenue_by_month', from: '2025-01-01', to: '2025-12-31', artistId: null, currency: 'USD' });
    // Without a replica the figures come from the primary, as of the moment they were read.
    expect(response.body).toMatchObject({ readFrom: 'primary' });
    expect(Math.abs(Date.parse(response.body.dataAsOf) - Date.parse(response.body.generatedAt))).toBeLessThan(5_000);
    expect(response.body.columns.map((column: { key: string }) => column.key)).toEqual(['month', 'invoiced_minor', 'credited_minor', 'revenue_minor']);
    const byMonth = response.body.rows as Record<string, unknown>[];
    expect(byMonth).toHaveLength(12);
    expect(Object.keys(byMonth[0]!)).toEqual(['month', 'invoiced_minor', 'credited_minor', 'revenue_minor']);
    expect(byMonth.slice(0, 5)).toEqual([
      { month: '2025-01', invoiced_minor: 100000, credited_minor: 0, revenue_minor: 100000 },
      { month: '2025-02', invoiced_minor: 50000, credited_minor: 0, revenue_minor: 50000 },
      { month: '2025-03', invoiced_minor: 0, credited_minor: 20000, revenue_minor: -20000 },
      { month: '2025-04', invoiced_minor: 20000, credited_minor: 0, revenue_minor: 20000 },
      { month: '2025-05', invoiced_minor: 0, credited_minor: 0, revenue_minor: 0 },
    ]);
  });

  it('gives revenue by artist and by style, a credit note counting against its invoice’s artist and style', async () => {
    expect(await rows('revenue_by_artist', YEAR)).toEqual([
      { artist_id: arturo, artist: 'Arturo Artist', revenue_minor: 100000 },
      { artist_id: bea, artist: 'Bea Second', revenue_minor: 50000 },
    ]);
    expect(await rows('revenue_by_style', YEAR)).toEqual([
      { style: 'hairline_restoration', revenue_minor: 100000 },
      { style: 'density', revenue_minor: 30000 },
      { style: null, revenue_minor: 20000 },
    ]);
  });

  it('keeps to one artist when asked', async () => {
    const byMonth = await rows('revenue_by_month', `${YEAR}&artistId=${bea}`);
    expect(byMonth.slice(0, 4).map((row) => row.revenue_minor)).toEqual([0, 50000, -20000, 20000]);
    expect(await rows('revenue_by_artist', `${YEAR}&artistId=${bea}`)).toEqual([{ artist_id: bea, artist: 'Bea Second', revenue_minor: 50000 }]);
    expect(await rows('deposits_held', `${YEAR}&artistId=${bea}`)).toEqual([]);
    const may = await rows('attendance', `${MAY}&artistId=${bea}`);
    expect(may[0]).toMatchObject({ appointments: 1, no_shows: 0 });
  });

  it('gives payments by method, every method, refunds taken off', async () => {
    expect(await rows('payments_by_method', YEAR)).toEqual([
      { method: 'card', received_minor: 50000, refunded_minor: 0, net_minor: 50000 },
      { method: 'cash', received_minor: 108000, refunded_minor: 20000, net_minor: 88000 },
      { method: 'bank_transfer', received_minor: 30000, refunded_minor: 0, net_minor: 30000 },
      { method: 'gift_voucher', received_minor: 0, refunded_minor: 0, net_minor: 0 },
    ]);
  });

  it('lists who owes money at the end of the range, with their oldest unpaid invoice', async () => {
    expect(await rows('outstanding_balances', YEAR)).toEqual([{ client_id: ann, client: '=Ann Owing', balance_minor: 20000, oldest_unpaid_on: '2025-04-10' }]);
    // At the end of January Ann had paid half of her first invoice; Bob had not been invoiced.
    expect(await rows('outstanding_balances', 'from=2025-01-01&to=2025-01-31')).toEqual([{ client_id: ann, client: '=Ann Owing', balance_minor: 58000, oldest_unpaid_on: '2025-01-15' }]);
  });

  it('lists deposits held on plans not yet invoiced', async () => {
    expect(await rows('deposits_held', YEAR)).toEqual([
      { client_id: cat, client: 'Cat Deposit', plan_id: catPlan, style: 'scar_camouflage', artist: 'Arturo Artist', held_minor: 30000, paid_on: '2025-03-21' },
    ]);
    expect(await rows('deposits_held', 'from=2025-01-01&to=2025-03-20')).toEqual([]);
  });

  it('takes a deposit paid back off what is held, from the day it was paid back', async () => {
    await testApp.testDatabase.asOwner(`
      INSERT INTO payments (kind, purpose, client_id, plan_id, invoice_id, method, amount_minor, currency, note, received_at, recorded_by)
      SELECT 'refund', 'refund', '${cat}', '${catPlan}', NULL, 'bank_transfer', 10000, 'USD', 'Part of the deposit back', '2026-01-10 12:00-05', id FROM staff LIMIT 1;`);
    expect(await rows('deposits_held', YEAR)).toEqual([expect.objectContaining({ plan_id: catPlan, held_minor: 30000 })]);
    expect(await rows('deposits_held', 'from=2026-01-01&to=2026-01-31')).toEqual([expect.objectContaining({ plan_id: catPlan, held_minor: 20000, paid_on: '2025-03-21' })]);
  });

  it('counts no-shows and late cancellations by the month they were due, in the clinic’s calendar', async () => {
    expect(await rows('attendance', 'from=2025-04-01&to=2025-06-30')).toEqual([
      { month: '2025-04', appointments: 1, no_shows: 0, late_cancellations: 0, no_show_rate: 0, late_cancellation_rate: 0 },
      { month: '2025-05', appointments: 6, no_shows: 1, late_cancellations: 1, no_show_rate: 0.1667, late_cancellation_rate: 0.1667 },
      { month: '2025-06', appointments: 0, no_shows: 0, late_cancellations: 0, no_show_rate: null, late_cancellation_rate: null },
    ]);
  });

  it('counts consultations that became plans within 90 days', async () => {
    expect(await rows('consultation_conversion', MAY)).toEqual([{ month: '2025-05', consultations: 2, converted: 1, conversion_rate: 0.5 }]);
  });

  it('counts plans started in each month and how they ended', async () => {
    expect((await rows('plan_completion', 'from=2025-01-01&to=2025-04-30')).map((row) => [row.month, row.started, row.completed, row.cancelled, row.completion_rate])).toEqual([
      ['2025-01', 1, 1, 0, 1],
      ['2025-02', 1, 0, 1, 0],
      ['2025-03', 1, 0, 0, 0],
      ['2025-04', 0, 0, 0, null],
    ]);
  });

  it('measures booked treatment hours against working hours less time off and closures', async () => {
    // May 2025: 22 weekdays, less Memorial Day and two days off, at 8 hours for Arturo; Mondays but Memorial Day at 4 hours for Bea.
    expect(await rows('artist_utilisation', MAY)).toEqual([
      { artist_id: arturo, artist: 'Arturo Artist', working_hours: 152, booked_hours: 3, utilisation: 0.0197 },
      { artist_id: bea, artist: 'Bea Second', working_hours: 12, booked_hours: 2, utilisation: 0.1667 },
    ]);
  });

  it('counts maintenance recalls followed by a maintenance booking within 60 days', async () => {
    expect(await rows('recall_conversion', MAY)).toEqual([{ month: '2025-05', recalls: 2, booked: 1, conversion_rate: 0.5 }]);
  });

  it('downloads a report as CSV in major units, with the formulas in names defused', async () => {
    const response = await testApp.as('owner').get(`/api/business-reports/revenue_by_month.csv?${YEAR}`);
    expect(response.status).toBe(200);
    expect(response.headers['content-type']).toMatch(/^text\/csv/);
    expect(response.headers['content-disposition']).toBe('attachment; filename=revenue_by_month-2025-01-01-2025-12-31.csv');
    // A CSV has no place to say how fresh its figures are: the answer's headers do.
    expect(response.headers['data-read-from']).toBe('primary');
    expect(Math.abs(Date.parse(response.headers['data-as-of'] as string) - Date.now())).toBeLessThan(10_000);
    const lines = response.text
      .replace(/^\uFEFF/, '')
      .trimEnd()
      .split('\r\n');
    expect(lines.slice(0, 4)).toEqual(['Month,Invoiced,Credited,Revenue', '2025-01,1000.00,0.00,1000.00', '2025-02,500.00,0.00,500.00', '2025-03,0.00,200.00,-200.00']);
    expect(lines).toHaveLength(13);

    const owed = await testApp.as('owner').get(`/api/business-reports/outstanding_balances.csv?${YEAR}`);
    expect(
      owed.text
        .replace(/^\uFEFF/, '')
        .trimEnd()
        .split('\r\n'),
    ).toEqual(['Client id,Client,Owed,Oldest invoice', `${ann},'=Ann Owing,200.00,2025-04-10`]);
  });

  it('records who read which report over which days', async () => {
    await rows('plan_completion', 'from=2025-02-01&to=2025-02-28');
    const events = await testApp.database.auditEvent.findMany({ where: { action: 'business_report.read', actorId: testApp.staff.owner.id } });
    expect(events.map((event) => event.details)).toContainEqual({ report: 'plan_completion', from: '2025-02-01', to: '2025-02-28' });
  });

  it('refuses a range that ends before it starts, or is longer than three years, beside the field', async () => {
    const backwards = await testApp.as('owner').get('/api/business-reports/attendance?from=2025-05-01&to=2025-04-30');
    expect(backwards.status).toBe(400);
    expect(backwards.headers['content-type']).toMatch(/^application\/problem\+json/);
    expect(backwards.body.errors).toEqual([{ field: 'to', message: 'Must not be before the start' }]);
    const tooLong = await testApp.as('owner').get('/api/business-reports/attendance.csv?from=2020-01-01&to=2025-04-30');
    expect(tooLong.body.errors).toEqual([{ field: 'to', message: 'At most three years' }]);
    const unknown = await testApp.as('owner').get(`/api/business-reports/profits?${YEAR}`);
    expect(unknown.status).toBe(400);
    expect(unknown.body.errors).toEqual([{ field: 'report', message: 'Not a report' }]);
  });

  it('is for owners only', async () => {
    expect((await testApp.as('receptionist').get(`/api/business-reports/revenue_by_month?${YEAR}`)).status).toBe(403);
    expect((await testApp.as('artist').get(`/api/business-reports/revenue_by_month.csv?${YEAR}`)).status).toBe(403);
  });
});
