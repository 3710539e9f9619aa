import { mkdtemp, rm, stat, unlink } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import pg from 'pg';
import { runningEmbeddedPostgres, startEmbeddedPostgres, SUPERUSER_PASSWORD_FILE } from './embedded-postgres.js';
import { freePort } from '../test-support/test-postgres.js';

/** What every data folder's superuser password used to be. */
const OLD_CONSTANT_PASSWORD = 'postgres';

async function signIn(port: number, password: string): Promise<void> {
  const client = new pg.Client({ host: '127.0.0.1', port, user: 'postgres', password, database: 'postgres' });
  await client.connect();
  await client.end();
}

describe('the embedded PostgreSQL', () => {
  let directory: string;
  let port: number;
  const start = () => startEmbeddedPostgres({ directory, port, database: 'smp_clinic' });
  beforeAll(async () => {
    directory = await mkdtemp(path.join(os.tmpdir(), 'smp-embedded-'));
    port = await freePort();
  });
  afterAll(async () => {
    await rm(directory, { recursive: true, force: true });
  });

  it('gives each data folder its own superuser password, kept in it for its owner only', async () => {
    const server = await start();
    try {
      const file = await stat(path.join(directory, SUPERUSER_PASSWORD_FILE));
      expect(file.mode & 0o777).toBe(0o600);
      await expect(signIn(port, OLD_CONSTANT_PASSWORD)).rejects.toThrow(/password authentication failed/);
      await signIn(port, decodeURIComponent(new URL(server.url).password));
    } finally {
      await server.stop();
    }
  });

  it('is found running on its data folder by another process (a backup while the app runs), and not once stopped', async () => {
    const server = await start();
    try {
      expect(await runningEmbeddedPostgres({ directory, port, database: 'smp_clinic' })).toBe(server.url);
    } finally {
      await server.stop();
    }
    expect(await runningEmbeddedPostgres({ directory, port, database: 'smp_clinic' })).toBeNull();
  });

  it('moves a data folder made with the old constant password to a password of its own', async () => {
    const first = await start();
    const client = new pg.Client({ connectionString: first.url });
    await client.connect();
    await client.query(`ALTER ROLE postgres WITH PASSWORD '${OLD_CONSTANT_PASSWORD}'`);
    await client.end();
    await first.stop();
    await unlink(path.join(directory, SUPERUSER_PASSWORD_FILE));

    const again = await start();
    try {
      await expect(signIn(port, OLD_CONSTANT_PASSWORD)).rejects.toThrow(/password authentication failed/);
      await signIn(port, decodeURIComponent(new URL(again.url).password));
      expect(new URL(again.url).password).not.toBe(new URL(first.url).password);
    } finally {
      await again.stop();
    }
  });
});
