// The app under load at clinic scale, beside a floor that runs the same SQL.
// Builds 20 artists, 100,000 clients and 1,000,000 appointments in a throw-away
// database, runs the built app (dist/main.js) and a bare node:http + pg server that
// replays, per request, exactly the statements the app ran for that request, then
// drives both with autocannon at 50 connections and prints req/s, p50 and p99 side
// by side. Run with `pnpm bench:load` (it builds first; DATABASE_URL: use that server).
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import autocannon from 'autocannon';
import pg from 'pg';
import { addCalendarDays, CSRF_HEADER, dateInZone, type Slot } from '@smp/contracts';
import { appLoginUrl } from '../database/app-login.js';
import { POOL_SIZE } from '../database/database.js';
import { freePort } from '../test-support/test-postgres.js';
import { startChildServer, type ChildServer } from './child-server.js';
import { BENCH_ZONE, FRONT_DESK, insertAppointments, insertClients, insertClinic, openBenchDatabase, rowCounts, timedLoad } from './clinic-data.js';
import type { FloorScript } from './floor-server.js';
import { ranInTransaction, replay, type RecordedRequest } from './replay.js';
import { timedRuns } from './timed-runs.js';
import type { RecordedStatement } from './sql-recorder.js';

const ARTISTS = 20;
const CLIENTS = Number(process.env.BENCH_CLIENTS ?? 100_000);
const APPOINTMENTS = Number(process.env.BENCH_APPOINTMENTS ?? 1_000_000);
const CONNECTIONS = 50;
const SECONDS = Number(process.env.BENCH_SECONDS ?? 10);
const WARM_UP_SECONDS = 3;
const SEARCHES = ['smi', 'nak', 'example', 'jo'];
/** BENCH_CASES: a comma-separated list of the beginnings of the case names to run (say "availability,health"); all when unset. */
const CASES_WANTED =
  process.env.BENCH_CASES?.split(',')
    .map((name) => name.trim())
    .filter(Boolean) ?? [];
/** Replays of each request's SQL alone, one after another, for its own timing. */
const SQL_ALONE_RUNS = 200;

const apiRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const distFile = (file: string) => path.join(apiRoot, 'dist', file);

interface Signed {
  cookie: string;
  csrfToken: string;
}

interface LoadCase {
  name: string;
  method: 'GET' | 'POST';
  url: string;
  /** For POST: the body of the next request. */
  nextBody?: () => unknown;
}

interface Figures {
  requestsPerSecond: number;
  p50: number;
  p99: number;
  statuses: Record<string, number>;
  /** Errors, timeouts and answers other than 2xx (a booking's 409 included). */
  failed: number;
}

async function signIn(appUrl: string): Promise<Signed> {
  const response = await fetch(`${appUrl}/api/auth/login`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify(FRONT_DESK),
  });
  if (response.status !== 200) throw new Error(`Sign-in answered ${response.status}: ${await response.text()}`);
  const cookie = response.headers
    .getSetCookie()
    .map((value) => value.split(';')[0])
    .join('; ');
  return { cookie, csrfToken: ((await response.json()) as { csrfToken: string }).csrfToken };
}

const headersOf = (signed: Signed) => ({ Cookie: signed.cookie, [CSRF_HEADER]: signed.csrfToken, 'Content-Type': 'application/json', Accept: 'application/json' });

async function getJson<T>(appUrl: string, signed: Signed, url: string): Promise<T> {
  const response = await fetch(appUrl + url, { headers: headersOf(signed) });
  if (!response.ok) throw new Error(`GET ${url} answered ${response.status}: ${await response.text()}`);
  return (await response.json()) as T;
}

/** One request of each case to the app under the recorder: the statements it ran and what it answered. */
async function recordCases(appUrl: string, signed: Signed, recordFile: string, cases: LoadCase[], recordingBody: unknown): Promise<Map<string, RecordedRequest>> {
  const recorded = new Map<string, RecordedRequest>();
  for (const loadCase of cases) {
    await writeFile(recordFile, '');
    const response = await fetch(appUrl + loadCase.url, {
      method: loadCase.method,
      headers: headersOf(signed),
      body: loadCase.method === 'POST' ? JSON.stringify(recordingBody) : undefined,
    });
    const body = await response.arrayBuffer();
    const statements = (await readFile(recordFile, 'utf8'))
      .split('\n')
      .filter(Boolean)
      .map((line) => JSON.parse(line) as RecordedStatement);
    recorded.set(loadCase.name, { method: loadCase.method, url: loadCase.url, statements, status: response.status, bodyBytes: body.byteLength });
  }
  return recorded;
}

/** One request of each case, which must succeed, so that the figures are not those of refusals. */
async function expectAnswers(appUrl: string, signed: Signed, cases: LoadCase[]): Promise<void> {
  for (const loadCase of cases) {
    const response = await fetch(appUrl + loadCase.url, {
      method: loadCase.method,
      headers: headersOf(signed),
      body: loadCase.nextBody ? JSON.stringify(loadCase.nextBody()) : undefined,
    });
    if (!response.ok) throw new Error(`${loadCase.name}: the app answered ${response.status}: ${await response.text()}`);
  }
}

async function drive(serverUrl: string, signed: Signed, loadCase: LoadCase, seconds: number): Promise<Figures> {
  const result = await autocannon({
    url: serverUrl,
    connections: CONNECTIONS,
    duration: seconds,
    // A slow answer still counts (autocannon's default gives up after 10 s).
    timeout: 60,
    requests: [
      {
        method: loadCase.method,
        path: loadCase.url,
        headers: headersOf(signed),
        ...(loadCase.nextBody ? { setupRequest: (request) => ({ ...request, body: JSON.stringify(loadCase.nextBody!()) }) } : {}),
      },
    ],
  });
  const statuses = Object.fromEntries(Object.entries(result.statusCodeStats ?? {}).map(([code, { count }]) => [code, count ?? 0]));
  const failed = result.errors + result.timeouts + result.non2xx;
  return { requestsPerSecond: result.requests.average, p50: result.latency.p50, p99: result.latency.p99, statuses, failed };
}

async function measure(serverUrl: string, signed: Signed, loadCase: LoadCase): Promise<Figures> {
  await drive(serverUrl, signed, loadCase, WARM_UP_SECONDS);
  return drive(serverUrl, signed, loadCase, SECONDS);
}

async function slowestStatement(client: pg.Client, request: RecordedRequest): Promise<string> {
  let slowest = { median: 0, p99: 0, text: '' };
  for (const statement of request.statements) {
    const timing = await timedRuns(SQL_ALONE_RUNS, () => replay(client, { ...request, statements: [statement] }));
    if (timing.median > slowest.median) slowest = { ...timing, text: statement.text };
  }
  return `${slowest.median.toFixed(1)} / ${slowest.p99.toFixed(1)}  ${slowest.text.replace(/\s+/g, ' ').trim().slice(0, 48)}…`;
}

/** Each request's SQL run alone on one connection, with nothing else running: what the query targets are about. */
async function timeSqlAlone(databaseUrl: string, recorded: Map<string, RecordedRequest>): Promise<string> {
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    const lines = [
      `SQL alone, one connection, ${SQL_ALONE_RUNS} runs (ms); the slowest of a request's statements also alone:`,
      `  ${'case'.padEnd(36)} ${'median'.padStart(7)} ${'p99'.padStart(7)}   slowest statement: median / p99`,
    ];
    for (const [name, request] of recorded) {
      const { median, p99 } = await timedRuns(SQL_ALONE_RUNS, () => replay(client, request));
      // Statements that depend on each other inside a transaction (a booking's) are only timed as a whole.
      const slowest = request.rollBackWith || ranInTransaction(request) ? '' : await slowestStatement(client, request);
      lines.push(`  ${name.padEnd(36)} ${median.toFixed(1).padStart(7)} ${p99.toFixed(1).padStart(7)}   ${slowest}`);
    }
    return lines.join('\n');
  } finally {
    await client.end();
  }
}

async function machine(admin: pg.Client): Promise<string> {
  const cpus = os.cpus();
  const { rows } = await admin.query<{ server_version: string }>('SHOW server_version');
  return `${cpus[0]?.model ?? 'unknown CPU'}, ${cpus.length} cores, ${Math.round(os.totalmem() / 2 ** 30)} GiB; Node ${process.version}; PostgreSQL ${rows[0]!.server_version}`;
}

function table(rows: { name: string; app: Figures; floor: Figures }[]): string {
  const header = ['case', 'app req/s', 'p50 ms', 'p99 ms', 'floor req/s', 'p50 ms', 'p99 ms', 'req/s app/floor', 'p99 app/floor', 'failed app/floor'];
  const ratio = (app: number, floor: number) => (app && floor ? (app / floor).toFixed(2) : '—');
  const lines = rows.map(({ name, app, floor }) => [
    name,
    app.requestsPerSecond.toFixed(0),
    String(app.p50),
    String(app.p99),
    floor.requestsPerSecond.toFixed(0),
    String(floor.p50),
    String(floor.p99),
    ratio(app.requestsPerSecond, floor.requestsPerSecond),
    ratio(app.p99, floor.p99),
    `${app.failed}/${floor.failed}`,
  ]);
  const widths = header.map((title, column) => Math.max(title.length, ...lines.map((line) => line[column]!.length)));
  return [header, ...lines].map((line) => line.map((cell, column) => (column === 0 ? cell.padEnd(widths[column]!) : cell.padStart(widths[column]!))).join('  ')).join('\n');
}

async function firstSlotFreeForAll(admin: pg.Client, slots: Slot[]): Promise<Slot> {
  for (const slot of slots) {
    const { rowCount } = await admin.query(`SELECT FROM appointments WHERE tstzrange(starts_at, ends_at) && tstzrange($1, $2) AND status NOT IN ('cancelled', 'no_show') LIMIT 1`, [
      slot.startsAt,
      slot.endsAt,
    ]);
    if (rowCount === 0) return slot;
  }
  throw new Error('No slot three weeks ahead where every artist is free');
}

/**
 * The requests of each case, read from the data and the availability API: bookings go
 * into the next two weeks' free consultation slots, one client each; the recording
 * books one three weeks ahead, apart from them, with a client of its own, and the
 * floor's replays swap in the other artists and clients in turn.
 */
async function casesFor(appUrl: string, signed: Signed, admin: pg.Client) {
  const today = dateInZone(new Date(), BENCH_ZONE);
  const day = (offset: number) => addCalendarDays(today, offset);
  const { rows: artists } = await admin.query<{ id: string }>(`SELECT id FROM staff WHERE role = 'artist' ORDER BY name`);
  const { rows: freeClients } = await admin.query<{ id: string }>(`
    SELECT id FROM clients c WHERE archived_at IS NULL
      AND NOT EXISTS (SELECT FROM appointments a WHERE a.client_id = c.id AND a.starts_at > now() - interval '1 day')
    ORDER BY id LIMIT 5000`);
  const availability = (from: string, to: string, artistId?: string) =>
    `/api/availability?${new URLSearchParams({ ...(artistId ? { artistId } : {}), from, to, durationMinutes: '45', kind: 'consultation' })}`;
  const slots = (await getJson<{ slots: Slot[] }>(appUrl, signed, availability(day(1), day(14)))).slots;
  // Where no artist is busy (the first free slot may be one whose booking was cancelled), so that every other artist may take it in the floor's replays.
  const recordingSlot = await firstSlotFreeForAll(admin, (await getJson<{ slots: Slot[] }>(appUrl, signed, availability(day(21), day(27)))).slots);
  const bookingClients = freeClients.slice(0, -1);
  const recordingBooking = { kind: 'consultation', clientId: freeClients.at(-1)!.id, artistId: recordingSlot.artistId, startsAt: recordingSlot.startsAt, durationMinutes: 45 };
  let booked = 0;
  const nextBooking = () => {
    const index = booked++;
    const slot = slots[index % slots.length]!;
    return { kind: 'consultation', clientId: bookingClients[index % bookingClients.length]!.id, artistId: slot.artistId, startsAt: slot.startsAt, durationMinutes: 45 };
  };
  const calendarDay = [1, 2, 3].map(day).find((date) => new Date(`${date}T12:00:00Z`).getUTCDay() !== 0)!;

  const cases: LoadCase[] = [
    { name: 'day calendar', method: 'GET', url: `/api/appointments?from=${calendarDay}&to=${calendarDay}` },
    { name: 'availability, 1 artist, 7 days', method: 'GET', url: availability(day(1), day(7), artists[0]!.id) },
    { name: 'availability, 20 artists, 7 days', method: 'GET', url: availability(day(1), day(7)) },
    ...SEARCHES.map((q): LoadCase => ({ name: `client search "${q}"`, method: 'GET', url: `/api/clients?q=${encodeURIComponent(q)}` })),
    { name: 'booking (POST)', method: 'POST', url: '/api/appointments', nextBody: nextBooking },
    { name: 'health', method: 'GET', url: '/api/health' },
  ];
  const otherArtists = artists.filter((artist) => artist.id !== recordingBooking.artistId);
  const floorPairs = bookingClients.map((client, index) => ({ artistId: otherArtists[index % otherArtists.length]!.id, clientId: client.id }));
  return { cases, slotCount: slots.length, recordingBooking, floorPairs };
}

async function main() {
  const database = await openBenchDatabase();
  const { admin } = database;
  const scratch = await mkdtemp(path.join(os.tmpdir(), 'smp-bench-load-'));
  const servers: ChildServer[] = [];
  try {
    await timedLoad(`Loaded ${ARTISTS} artists, ${CLIENTS.toLocaleString('en')} clients and ${APPOINTMENTS.toLocaleString('en')} appointments`, async () => {
      await insertClinic(admin, { artists: ARTISTS, rooms: ARTISTS });
      await insertClients(admin, CLIENTS);
      await insertAppointments(admin, { total: APPOINTMENTS, daysAhead: 35 });
      await admin.query('VACUUM ANALYZE');
    });
    console.log(`\n${await rowCounts(admin)}\n`);

    const recordFile = path.join(scratch, 'statements.jsonl');
    // The app's errors (a 500 under load, say) reach the output; its request lines do not.
    const appEnvironment = { DATABASE_URL: database.url, DEMO_DATA: 'false', NODE_ENV: 'production', HOST: '127.0.0.1', DATA_DIR: scratch, LOG_LEVEL: 'error' };
    const startApp = async (extra: NodeJS.ProcessEnv, args: string[]) => startChildServer([...args, distFile('main.js')], { ...appEnvironment, ...extra }, await freePort(), '/api/health');

    const recorder = await startApp({ SQL_RECORD_FILE: recordFile }, ['--import', distFile('benchmarks/sql-recorder.js')]);
    servers.push(recorder);
    let signed = await signIn(recorder.url);
    const { cases: allCases, slotCount, recordingBooking, floorPairs } = await casesFor(recorder.url, signed, admin);
    const cases = allCases.filter(({ name }) => CASES_WANTED.length === 0 || CASES_WANTED.some((wanted) => name.startsWith(wanted)));
    const recorded = await recordCases(recorder.url, signed, recordFile, cases, recordingBooking);
    for (const [name, request] of recorded) {
      if (request.status >= 300) throw new Error(`${name}: the app answered ${request.status} while recording`);
    }
    const booking = recorded.get('booking (POST)');
    if (booking) booking.rollBackWith = { from: { artistId: recordingBooking.artistId, clientId: recordingBooking.clientId }, pairs: floorPairs };
    await recorder.stop();
    servers.pop();

    console.log(`${await timeSqlAlone(appLoginUrl(database.url), recorded)}\n`);

    const script: FloorScript = { databaseUrl: appLoginUrl(database.url), poolSize: POOL_SIZE, requests: [...recorded.values()] };
    await writeFile(path.join(scratch, 'floor.json'), JSON.stringify(script));
    const app = await startApp({}, []);
    servers.push(app);
    const floor = await startChildServer([distFile('benchmarks/floor-server.js')], { FLOOR_SCRIPT: path.join(scratch, 'floor.json') }, await freePort(), '/api/health');
    servers.push(floor);
    signed = await signIn(app.url);
    await expectAnswers(app.url, signed, cases);

    console.log(`${CONNECTIONS} connections, ${SECONDS} s a case after ${WARM_UP_SECONDS} s of warm-up; statements per request:`);
    for (const [name, request] of recorded) console.log(`  ${name.padEnd(36)} ${request.statements.length}`);
    const rows: { name: string; app: Figures; floor: Figures }[] = [];
    for (const loadCase of cases) {
      // The floor's booking replays roll back, so it goes first and leaves the slots to the app.
      const floorFigures = await measure(floor.url, signed, loadCase);
      const appFigures = await measure(app.url, signed, loadCase);
      rows.push({ name: loadCase.name, app: appFigures, floor: floorFigures });
      console.log(`  ${loadCase.name}: done`);
    }
    const bookingRow = rows.find((row) => row.name === 'booking (POST)');
    console.log(`\nMachine: ${await machine(admin)}\n`);
    console.log(table(rows));
    if (bookingRow) {
      console.log(
        `\nBooking: the app answered ${JSON.stringify(bookingRow.app.statuses)} over ${slotCount} free slots in turn (a 409 is a slot already taken, counted as failed); ` +
          'the floor replays the recorded booking inside a transaction that rolls back (a replayed INSERT would clash with the booking it copies), ' +
          'with another artist and client in it each time.',
      );
    }
  } finally {
    for (const server of servers.reverse()) await server.stop();
    await database.close();
    await rm(scratch, { recursive: true, force: true });
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
