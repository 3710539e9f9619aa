import { randomUUID } from 'node:crypto';
import { fileURLToPath } from 'node:url';
import { expect, test } from '@playwright/test';
import { addCalendarDays, clinicSettingsInputSchema, dateInZone } from '@smp/contracts';
import pg from 'pg';
import { missingPrograms, startTopology } from './topology.js';

type Topology = Awaited<ReturnType<typeof startTopology>>;

const demoOwner = { email: 'owner@demo.clinic', password: 'smp-demo-2026' };
const missing = missingPrograms();

test.describe.configure({ mode: 'serial' });
// On a developer's machine without the Debian packages the journeys are skipped, saying why; CI installs them and must run them.
test.skip(!!missing && !process.env.CI, missing ?? '');

let topology: Topology;
let token: string;

/**
 * A request through HAProxy, with the name of the instance that answered: a JSON
 * body from the app, or HAProxy's own answer (a 502 for a request whose instance
 * died with it); status 0 when the connection was cut off unanswered.
 */
async function call(method: string, path: string, body?: object, base = topology.url) {
  const response = await fetch(`${base}${path}`, {
    method,
    headers: { authorization: `Bearer ${token}`, ...(body ? { 'content-type': 'application/json' } : {}) },
    body: body ? JSON.stringify(body) : undefined,
  }).catch(() => null);
  if (!response) return { status: 0, servedBy: null, body: {} as Record<string, unknown> };
  const json = response.headers.get('content-type')?.includes('json') ?? false;
  return { status: response.status, servedBy: response.headers.get('x-served-by'), body: json ? ((await response.json()) as Record<string, unknown>) : {} };
}

const onPrimary = <Row extends pg.QueryResultRow>(sql: string, values: unknown[] = []) => queryOn<Row>(topology.primaryUrl, sql, values);
const onReplica = (sql: string) => queryOn(topology.replicaUrl, sql);

async function queryOn<Row extends pg.QueryResultRow>(url: string, sql: string, values: unknown[] = []): Promise<Row[]> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return (await client.query<Row>(sql, values)).rows;
  } finally {
    await client.end();
  }
}

const newClient = (firstName: string) => call('POST', '/api/clients', { firstName, lastName: 'Topology', email: `${randomUUID()}@example.com` });

test.beforeAll(async () => {
  // Longer than the topology's own waits for each program, which stop it all when one fails.
  test.setTimeout(600_000);
  topology = await startTopology({ logFolder: fileURLToPath(new URL('../test-results/topology-logs', import.meta.url)) });
  const signedIn = await fetch(`${topology.url}/api/auth/token`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(demoOwner) });
  expect(signedIn.status).toBe(201);
  token = ((await signedIn.json()) as { token: string }).token;
});

test.afterEach(() => {
  const { status, expectedStatus } = test.info();
  if (status !== expectedStatus) console.log(`What the topology's programs printed last:\n${topology.outputs()}`);
});

test.afterAll(async () => {
  // Unset when starting it failed.
  await (topology as Topology | undefined)?.stop();
});

test('sign-ins, sessions, throttles and writes are shared by both instances behind the balancer', async () => {
  // A browser's sign-in on one instance is honoured by the other: the session lives in PostgreSQL.
  const login = await fetch(`${topology.url}/api/auth/login`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(demoOwner) });
  expect(login.status).toBe(200);
  const cookie = login.headers.get('set-cookie')!.split(';')[0]!;
  const seenBy = new Set<string>();
  for (let request = 0; request < 6; request += 1) {
    const me = await fetch(`${topology.url}/api/auth/me`, { headers: { cookie } });
    expect(me.status).toBe(200);
    seenBy.add(me.headers.get('x-served-by')!);
  }
  expect([...seenBy].sort()).toEqual(['app1', 'app2']);

  // Failed sign-ins counted on either instance lock the account on both.
  const stranger = { email: `${randomUUID()}@example.com`, password: 'not the password' };
  const attempts = [];
  for (let attempt = 0; attempt < 6; attempt += 1) {
    const refused = await fetch(`${topology.url}/api/auth/login`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(stranger) });
    attempts.push({ status: refused.status, servedBy: refused.headers.get('x-served-by') });
  }
  expect(new Set(attempts.map((attempt) => attempt.servedBy)).size).toBe(2);
  expect(attempts.at(-1)!.status).toBe(429);

  // Writes through either instance go through PgBouncer to the primary and stream to the replica.
  const created = await Promise.all(Array.from({ length: 10 }, (_, index) => newClient(`Spread${index}`)));
  expect(created.map((response) => response.status)).toEqual(Array(10).fill(201));
  expect(new Set(created.map((response) => response.servedBy)).size).toBe(2);
  const ids = created.map((response) => response.body.id as string);
  expect(await onPrimary('SELECT id FROM clients WHERE id = ANY($1::uuid[])', [ids])).toHaveLength(10);
  const pools = await showPools();
  expect(pools.some((pool) => pool.user === 'smp_app' && pool.database === 'smp_clinic')).toBe(true);
});

test('a change of the clinic settings through one instance is read at once through the other', async () => {
  const [first, second] = topology.instances.map((instance) => instance.url);
  const settings = (await call('GET', '/api/clinic', undefined, second)).body;
  const input = Object.fromEntries(Object.entries(settings).filter(([key]) => key in clinicSettingsInputSchema.shape));
  const renamed = `Topology Clinic ${randomUUID().slice(0, 8)}`;
  expect((await call('PUT', '/api/clinic', { ...input, name: renamed }, first)).status).toBe(200);
  // The second instance kept the settings in memory; the database's notification tells it to read them again.
  await expect.poll(async () => (await call('GET', '/api/clinic', undefined, second)).body.name, { timeout: 3_000, intervals: [50] }).toBe(renamed);
});

test('200 people booking the same time at once, across both instances, give one booking', async () => {
  const [{ timeZone }, artists] = await Promise.all([call('GET', '/api/clinic').then((response) => response.body as { timeZone: string }), call('GET', '/api/artists')]);
  const artistId = (artists.body.items as { id: string }[])[0]!.id;
  const from = addCalendarDays(dateInZone(new Date(), timeZone), 1);
  const availability = await call('GET', `/api/availability?${new URLSearchParams({ artistId, from, to: addCalendarDays(from, 27), durationMinutes: '60', kind: 'consultation' })}`);
  const startsAt = (availability.body.slots as { startsAt: string }[])[0]!.startsAt;

  const clients = [];
  for (let batch = 0; batch < 4; batch += 1) clients.push(...(await Promise.all(Array.from({ length: 50 }, (_, index) => newClient(`Racer${batch * 50 + index}`)))));
  expect(clients.every((client) => client.status === 201)).toBe(true);

  const attempts = await Promise.all(clients.map((client) => call('POST', '/api/appointments', { kind: 'consultation', clientId: client.body.id, artistId, startsAt, durationMinutes: 60 })));
  const statuses = attempts.map((attempt) => attempt.status);
  expect(statuses.filter((status) => status === 201)).toHaveLength(1);
  expect(statuses.filter((status) => status !== 201).every((status) => status === 409)).toBe(true);
  expect(new Set(attempts.map((attempt) => attempt.servedBy)).size).toBe(2);
  const booked = await onPrimary<{ count: number }>(`SELECT count(*)::int AS count FROM appointments WHERE artist_id = $1 AND starts_at = $2 AND status NOT IN ('cancelled', 'no_show')`, [
    artistId,
    startsAt,
  ]);
  expect(booked[0]!.count).toBe(1);
});

test('reports read the replica and say how fresh their figures are, also when it falls behind', async () => {
  const today = new Date().toISOString().slice(0, 10);
  const report = async () =>
    (await call('GET', `/api/business-reports/attendance?from=${addCalendarDays(today, -30)}&to=${today}`)).body as { readFrom: string; dataAsOf: string; generatedAt: string };

  const streaming = await report();
  expect(streaming.readFrom).toBe('replica');
  expect(Date.parse(streaming.generatedAt) - Date.parse(streaming.dataAsOf)).toBeLessThan(5_000);

  await onReplica('SELECT pg_wal_replay_pause()');
  try {
    await new Promise((resolve) => setTimeout(resolve, 1_000));
    const writtenAt = Date.now();
    expect((await newClient('WhileTheReplicaWaits')).status).toBe(201);
    await new Promise((resolve) => setTimeout(resolve, 1_500));
    const behind = await report();
    expect(behind.readFrom).toBe('replica');
    // The replica has not replayed the new client: its figures are as of before that write, and say so.
    expect(Date.parse(behind.dataAsOf)).toBeLessThan(writtenAt);
  } finally {
    await onReplica('SELECT pg_wal_replay_resume()');
  }
  await expect
    .poll(
      async () => {
        const caughtUp = await report();
        return Date.parse(caughtUp.generatedAt) - Date.parse(caughtUp.dataAsOf);
      },
      { timeout: 10_000 },
    )
    .toBeLessThan(5_000);

  // A replica that has replayed everything is as fresh as the moment, even after a quiet spell without writes.
  await new Promise((resolve) => setTimeout(resolve, 8_000));
  const quiet = await report();
  expect(Date.parse(quiet.generatedAt) - Date.parse(quiet.dataAsOf)).toBeLessThan(3_000);
});

test('one instance killed under load: the balancer stops sending to it, the other keeps serving, no acknowledged write is lost', async () => {
  const acknowledged: string[] = [];
  const outcomes: { at: number; status: number; servedBy: string | null; problem?: unknown }[] = [];
  const started = Date.now();
  const writer = async (lane: number) => {
    for (let index = 0; Date.now() - started < 8_000; index += 1) {
      const response = await newClient(`Load${lane}x${index}`);
      outcomes.push({ at: Date.now(), status: response.status, servedBy: response.servedBy, ...(response.status === 201 ? {} : { problem: response.body }) });
      if (response.status === 201) acknowledged.push(response.body.id as string);
    }
  };
  const load = Promise.all(Array.from({ length: 8 }, (_, lane) => writer(lane)));
  await new Promise((resolve) => setTimeout(resolve, 2_000));
  await topology.instances[1]!.kill();
  const killedAt = Date.now();
  // HAProxy's health checks (every 500 ms, out after two failures) take the dead instance out.
  await expect.poll(() => instanceStates().then((states) => states.app2), { timeout: 5_000, intervals: [100] }).toMatch(/^DOWN/);
  const detectedAt = Date.now();
  await load;

  expect(detectedAt - killedAt).toBeLessThan(2_500);
  expect(outcomes.filter((outcome) => outcome.at < killedAt && outcome.status === 201).map((outcome) => outcome.servedBy)).toEqual(expect.arrayContaining(['app1', 'app2']));
  // Until then a request the dead instance had taken is never acknowledged: HAProxy answers it 502, or,
  // when it went over a kept-alive connection to the instance, closes the client's connection unanswered
  // (status 0 here) so that the client may retry.
  const meanwhile = outcomes.filter((outcome) => outcome.at >= killedAt && outcome.at <= detectedAt);
  expect(meanwhile.filter((outcome) => ![201, 502, 0].includes(outcome.status))).toEqual([]);
  // From then on the other instance serves every request.
  const afterwards = outcomes.filter((outcome) => outcome.at > detectedAt);
  expect(afterwards.length).toBeGreaterThan(20);
  expect(afterwards.filter((outcome) => outcome.status !== 201 || outcome.servedBy !== 'app1')).toEqual([]);
  // Every write the clients were told succeeded is in the database.
  const found = await onPrimary('SELECT id FROM clients WHERE id = ANY($1::uuid[])', [acknowledged]);
  expect(found).toHaveLength(acknowledged.length);

  // Started again, it rejoins: the balancer sends it requests once it passes its checks.
  await topology.instances[1]!.start();
  await expect.poll(async () => (await call('GET', '/api/auth/me')).servedBy, { timeout: 10_000 }).toBe('app2');
});

/** What HAProxy's stats say of each instance: UP, DOWN, or on its way between them. */
async function instanceStates(): Promise<Record<string, string>> {
  const csv = await (await fetch(topology.statsUrl)).text();
  const [header, ...rows] = csv.replace(/^# /, '').trim().split('\n');
  const columns = header!.split(',');
  const [proxy, server, status] = ['pxname', 'svname', 'status'].map((name) => columns.indexOf(name));
  return Object.fromEntries(
    rows
      .map((row) => row.split(','))
      .filter((cells) => cells[proxy!] === 'app')
      .map((cells): [string, string] => [cells[server!]!, cells[status!]!]),
  );
}

async function showPools(): Promise<{ database: string; user: string }[]> {
  const admin = new pg.Client({ connectionString: topology.primaryUrl.replace(/@[^/]+\/smp_clinic/, `@${topology.poolerAddress}/pgbouncer`) });
  await admin.connect();
  try {
    // Without parameters pg sends the simple query protocol, the only one the admin console speaks.
    return (await admin.query<{ database: string; user: string }>('SHOW POOLS')).rows;
  } finally {
    await admin.end();
  }
}
