import { mkdtemp, rm } from 'node:fs/promises';
import { createServer } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { startEmbeddedPostgres, type EmbeddedDatabase } from '../database/embedded-postgres.js';

/** Environment variable through which the global setup tells test files where the server is. */
export const TEST_SERVER_URL_VARIABLE = 'SMP_TEST_DATABASE_SERVER_URL';
export const TEMPLATE_DATABASE = 'smp_test_template';

export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => (typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port'))));
    });
  });
}

export interface ThrowAwayPostgres extends EmbeddedDatabase {
  /** Stops the server and keeps its data, as an outage or a restart would. */
  halt: () => Promise<void>;
  /** Starts the halted server again on the same port and data. */
  resume: () => Promise<void>;
}

/** A throw-away embedded PostgreSQL cluster, in a temporary folder, on a free port. */
export async function startThrowAwayPostgres(): Promise<ThrowAwayPostgres> {
  const directory = await mkdtemp(path.join(os.tmpdir(), 'smp-test-postgres-'));
  const options = { directory, port: await freePort(), database: TEMPLATE_DATABASE };
  let server: EmbeddedDatabase | null = await startEmbeddedPostgres(options);
  const halt = async () => {
    await server?.stop();
    server = null;
  };
  return {
    url: server.url,
    serverUrl: server.serverUrl,
    halt,
    resume: async () => {
      server ??= await startEmbeddedPostgres(options);
    },
    stop: async () => {
      await halt();
      await rm(directory, { recursive: true, force: true });
    },
  };
}

/** The server URL (no database part) of a DATABASE_URL. */
export function serverUrlOf(databaseUrl: string): string {
  const url = new URL(databaseUrl);
  url.pathname = '';
  return url.toString().replace(/\/$/, '');
}
