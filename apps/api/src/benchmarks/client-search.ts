// Client search at clinic scale: loads 100,000 clients into a fresh database and
// prints how long list and search queries take.
// Run with `pnpm --filter @smp/api bench:client-search` (DATABASE_URL: use that
// server instead of a throw-away embedded one).
import { performance } from 'node:perf_hooks';
import pg from 'pg';
import { createDatabase } from '../database/database.js';
import { prepareAppLogin } from '../database/app-login.js';
import { migrateToLatest } from '../database/migrations.js';
import { ClientQueries, type ClientListCriteria } from '../clients/clients.queries.js';
import { searchPatterns } from '../clients/client-search.js';
import { startThrowAwayPostgres } from '../test-support/test-postgres.js';

const CLIENTS = Number(process.env.BENCH_CLIENTS ?? 100_000);
const RUNS = 30;

const firstNames = ['José', 'Zoë', 'Marcus', 'Aisha', 'Daniel', 'Chloé', 'Ravi', 'Grace', 'Kwame', 'Søren', 'Maria', 'Ethan', 'Liam', 'Fatima', 'Noah', 'Priya', 'Andre', 'Sean', 'Yuki', 'Emma', 'Carlos', 'Hannah', 'Lucas', 'Nina', 'Anna', 'Ryan', 'Leila', 'Viktor', 'Sophie', 'Tomás'];
const lastNames = ['Álvarez', 'Bennett', 'Okafor', 'Kowalski', 'Moreau', 'Shah', 'Ó Briain', 'Liu', 'Mensah', 'Lindqvist', 'Rossi', 'Cohen', 'Papadopoulos', 'O’Connor', 'Tanaka', 'Haddad', 'Williams', 'García', 'Schmidt', 'Nair', 'Dubois', 'Murphy', 'Sato', 'Adeyemi', 'Johansson', 'Mendoza', 'Weiss', 'Al-Sayed', 'Ferreira', 'Petrović', 'Washington', 'Novak', 'Fitzgerald', 'Karimi', 'Ivanov', 'Martin', 'Smith', 'Nguyen', 'Kim', 'Müller'];

async function main() {
  const server = process.env.DATABASE_URL ? undefined : await startThrowAwayPostgres();
  const databaseUrl = process.env.DATABASE_URL ?? server!.url;
  const admin = new pg.Client({ connectionString: databaseUrl });
  try {
    await migrateToLatest(databaseUrl);
    await admin.connect();
    const loadStart = performance.now();
    await admin.query(
      `INSERT INTO clients (first_name, last_name, email, phone, date_of_birth, archived_at)
       SELECT ($1::text[])[(i::bigint * 7919) % cardinality($1::text[]) + 1],
              ($2::text[])[(i::bigint * 104729) % cardinality($2::text[]) + 1],
              'client' || i || '@example.com',
              '+1' || (2000000000::bigint + i * 37)::text,
              DATE '1950-01-01' + (i % 18000),
              CASE WHEN i % 23 = 0 THEN now() END
       FROM generate_series(1, $3::int) AS i`,
      [firstNames, lastNames, CLIENTS],
    );
    await admin.query('ANALYZE clients');
    console.log(`Loaded ${CLIENTS.toLocaleString('en')} clients in ${((performance.now() - loadStart) / 1000).toFixed(1)} s\n`);

    const database = createDatabase(await prepareAppLogin(databaseUrl));
    const queries = new ClientQueries(database);
    const cases: [string, Partial<ClientListCriteria> & { q?: string }][] = [
      ['first page, no search', {}],
      ['search "smith"', { q: 'smith' }],
      ['search "smi" (surname late in the alphabet)', { q: 'smi' }],
      ['search "nak" (inside "Tanaka")', { q: 'nak' }],
      ['search "maria" (a common first name)', { q: 'maria' }],
      ['search "alvarez jose" (accents ignored)', { q: 'alvarez jose' }],
      ['search "jo" (too short for trigrams)', { q: 'jo' }],
      ['search by phone "200000 37"', { q: '200000 37' }],
      ['search by email "client4242@"', { q: 'client4242@' }],
      ['search with no match "zzzz"', { q: 'zzzz' }],
      ['search matching almost everyone "example"', { q: 'example' }],
      ['archived clients', { status: 'archived' }],
      ['deep page (after "Washington")', { after: { sortKey: 'washington', id: '00000000-0000-0000-0000-000000000000' } }],
    ];

    console.log('query'.padEnd(44), 'median ms'.padStart(10), 'p95 ms'.padStart(8), '  rows');
    for (const [name, { q, ...criteria }] of cases) {
      const full: ClientListCriteria = { patterns: searchPatterns(q), status: 'active', after: null, limit: 26, ...criteria };
      const timings: number[] = [];
      let rows = 0;
      for (let run = 0; run < RUNS; run += 1) {
        const start = performance.now();
        rows = (await queries.list(full)).length;
        timings.push(performance.now() - start);
      }
      timings.sort((a, b) => a - b);
      const median = timings[Math.floor(RUNS / 2)]!;
      const p95 = timings[Math.floor(RUNS * 0.95)]!;
      console.log(name.padEnd(44), median.toFixed(2).padStart(10), p95.toFixed(2).padStart(8), String(rows).padStart(6));
    }

    await database.$disconnect();
  } finally {
    await admin.end().catch(() => {});
    await server?.stop();
  }
}

await main();
