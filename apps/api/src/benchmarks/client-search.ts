// Client search at clinic scale: loads 100,000 clients into a fresh database and
// prints how long list and search queries take.
// Run with `pnpm --filter @smp/api bench:client-search` (DATABASE_URL: use that
// server instead of a throw-away embedded one).
import { createDatabase } from '../database/database.js';
import { prepareAppLogin } from '../database/app-login.js';
import { ClientQueries, type ClientListCriteria } from '../clients/clients.queries.js';
import { searchPatterns } from '../clients/client-search.js';
import { insertClients, openBenchDatabase, timedLoad } from './clinic-data.js';
import { timedRuns } from './timed-runs.js';

const CLIENTS = Number(process.env.BENCH_CLIENTS ?? 100_000);
const RUNS = 100;

async function main() {
  const { url: databaseUrl, admin, close } = await openBenchDatabase();
  try {
    await timedLoad(`Loaded ${CLIENTS.toLocaleString('en')} clients`, async () => {
      await insertClients(admin, CLIENTS);
      await admin.query('ANALYZE clients');
    });

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

    console.log('query'.padEnd(44), 'median ms'.padStart(10), 'p99 ms'.padStart(8), '  rows');
    for (const [name, { q, ...criteria }] of cases) {
      const full: ClientListCriteria = { patterns: searchPatterns(q), status: 'active', after: null, limit: 26, ...criteria };
      const { median, p99, result } = await timedRuns(RUNS, () => queries.list(full));
      console.log(name.padEnd(44), median.toFixed(2).padStart(10), p99.toFixed(2).padStart(8), String(result.length).padStart(6));
    }

    await database.$disconnect();
  } finally {
    await close();
  }
}

await main();
