// The load benchmark's floor: a bare node:http + pg server that answers each request
// by running exactly the statements the app ran for the same request (recorded by
// sql-recorder.ts), on a pool the size of the app's, and a body the size of the app's.
// Started by load.ts as a child process; FLOOR_SCRIPT names the recorded requests.
import { readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import pg from 'pg';
import { replay, type RecordedRequest } from './replay.js';

export interface FloorScript {
  databaseUrl: string;
  poolSize: number;
  requests: RecordedRequest[];
}

const script = JSON.parse(readFileSync(process.env.FLOOR_SCRIPT!, 'utf8')) as FloorScript;
const pool = new pg.Pool({ connectionString: script.databaseUrl, max: script.poolSize });
const byRoute = new Map(script.requests.map((request) => [`${request.method} ${request.url}`, { ...request, body: Buffer.alloc(request.bodyBytes, ' '), failed: false }]));

const server = createServer((incoming, response) => {
  const request = byRoute.get(`${incoming.method ?? ''} ${incoming.url ?? ''}`);
  incoming.resume();
  if (!request) {
    response.writeHead(404).end();
    return;
  }
  const replayed = pool.connect().then((client) => replay(client, request).finally(() => client.release()));
  replayed.then(
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
