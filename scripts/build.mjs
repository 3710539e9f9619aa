// Builds what is out of date: each step's inputs are hashed (file names and
// contents, with the hashes of the steps it depends on) and the hash is stamped in
// its output once it succeeds; a step whose output carries the same stamp is skipped.
// `--force` builds everything (and stamps it), as CI and `pnpm build` want. Step
// names as arguments build only those steps and the steps they read (`pnpm lint`
// needs the contracts and the Prisma client, not the apps).
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const STAMP = '.build-stamp';
const SKIPPED_FOLDERS = new Set(['node_modules', 'dist', '.git']);

/** Every file under `paths` (files or folders), as sorted paths relative to `root`. */
function filesUnder(root, paths) {
  const found = [];
  const visit = (relative) => {
    const absolute = path.join(root, relative);
    if (!existsSync(absolute)) return;
    if (!statSync(absolute).isDirectory()) {
      found.push(relative.split(path.sep).join('/'));
      return;
    }
    for (const entry of readdirSync(absolute)) if (!SKIPPED_FOLDERS.has(entry) && entry !== STAMP) visit(path.join(relative, entry));
  };
  for (const relative of paths) visit(relative);
  return [...new Set(found)].sort();
}

/** A hash of the names and contents of the files under `paths`, and of `extra` (the command, the hashes of steps before). */
export function inputsHash(root, paths, extra = []) {
  const hash = createHash('sha256');
  for (const value of extra) hash.update(`${value}\0`);
  for (const file of filesUnder(root, paths)) {
    hash.update(`${file}\0`);
    hash.update(readFileSync(path.join(root, file)));
    hash.update('\0');
  }
  return hash.digest('hex');
}

/** True when `output` holds the stamp of exactly these inputs; a missing output or stamp is stale. */
export function isFresh(root, output, hash) {
  const stamp = path.join(root, output, STAMP);
  return existsSync(stamp) && readFileSync(stamp, 'utf8').trim() === hash;
}

export function stamp(root, output, hash) {
  writeFileSync(path.join(root, output, STAMP), `${hash}\n`);
}

/** The workspace's build, in order; `after` names the steps whose outputs a step reads. */
const SHARED = ['pnpm-lock.yaml', 'tsconfig.base.json'];
export const STEPS = [
  {
    name: 'contracts',
    inputs: [...SHARED, 'packages/contracts/src', 'packages/contracts/package.json', 'packages/contracts/tsconfig.json', 'packages/contracts/tsconfig.build.json'],
    output: 'packages/contracts/dist',
    command: ['pnpm', '--filter', '@smp/contracts', 'run', 'build'],
  },
  {
    name: 'prisma client',
    inputs: [...SHARED, 'prisma/schema.prisma', 'apps/api/scripts', 'apps/api/package.json'],
    output: 'apps/api/src/generated/prisma',
    command: ['pnpm', '--filter', '@smp/api', 'run', 'generate'],
  },
  {
    name: 'api',
    after: ['contracts', 'prisma client'],
    inputs: [...SHARED, 'apps/api/src', 'apps/api/package.json', 'apps/api/tsconfig.json', 'apps/api/tsconfig.build.json'],
    output: 'apps/api/dist',
    command: ['pnpm', '--filter', '@smp/api', 'exec', 'tsc', '-p', 'tsconfig.build.json'],
  },
  {
    name: 'web',
    after: ['contracts'],
    inputs: [...SHARED, 'apps/web/src', 'apps/web/build-tools', 'apps/web/public', 'apps/web/index.html', 'apps/web/package.json', 'apps/web/tsconfig.json', 'apps/web/vite.config.ts'],
    output: 'apps/web/dist',
    command: ['pnpm', '--filter', '@smp/web', 'run', 'build'],
  },
];

/** The steps named, with the steps they read, in build order; every step when no name is given. */
export function stepsFor(steps, names) {
  if (names.length === 0) return steps;
  const unknown = names.filter((name) => !steps.some((step) => step.name === name));
  if (unknown.length > 0) throw new Error(`no build step named ${unknown.join(', ')} (steps: ${steps.map((step) => step.name).join(', ')})`);
  const wanted = new Set();
  const want = (name) => {
    if (wanted.has(name)) return;
    wanted.add(name);
    for (const before of steps.find((step) => step.name === name).after ?? []) want(before);
  };
  names.forEach(want);
  return steps.filter((step) => wanted.has(step.name));
}

/** Runs the steps that are stale (all with `force`); returns the names of those it ran. */
export function build(root, steps, { force = false, log = console.log } = {}) {
  const hashes = new Map();
  const ran = [];
  for (const step of steps) {
    const hash = inputsHash(root, step.inputs, [step.command.join(' '), ...(step.after ?? []).map((name) => hashes.get(name))]);
    hashes.set(step.name, hash);
    if (!force && isFresh(root, step.output, hash)) {
      log(`${step.name}: up to date`);
      continue;
    }
    // A half-finished build must not keep an old stamp that might match again.
    rmSync(path.join(root, step.output, STAMP), { force: true });
    log(`${step.name}: building`);
    const result = spawnSync(step.command[0], step.command.slice(1), { cwd: root, stdio: 'inherit' });
    if (result.status !== 0) throw new Error(`${step.name}: ${step.command.join(' ')} failed`);
    stamp(root, step.output, hash);
    ran.push(step.name);
  }
  return ran;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
  try {
    const args = process.argv.slice(2);
    const names = args.filter((arg) => !arg.startsWith('--'));
    build(root, stepsFor(STEPS, names), { force: args.includes('--force') });
  } catch (error) {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  }
}
