// Builds a clinic at scale in a database, with set-based SQL, for the benchmarks.
import { performance } from 'node:perf_hooks';
import pg from 'pg';
import { hashPassword } from '../auth/passwords.js';
import { migrateToLatest } from '../database/migrations.js';
import { startThrowAwayPostgres } from '../test-support/test-postgres.js';

export const BENCH_ZONE = 'America/New_York';
/** The front desk's sign-in, for benchmarks that go through the HTTP API. */
export const FRONT_DESK = { email: 'desk@bench.test', password: 'bench front desk password' };

export interface BenchDatabase {
  /** The tables' owner. */
  url: string;
  admin: pg.Client;
  close: () => Promise<void>;
}

/** A migrated database: the server of DATABASE_URL when set, else a throw-away embedded one. */
export async function openBenchDatabase(): Promise<BenchDatabase> {
  const server = process.env.DATABASE_URL ? undefined : await startThrowAwayPostgres();
  const url = process.env.DATABASE_URL ?? server!.url;
  await migrateToLatest(url);
  const admin = new pg.Client({ connectionString: url });
  await admin.connect();
  return {
    url,
    admin,
    close: async () => {
      await admin.end().catch(() => undefined);
      await server?.stop();
    },
  };
}

/** Runs `load` and says how long it took. */
export async function timedLoad(what: string, load: () => Promise<unknown>): Promise<void> {
  const start = performance.now();
  await load();
  console.log(`${what}: ${((performance.now() - start) / 1000).toFixed(1)} s`);
}

/**
 * The clinic's settings and its one location, open 08:00–20:00 every day; `artists` artists working
 * 09:00–18:00 Monday to Saturday; `rooms` chairs; a front desk that can sign in.
 */
export async function insertClinic(admin: pg.Client, { artists, rooms }: { artists: number; rooms: number }): Promise<void> {
  const deskHash = await hashPassword(FRONT_DESK.password);
  await admin.query(`INSERT INTO clinic_settings (name, country, time_zone, currency) VALUES ('Bench', 'US', $1, 'USD') ON CONFLICT DO NOTHING`, [BENCH_ZONE]);
  // Its one location, where the hours, chairs and appointments below are (their column's default).
  await admin.query(`INSERT INTO locations (name, main) SELECT 'Bench', true WHERE NOT EXISTS (SELECT FROM locations WHERE main)`);
  await admin.query(`INSERT INTO clinic_opening_hours (weekday, opens, closes) SELECT d, '08:00', '20:00' FROM generate_series(1, 7) d`);
  await admin.query(
    `INSERT INTO staff (name, email, role, password_hash)
     SELECT 'Artist ' || lpad(i::text, 2, '0'), 'artist' || i || '@bench.test', 'artist', '$argon2id$bench' FROM generate_series(1, $1::int) i`,
    [artists],
  );
  await admin.query(`INSERT INTO staff (name, email, role, password_hash) VALUES ('Front Desk', $1, 'receptionist', $2)`, [FRONT_DESK.email, deskHash]);
  await admin.query(`
    INSERT INTO artist_working_hours (staff_id, weekday, starts, ends)
    SELECT s.id, d, '09:00', '18:00' FROM staff s CROSS JOIN generate_series(1, 6) d WHERE s.role = 'artist'`);
  await admin.query(`INSERT INTO rooms (name) SELECT 'Chair ' || i FROM generate_series(1, $1::int) i`, [rooms]);
}

const firstNames = [
  'José',
  'Zoë',
  'Marcus',
  'Aisha',
  'Daniel',
  'Chloé',
  'Ravi',
  'Grace',
  'Kwame',
  'Søren',
  'Maria',
  'Ethan',
  'Liam',
  'Fatima',
  'Noah',
  'Priya',
  'Andre',
  'Sean',
  'Yuki',
  'Emma',
  'Carlos',
  'Hannah',
  'Lucas',
  'Nina',
  'Anna',
  'Ryan',
  'Leila',
  'Viktor',
  'Sophie',
  'Tomás',
];
const lastNames = [
  'Álvarez',
  'Bennett',
  'Okafor',
  'Kowalski',
  'Moreau',
  'Shah',
  'Ó Briain',
  'Liu',
  'Mensah',
  'Lindqvist',
  'Rossi',
  'Cohen',
  'Papadopoulos',
  'O’Connor',
  'Tanaka',
  'Haddad',
  'Williams',
  'García',
  'Schmidt',
  'Nair',
  'Dubois',
  'Murphy',
  'Sato',
  'Adeyemi',
  'Johansson',
  'Mendoza',
  'Weiss',
  'Al-Sayed',
  'Ferreira',
  'Petrović',
  'Washington',
  'Novak',
  'Fitzgerald',
  'Karimi',
  'Ivanov',
  'Martin',
  'Smith',
  'Nguyen',
  'Kim',
  'Müller',
];

/** `count` clients with varied, accented names, phones and emails; one in 23 archived. */
export async function insertClients(admin: pg.Client, count: number): Promise<void> {
  await admin.query(
    `INSERT INTO clients (first_name, last_name, email, phone, date_of_birth, archived_at)
     SELECT ($1::text[])[(i::bigint * 7919) % cardinality($1::text[]) + 1],
            ($2::text[])[(i::bigint * 104729) % cardinality($2::text[]) + 1],
            'client' || i || '@example.com',
            '+1' || (2000000000::bigint + i * 37)::text,
            DATE '1950-01-01' + (i % 18000),
            CASE WHEN i % 23 = 0 THEN now() END
     FROM generate_series(1, $3::int) AS i`,
    [firstNames, lastNames, count],
  );
}

/**
 * A working day's appointments per artist, in the clinic's time: kind, start, minutes,
 * and whether it is still booked in the weeks ahead (the rest of those days stays free,
 * so availability and booking find slots). Treatments take a chair; consultations none.
 */
const DAY_PLAN = [
  { kind: 'maintenance', starts: '09:00', minutes: 120, ahead: true },
  { kind: 'consultation', starts: '11:15', minutes: 45, ahead: false },
  { kind: 'touch_up', starts: '12:00', minutes: 90, ahead: true },
  { kind: 'consultation', starts: '14:00', minutes: 60, ahead: false },
  { kind: 'maintenance', starts: '15:00', minutes: 120, ahead: true },
  { kind: 'consultation', starts: '17:15', minutes: 45, ahead: false },
] as const;

/**
 * `total` appointments: the working days ahead (`daysAhead`) partly booked, and as
 * many years of history behind today as it takes, about 6 % cancelled and 3 % no-shows.
 * Within a day every artist, chair and client is booked once at a time, so the
 * exclusion constraints hold. They, the foreign keys and the indexes are rebuilt after
 * the load from their own definitions (much faster than row by row), which checks
 * every row; the CHECK constraints stay on.
 */
export async function insertAppointments(admin: pg.Client, { total, daysAhead }: { total: number; daysAhead: number }): Promise<void> {
  const { rows: rebuilt } = await admin.query<{ drop: string; create: string }>(`
    SELECT format('ALTER TABLE appointments DROP CONSTRAINT %I', conname) AS drop,
           format('ALTER TABLE appointments ADD CONSTRAINT %I %s', conname, pg_get_constraintdef(oid)) AS create
    FROM pg_constraint WHERE conrelid = 'appointments'::regclass AND contype IN ('x', 'f')
    UNION ALL
    SELECT format('DROP INDEX %I', indexrelid::regclass::text), pg_get_indexdef(indexrelid)
    FROM pg_index i WHERE indrelid = 'appointments'::regclass AND NOT indisprimary AND NOT indisunique
      AND NOT EXISTS (SELECT FROM pg_constraint c WHERE c.conindid = i.indexrelid)`);
  await admin.query('BEGIN');
  await admin.query(`SET LOCAL maintenance_work_mem = '512MB'`);
  const start = performance.now();
  for (const { drop } of rebuilt) await admin.query(drop);

  await admin.query(`CREATE TEMP TABLE numbered_clients ON COMMIT DROP AS SELECT id, row_number() OVER (ORDER BY id) - 1 AS n FROM clients`);
  await admin.query(`CREATE INDEX ON numbered_clients (n)`);
  await admin.query(
    `WITH settings AS (SELECT (now() AT TIME ZONE $1)::date AS today),
          plan AS (SELECT k - 1 AS k, kind, starts::time AS starts, minutes, ahead
                   FROM ROWS FROM (jsonb_to_recordset($2::jsonb) AS (kind text, starts text, minutes int, ahead boolean)) WITH ORDINALITY AS p(kind, starts, minutes, ahead, k)),
          artists AS (SELECT id, row_number() OVER (ORDER BY name) - 1 AS n FROM staff WHERE role = 'artist'),
          rooms AS (SELECT id, row_number() OVER (ORDER BY name) - 1 AS n, count(*) OVER () AS total FROM rooms),
          clients AS (SELECT count(*) AS total FROM numbered_clients),
          desk AS (SELECT id FROM staff WHERE role = 'receptionist' LIMIT 1),
          days AS (SELECT d::date AS day, row_number() OVER (ORDER BY d DESC) AS i, d::date >= settings.today AS ahead
                   FROM settings, generate_series(settings.today + $3::int, settings.today - 40 * 366, interval '-1 day') d
                   WHERE extract(isodow FROM d) < 7),
          slots AS (SELECT days.day, days.i, days.ahead, plan.k, plan.kind, plan.minutes, artists.id AS artist_id, artists.n AS artist_n,
                           (days.day + plan.starts) AT TIME ZONE $1 AS starts_at,
                           (days.i * 7 + plan.k * 13 + artists.n * 31) % 100 AS chance
                    FROM days CROSS JOIN plan CROSS JOIN artists
                    WHERE plan.ahead OR NOT days.ahead
                    ORDER BY days.i, plan.k, artists.n
                    LIMIT $4::int)
     INSERT INTO appointments (kind, client_id, artist_id, room_id, starts_at, ends_at, status, cancelled_at, cancellation_reason, late_cancellation, created_by)
     SELECT slots.kind,
            client.id,
            slots.artist_id,
            room.id,
            slots.starts_at,
            slots.starts_at + make_interval(mins => slots.minutes),
            status,
            CASE WHEN status = 'cancelled' THEN slots.starts_at - interval '2 days' END,
            CASE WHEN status = 'cancelled' THEN 'Client rescheduled' END,
            CASE WHEN status = 'cancelled' THEN false END,
            desk.id
     FROM slots CROSS JOIN clients CROSS JOIN desk
     JOIN numbered_clients client ON client.n = (slots.i * 200 + slots.k * 30 + slots.artist_n) % clients.total
     LEFT JOIN rooms room ON slots.kind <> 'consultation' AND room.n = (slots.artist_n + slots.k) % room.total
     CROSS JOIN LATERAL (SELECT CASE WHEN slots.chance < 6 THEN 'cancelled'
                                     WHEN slots.chance < 9 AND NOT slots.ahead THEN 'no_show'
                                     WHEN slots.ahead THEN CASE WHEN slots.chance % 2 = 0 THEN 'confirmed' ELSE 'booked' END
                                     ELSE 'completed' END AS status) AS s`,
    [BENCH_ZONE, JSON.stringify(DAY_PLAN), daysAhead, total],
  );
  const inserted = performance.now();
  for (const { create } of rebuilt) await admin.query(create);
  await admin.query('COMMIT');
  const seconds = (milliseconds: number) => (milliseconds / 1000).toFixed(1);
  console.log(`  appointments inserted in ${seconds(inserted - start)} s; constraints and indexes rebuilt in ${seconds(performance.now() - inserted)} s`);
}

/** Row counts of the tables a benchmark reads, for its printout. */
export async function rowCounts(admin: pg.Client): Promise<string> {
  const { rows } = await admin.query<{ what: string; count: string }>(`
    SELECT what, count FROM (
      SELECT 1 AS line, 'artists' AS what, count(*)::text AS count FROM staff WHERE role = 'artist'
      UNION ALL SELECT 2, 'rooms', count(*)::text FROM rooms
      UNION ALL SELECT 3, 'clients', count(*)::text FROM clients
      UNION ALL SELECT 4, 'appointments', count(*)::text FROM appointments
      UNION ALL SELECT 5, '  of them ahead of today', count(*)::text FROM appointments WHERE starts_at >= now()
      UNION ALL SELECT 6, '  cancelled', count(*)::text FROM appointments WHERE status = 'cancelled'
      UNION ALL SELECT 7, '  no-shows', count(*)::text FROM appointments WHERE status = 'no_show'
      UNION ALL SELECT 8, '  first day', min(starts_at)::date::text FROM appointments) AS counts
    ORDER BY line`);
  return rows.map(({ what, count }) => `${what.padEnd(26)} ${/^\d+$/.test(count) ? Number(count).toLocaleString('en') : count}`).join('\n');
}
