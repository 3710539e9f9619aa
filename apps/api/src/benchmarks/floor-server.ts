// The load benchmark's floor: a bare node:http + pg server that answers each request
// by running exactly the statements the app ran for the same request (recorded by
// sql-recorder.ts), on a pool the size of the app's, and a body the size of the app's.
// Started by load.ts as a child process; FLOOR_SCRIPT names the recorded requests.
import { readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import pg from 'pg';
import type { RecordedStatement } from './sql-recorder.js';

/** What the app did for one request: its statements and its answer. */
export interface RecordedRequest {
  method: string;
  url: string;
  statements: RecordedStatement[];
  status: number;
  bodyBytes: number;
  /**
   * A booking cannot be replayed as it was: its INSERT would clash with the app's
   * committed booking. It runs inside a transaction that rolls back, with the artist
   * and client ids swapped for the next of these pairs, so concurrent replays do not
   * wait on each other's exclusion constraint, and the ids its INSERTs return in
   * place of those the app's returned.
   */
  rollBackWith?: { from: { artistId: string; clientId: string }; pairs: { artistId: string; clientId: string }[] };
}

export interface FloorScript {
  databaseUrl: string;
  poolSize: number;
  requests: RecordedRequest[];
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const TRANSACTION_CONTROL = /^\s*(BEGIN|COMMIT|ROLLBACK|START TRANSACTION|SET TRANSACTION)\b/i;

const script = JSON.parse(readFileSync(process.env.FLOOR_SCRIPT!, 'utf8')) as FloorScript;
const pool = new pg.Pool({ connectionString: script.databaseUrl, max: script.poolSize });
const byRoute = new Map(script.requests.map((request) => [`${request.method} ${request.url}`, { ...request, body: Buffer.alloc(request.bodyBytes, ' '), next: 0, failed: false }]));

async function replay(request: RecordedRequest & { next: number }): Promise<void> {
  const client = await pool.connect();
  try {
    if (!request.rollBackWith) {
      for (const { text, values, rowMode } of request.statements) await client.query({ text, values, ...(rowMode ? { rowMode } : {}) });
      return;
    }
    const { from, pairs } = request.rollBackWith;
    const to = pairs[request.next++ % pairs.length]!;
    const swaps = new Map<unknown, unknown>([
      [from.artistId, to.artistId],
      [from.clientId, to.clientId],
    ]);
    const swap = (value: unknown): unknown => (Array.isArray(value) ? value.map(swap) : swaps.has(value) ? swaps.get(value) : value);
    await client.query('BEGIN');
    try {
      for (const { text, values, rowMode, returned } of request.statements) {
        if (TRANSACTION_CONTROL.test(text)) continue;
        const result = await client.query({ text, values: values?.map(swap), rowMode: 'array' });
        const row = result.rows[0] as unknown[] | undefined;
        returned?.forEach((cell, index) => {
          if (typeof cell === 'string' && UUID.test(cell) && row?.[index] !== undefined) swaps.set(cell, row[index]);
        });
      }
    } finally {
      await client.query('ROLLBACK');
    }
  } finally {
    client.release();
  }
}

const server = createServer((incoming, response) => {
  const request = byRoute.get(`${incoming.method} ${incoming.url}`);
  incoming.resume();
  if (!request) {
    response.writeHead(404).end();
    return;
  }
  replay(request).then(
    () => response.writeHead(request.status, { 'Content-Type': 'application/json' }).end(request.body),
    (error: unknown) => {
      // Once per route: a replay that fails is a floor that measures something else.
      if (!request.failed) console.error(`floor: ${request.method} ${request.url}: ${String(error)}`);
      request.failed = true;
      response.writeHead(500).end(String(error));
    },
  );
});
server.listen(Number(process.env.PORT), '127.0.0.1', () => console.log('floor listening'));
process.once('SIGTERM', () => server.close(() => void pool.end().then(() => process.exit(0))));
