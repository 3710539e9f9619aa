import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import pg from 'pg';
import { createDatabase, type Database } from '../database/database.js';
import { createTestDatabase, type TestDatabase } from '../test-support/test-database.js';
import { searchPatterns } from './client-search.js';
import { ClientQueries, ORDERED_WALK_ROWS, type ClientListCriteria } from './clients.queries.js';

/** Twice as many clients as a search walks in name order, so that some searches turn to the trigram index. */
const CLIENTS = 2 * ORDERED_WALK_ROWS;
const PAGE = 26;

let testDatabase: TestDatabase;
let owner: pg.Client;
let database: Database;
let queries: ClientQueries;

beforeAll(async () => {
  testDatabase = await createTestDatabase();
  // Surnames cycle through the alphabet; a few clients named Zander sort last, a few Smithson-Nakamura are scattered, one in twenty-three is archived.
  await testDatabase.asOwner(`
    INSERT INTO clients (first_name, last_name, email, archived_at)
    SELECT (ARRAY['Maria', 'José', 'Ravi', 'Grace'])[i % 4 + 1],
           CASE WHEN i % 400 = 7 THEN 'Smithson-Nakamura' WHEN i > ${CLIENTS - 60} THEN 'Zander' ELSE chr(65 + i % 25) || 'bbott' END,
           'client' || i || '@example.com',
           CASE WHEN i % 23 = 0 THEN now() END
    FROM generate_series(1, ${CLIENTS}) AS i;
    ANALYZE clients;`);
  owner = new pg.Client({ connectionString: testDatabase.url });
  await owner.connect();
  database = createDatabase(testDatabase.appUrl);
  queries = new ClientQueries(database);
});
afterAll(async () => {
  await database.$disconnect();
  await owner.end();
  await testDatabase.drop();
});

/** Every match in name order, by the plainest query there is. */
async function everyMatch(q: string, status: 'active' | 'all'): Promise<string[]> {
  const conditions = searchPatterns(q).map((_, index) => `search_text LIKE '%' || lower(immutable_unaccent($${index + 1})) || '%'`);
  if (status === 'active') conditions.push('archived_at IS NULL');
  const { rows } = await owner.query<{ id: string }>(`SELECT id FROM clients WHERE ${conditions.join(' AND ')} ORDER BY sort_key, id`, searchPatterns(q));
  return rows.map((row) => row.id);
}

/** Every page the list gives, following its cursor to the end. */
async function everyPage(q: string, status: 'active' | 'all'): Promise<string[][]> {
  const pages: string[][] = [];
  let after: ClientListCriteria['after'] = null;
  while (pages.length <= CLIENTS / PAGE) {
    const rows = await queries.list({ patterns: searchPatterns(q), status, after, limit: PAGE });
    pages.push(rows.map((row) => row.id));
    if (rows.length < PAGE) return pages;
    const last = rows.at(-1)!;
    after = { sortKey: last.sortKey, id: last.id };
  }
  throw new Error('The pages never end');
}

describe('client search', () => {
  it.each([
    ['a word nearly everyone matches', 'example'],
    ['a common first name', 'maria'],
    ['a surname that sorts last', 'zander'],
    ['a fragment of a scattered surname', 'nak'],
    ['two words', 'smithson grace'],
    ['a word no one matches', 'zzzz'],
    ['a word too short for trigrams', 'za'],
  ])('finds %s in name order, page after page, each client once', async (_, q) => {
    for (const status of ['active', 'all'] as const) {
      const expected = await everyMatch(q, status);
      const pages = await everyPage(q, status);
      expect(pages.flat()).toEqual(expected);
      expect(pages.slice(0, -1).every((page) => page.length === PAGE)).toBe(true);
    }
  });
});
