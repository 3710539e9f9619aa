// The deployment of docker-compose.yml, on loopback and without Docker, from
// Debian's packages: a PostgreSQL primary with a streaming replica, PgBouncer in
// transaction mode in front of the primary, two instances of the built app and
// HAProxy balancing between them, with the deployment's own PgBouncer and HAProxy
// settings (deploy/).
import { spawn, spawnSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { chownSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { connect } from 'node:net';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import pg from 'pg';
import { appEntry, builtAppEnvironment, newDataDir } from '../support/built-app.js';
import { freePort } from '../support/free-port.js';

const DATABASE = 'smp_clinic';
// The owner's name in docker-compose.yml, so the deployment's PgBouncer settings apply as they are.
const OWNER = 'smp';
const PGBOUNCER = '/usr/sbin/pgbouncer';
const HAPROXY = '/usr/sbin/haproxy';
const DEBIAN_PACKAGES = 'postgresql pgbouncer haproxy';
const STARTUP_TIMEOUT_MS = 60_000;
/** How long a stop waits for a program to end before it is killed. */
const STOP_TIMEOUT_MS = 15_000;

/** The newest PostgreSQL server Debian installed (its binaries are not on the PATH). */
function postgresBinaries() {
  const root = '/usr/lib/postgresql';
  const versions = existsSync(root) ? readdirSync(root).filter((name) => existsSync(path.join(root, name, 'bin/postgres'))) : [];
  const newest = versions.sort((a, b) => Number(b) - Number(a))[0];
  return newest ? path.join(root, newest, 'bin') : null;
}

/** Why the topology cannot start here, or null when every program it needs is installed. */
export function missingPrograms() {
  const missing = [!postgresBinaries() && 'PostgreSQL server', !existsSync(PGBOUNCER) && 'PgBouncer', !existsSync(HAPROXY) && 'HAProxy'].filter(Boolean);
  return missing.length ? `${missing.join(', ')} not installed: apt-get install ${DEBIAN_PACKAGES}` : null;
}

/**
 * PostgreSQL and PgBouncer refuse to run as root: as root, they run as the
 * postgres user, who then owns the folders they write.
 */
function serviceUser() {
  if (process.getuid?.() !== 0) return {};
  const id = (flag) => Number(spawnSync('id', [flag, 'postgres'], { encoding: 'utf8' }).stdout.trim());
  return { uid: id('-u'), gid: id('-g') };
}

function ownedByServiceUser(folder, user) {
  mkdirSync(folder, { recursive: true });
  if (user.uid !== undefined) chownSync(folder, user.uid, user.gid);
}

function runToEnd(command, args, options) {
  const result = spawnSync(command, args, { encoding: 'utf8', ...options });
  if (result.status !== 0) throw new Error(`${path.basename(command)} failed: ${result.stderr || result.stdout}`);
}

async function until(what, condition) {
  const deadline = Date.now() + STARTUP_TIMEOUT_MS;
  for (;;) {
    if (await condition().catch(() => false)) return;
    if (Date.now() > deadline) throw new Error(`Waited ${STARTUP_TIMEOUT_MS / 1000} s for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
}

const answersOn = (port) =>
  new Promise((resolve) => {
    const socket = connect(port, '127.0.0.1', () => {
      socket.end();
      resolve(true);
    });
    socket.once('error', () => resolve(false));
  });

/** Resolves once `condition` holds; fails at once, with its output, if `running` stops first. */
async function readyWhen(running, what, condition) {
  const stopped = running.exited.then((code) => {
    throw new Error(`${running.name} stopped before ${what} (exit ${code}):\n${running.output()}`);
  });
  await Promise.race([until(what, condition), stopped]);
}

const healthy = async (url) => (await fetch(`${url}/api/health`)).ok;

/** A long-running program of the topology, whose output is kept in `logFile` for when something goes wrong. */
function startProcess(name, command, args, { logFolder, ...options }) {
  const child = spawn(command, args, { stdio: ['ignore', 'pipe', 'pipe'], ...options });
  const lines = [];
  const keep = (chunk) => {
    lines.push(...String(chunk).split('\n').filter(Boolean));
    lines.splice(0, Math.max(0, lines.length - 200));
  };
  child.stdout.on('data', keep);
  child.stderr.on('data', keep);
  const exited = new Promise((resolve) => child.once('exit', resolve));
  child.once('exit', () => writeFileSync(path.join(logFolder, `${name}.log`), `${lines.join('\n')}\n`));
  return {
    name,
    child,
    exited,
    /** The last lines it printed. */
    output: () => lines.join('\n'),
    async stop(signal = 'SIGTERM') {
      if (child.exitCode === null && child.signalCode === null) child.kill(signal);
      const killLate = setTimeout(() => child.kill('SIGKILL'), STOP_TIMEOUT_MS);
      await exited;
      clearTimeout(killLate);
    },
  };
}

function postgresConfig({ port, socketFolder }) {
  return [
    `listen_addresses = '127.0.0.1'`,
    `port = ${port}`,
    `unix_socket_directories = '${socketFolder}'`,
    'wal_level = replica',
    'max_wal_senders = 4',
    'hot_standby = on',
    'max_connections = 120',
    // On the replica (which copies this file): a long export's snapshot there keeps the
    // primary from removing rows it still reads, and replay waits for it a while
    // rather than cancelling it.
    'hot_standby_feedback = on',
    "max_standby_streaming_delay = '5min'",
    '',
  ].join('\n');
}

const deployFile = (name) => readFileSync(fileURLToPath(new URL(`../../deploy/${name}`, import.meta.url)), 'utf8');

/** A setting of an ini or cfg line, replaced; fails loudly when the deployment's file no longer has it. */
function replaced(text, pattern, replacement) {
  if (!pattern.test(text)) throw new Error(`The deployment's configuration has no ${pattern}`);
  return text.replace(pattern, replacement);
}

/** The deployment's PgBouncer settings (deploy/pgbouncer.ini), on loopback ports and this topology's files. */
function pgbouncerConfig({ port, primaryPort, folder }) {
  let config = deployFile('pgbouncer.ini');
  config = replaced(config, /host=primary port=5432/, `host=127.0.0.1 port=${primaryPort}`);
  config = replaced(config, /^listen_addr = .*$/m, 'listen_addr = 127.0.0.1');
  config = replaced(config, /^listen_port = .*$/m, `listen_port = ${port}`);
  config = replaced(config, /^auth_file = .*$/m, `auth_file = ${folder}/userlist.txt`);
  return `${config}pidfile = ${folder}/pgbouncer.pid\n`;
}

/** The deployment's HAProxy settings (deploy/haproxy.cfg), balancing between `instances` on loopback ports. */
function haproxyConfig({ port, statsPort, instances }) {
  let config = replaced(deployFile('haproxy.cfg'), /^ {2}bind :3000$/m, `  bind 127.0.0.1:${port}`);
  config = replaced(config, /^ {2}bind :8404$/m, `  bind 127.0.0.1:${statsPort}`);
  for (const instance of instances) config = replaced(config, new RegExp(`^( {2}server ${instance.name}) \\S+`, 'm'), `$1 127.0.0.1:${instance.port}`);
  return config;
}

/**
 * Starts the whole topology under a new folder and resolves once HAProxy sends
 * requests to healthy instances. `stop()` stops everything and removes the folder.
 *
 * @param {{ log?: (step: string) => void, logFolder?: string }} [options]
 */
export async function startTopology({ log = () => {}, logFolder: givenLogFolder } = {}) {
  const missing = missingPrograms();
  if (missing) throw new Error(missing);
  const bin = postgresBinaries();
  const user = serviceUser();
  const root = newDataDir('smp-topology-');
  // Logs outlive the topology when the caller names a folder for them (a test keeps them for a failure).
  const logFolder = givenLogFolder ?? path.join(root, 'logs');
  const socketFolder = path.join(root, 'sockets');
  for (const folder of ['primary', 'replica', 'pgbouncer', 'sockets']) ownedByServiceUser(path.join(root, folder), user);
  mkdirSync(logFolder, { recursive: true });
  const [primaryPort, replicaPort, poolerPort, balancerPort, statsPort] = await Promise.all([freePort(), freePort(), freePort(), freePort(), freePort()]);
  const password = randomBytes(18).toString('base64url');
  const processes = [];
  const asServiceUser = { ...user, logFolder };

  const stop = async () => {
    for (const running of processes.reverse()) await running.stop(running.name.startsWith('postgres') ? 'SIGINT' : 'SIGTERM');
    rmSync(root, { recursive: true, force: true });
  };

  try {
    log('PostgreSQL primary');
    const passwordFile = path.join(root, 'primary.pw');
    writeFileSync(passwordFile, password, { mode: 0o644 });
    runToEnd(
      path.join(bin, 'initdb'),
      ['-D', path.join(root, 'primary/data'), '-U', OWNER, `--pwfile=${passwordFile}`, '--auth-local=trust', '--auth-host=scram-sha-256', '-E', 'UTF8', '--locale=C'],
      user,
    );
    rmSync(passwordFile);
    writeFileSync(path.join(root, 'primary/data/postgresql.auto.conf'), postgresConfig({ port: primaryPort, socketFolder }));
    if (user.uid !== undefined) chownSync(path.join(root, 'primary/data/postgresql.auto.conf'), user.uid, user.gid);
    const primary = startProcess('postgres-primary', path.join(bin, 'postgres'), ['-D', path.join(root, 'primary/data')], asServiceUser);
    processes.push(primary);
    const ownerUrl = (port) => `postgres://${OWNER}:${password}@127.0.0.1:${port}/${DATABASE}`;
    await readyWhen(primary, 'taking connections', async () => {
      const admin = new pg.Client({ connectionString: ownerUrl(primaryPort).replace(`/${DATABASE}`, '/postgres') });
      await admin.connect();
      await admin.query(`CREATE DATABASE ${DATABASE}`).catch((error) => {
        if (error.code !== '42P04') throw error;
      });
      await admin.end();
      return true;
    });

    log('PostgreSQL replica');
    runToEnd(path.join(bin, 'pg_basebackup'), ['-h', '127.0.0.1', '-p', String(primaryPort), '-U', OWNER, '-D', path.join(root, 'replica/data'), '-R', '-X', 'stream', '--checkpoint=fast'], {
      ...user,
      env: { ...process.env, PGPASSWORD: password },
    });
    const replica = startProcess('postgres-replica', path.join(bin, 'postgres'), ['-D', path.join(root, 'replica/data'), '-c', `port=${replicaPort}`], asServiceUser);
    processes.push(replica);
    await readyWhen(replica, 'streaming from the primary', async () => {
      const replica = new pg.Client({ connectionString: ownerUrl(replicaPort) });
      await replica.connect();
      const { rows } = await replica.query('SELECT pg_is_in_recovery() AS standby');
      await replica.end();
      return rows[0].standby;
    });

    log('PgBouncer');
    writeFileSync(path.join(root, 'pgbouncer/userlist.txt'), `"${OWNER}" "${password}"\n`, { mode: 0o600 });
    writeFileSync(path.join(root, 'pgbouncer/pgbouncer.ini'), pgbouncerConfig({ port: poolerPort, primaryPort, folder: path.join(root, 'pgbouncer') }));
    for (const file of ['userlist.txt', 'pgbouncer.ini']) if (user.uid !== undefined) chownSync(path.join(root, 'pgbouncer', file), user.uid, user.gid);
    const pgbouncer = startProcess('pgbouncer', PGBOUNCER, [path.join(root, 'pgbouncer/pgbouncer.ini')], asServiceUser);
    processes.push(pgbouncer);
    await readyWhen(pgbouncer, 'listening', () => answersOn(poolerPort));

    log('App instances');
    const filesDir = path.join(root, 'files');
    const balancerUrl = `http://127.0.0.1:${balancerPort}`;
    const instances = [];
    for (const index of [1, 2]) {
      const port = await freePort();
      const environment = {
        ...builtAppEnvironment(path.join(root, `app${index}`), await freePort()),
        PORT: String(port),
        DATABASE_URL: ownerUrl(primaryPort),
        DATABASE_POOLER_ADDRESS: `127.0.0.1:${poolerPort}`,
        DATABASE_REPLICA_ADDRESS: `127.0.0.1:${replicaPort}`,
        // Photos and documents live on storage every instance shares.
        FILES_DIR: filesDir,
        PUBLIC_URL: balancerUrl,
        TRUST_PROXY: '1',
      };
      const instance = {
        name: `app${index}`,
        port,
        url: `http://127.0.0.1:${port}`,
        process: undefined,
        /** Starts (or starts again) this instance and resolves once it answers its health check. */
        async start() {
          this.process = startProcess(this.name, process.execPath, [appEntry], { env: environment, logFolder });
          await readyWhen(this.process, 'answering', () => healthy(this.url));
        },
        /** Kills the instance at once, as a crash or a lost machine would. */
        async kill() {
          await this.process.stop('SIGKILL');
        },
        stop() {
          return this.process.stop('SIGTERM');
        },
      };
      instances.push(instance);
    }
    // Every instance migrates and loads the demo data on its first start: they start together, as a deployment's would.
    processes.push(...instances.map((instance) => ({ name: instance.name, stop: () => instance.process?.stop('SIGTERM') })));
    await Promise.all(instances.map((instance) => instance.start()));

    log('HAProxy');
    writeFileSync(path.join(root, 'haproxy.cfg'), haproxyConfig({ port: balancerPort, statsPort, instances }));
    const haproxy = startProcess('haproxy', HAPROXY, ['-db', '-f', path.join(root, 'haproxy.cfg')], { logFolder });
    processes.push(haproxy);
    await readyWhen(haproxy, 'sending requests to a healthy instance', () => healthy(balancerUrl));

    return {
      url: balancerUrl,
      /** HAProxy's view of the instances, as CSV. */
      statsUrl: `http://127.0.0.1:${statsPort}/stats;csv`,
      primaryUrl: ownerUrl(primaryPort),
      replicaUrl: ownerUrl(replicaPort),
      poolerAddress: `127.0.0.1:${poolerPort}`,
      instances,
      logFolder,
      /** The last lines each program printed, for a failure's report. */
      outputs: () =>
        [...processes, ...instances.map((instance) => instance.process)]
          .filter((running) => running?.output)
          .map((running) => `--- ${running.name}\n${running.output()}`)
          .join('\n'),
      stop,
    };
  } catch (error) {
    const outputs = processes.filter((running) => running.output).map((running) => `--- ${running.name}\n${running.output()}`);
    await stop();
    throw new Error(`${error.message}\n${outputs.join('\n')}`, { cause: error });
  }
}
