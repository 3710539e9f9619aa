// Availability at clinic scale: 20 artists with three years of appointments behind
// them and a busy month ahead. Prints how long free-slot searches take, and the plan of the range query behind them. Run with
// `pnpm --filter @smp/api bench:availability` (DATABASE_URL: use that server).
import { performance } from 'node:perf_hooks';
import { addCalendarDays, dateInZone } from '@smp/contracts';
import { AuditService } from '../audit/audit.service.js';
import { ClinicSettingsCache } from '../clinic/clinic-settings-cache.js';
import { ClinicSettingsService } from '../clinic/clinic-settings.service.js';
import { loadConfig } from '../config/config.js';
import { createDatabase } from '../database/database.js';
import { prepareAppLogin } from '../database/app-login.js';
import { AvailabilityService } from '../scheduling/availability.service.js';
import { LocationsService } from '../locations/locations.service.js';
import { CalendarFactsQueries } from '../scheduling/calendar-facts.queries.js';
import { BENCH_ZONE as ZONE, insertClients, insertClinic, openBenchDatabase } from './clinic-data.js';
import { timedRuns } from './timed-runs.js';

const ARTISTS = 20;
const YEARS_OF_HISTORY = 3;
const RUNS = 100;

async function main() {
  const { url: databaseUrl, admin, close } = await openBenchDatabase();
  try {
    const loadStart = performance.now();
    await insertClinic(admin, { artists: ARTISTS, rooms: 8 });
    await insertClients(admin, 5000);
    // Up to three appointments a working day per artist: 09:00, 13:00 and 16:00 local. Eight artists
    // treat in the eight chairs in turn; the other twelve hold consultations, which need none.
    // The days ahead are not all booked yet: every third morning of each artist is still free.
    await admin.query(`
      WITH artists AS (SELECT id, row_number() OVER (ORDER BY id) AS n FROM staff WHERE role = 'artist'),
           rooms AS (SELECT id, row_number() OVER (ORDER BY id) AS n FROM rooms),
           desk AS (SELECT id FROM staff WHERE role = 'receptionist'),
           days AS (SELECT d::date AS day FROM generate_series(current_date - ${YEARS_OF_HISTORY * 365}, current_date + 30, interval '1 day') d
                    WHERE extract(isodow FROM d) < 7),
           slots AS (SELECT * FROM (VALUES (0, time '09:00', 150), (1, time '13:00', 90), (2, time '16:00', 60)) AS s(k, starts, minutes))
      INSERT INTO appointments (kind, client_id, artist_id, room_id, starts_at, ends_at, status, created_by)
      SELECT CASE WHEN a.n <= 8 THEN 'maintenance' ELSE 'consultation' END,
             (SELECT id FROM clients ORDER BY id OFFSET ((a.n * 31 + slots.k * 7 + extract(doy FROM days.day)::int) % 5000) LIMIT 1),
             a.id,
             CASE WHEN a.n <= 8 THEN (SELECT r.id FROM rooms r WHERE r.n = ((a.n + slots.k) % 8) + 1) END,
             (days.day + slots.starts) AT TIME ZONE '${ZONE}',
             (days.day + slots.starts) AT TIME ZONE '${ZONE}' + make_interval(mins => slots.minutes),
             CASE WHEN days.day < current_date THEN 'completed' ELSE 'booked' END,
             (SELECT id FROM desk)
      FROM artists a CROSS JOIN days CROSS JOIN slots
      WHERE days.day < current_date OR slots.k > 0 OR (a.n + extract(doy FROM days.day)::int) % 3 <> 0`);
    await admin.query('ANALYZE');
    const { rows } = await admin.query<{ count: string }>('SELECT count(*) FROM appointments');
    console.log(`Loaded ${ARTISTS} artists and ${Number(rows[0]!.count).toLocaleString('en')} appointments in ${((performance.now() - loadStart) / 1000).toFixed(1)} s\n`);

    // Wired by hand: tsx does not emit the decorator metadata Nest's injection needs.
    const appUrl = await prepareAppLogin(databaseUrl);
    const database = createDatabase(appUrl);
    // Never started, so it does not listen and keeps nothing: each search reads the settings as before.
    const cache = new ClinicSettingsCache(appUrl);
    const audit = new AuditService(database);
    const clinic = new ClinicSettingsService(database, loadConfig({ CLINIC_TIME_ZONE: ZONE }), audit, cache);
    const availability = new AvailabilityService(new CalendarFactsQueries(database, clinic, new LocationsService(database, audit, clinic, cache)));
    const firstArtist = (await admin.query<{ id: string }>(`SELECT id FROM staff WHERE role = 'artist' ORDER BY name LIMIT 1`)).rows[0]!.id;
    const today = dateInZone(new Date(), ZONE);

    const cases: [string, () => Promise<unknown>][] = [
      ['one artist, next 7 days, 210 min', () => availability.slots({ artistId: firstArtist, from: today, to: addCalendarDays(today, 6), durationMinutes: 210, kind: 'plan_session' })],
      ['any of 20 artists, next 7 days, 210 min', () => availability.slots({ from: today, to: addCalendarDays(today, 6), durationMinutes: 210, kind: 'plan_session' })],
      [
        'any of 20 artists, a 28-day window, 210 min',
        () => availability.slots({ from: addCalendarDays(today, 7), to: addCalendarDays(today, 34), durationMinutes: 210, kind: 'plan_session' }),
      ],
    ];
    console.log('query'.padEnd(48), 'median ms'.padStart(10), 'p99 ms'.padStart(8), '  results');
    for (const [name, run] of cases) {
      const { median, p99, result } = await timedRuns(RUNS, run);
      console.log(name.padEnd(48), median.toFixed(1).padStart(10), p99.toFixed(1).padStart(8), `  ${(result as unknown[]).length}`);
    }

    const plan = await admin.query(`
      EXPLAIN (ANALYZE, COSTS OFF, TIMING OFF)
      SELECT artist_id, room_id, starts_at, ends_at FROM appointments
      WHERE status NOT IN ('cancelled', 'no_show') AND tstzrange(starts_at, ends_at) && tstzrange(now(), now() + interval '7 days')`);
    console.log('\nPlan of the busy-time range query (one week):');
    for (const row of plan.rows as { 'QUERY PLAN': string }[]) console.log(`  ${row['QUERY PLAN']}`);
    await database.$disconnect();
  } finally {
    await close();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
