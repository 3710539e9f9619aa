// The import graph between an app's top-level feature folders (src/clients,
// src/screening, …), to keep dependencies one way: a folder that imports another
// must not be imported back by it, directly or round a longer loop.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';

const SOURCE = /\.(ts|tsx|js|mjs)$/;
// Tests import what they test and nothing imports them, so they never put a
// feature folder in a loop; counting them would only tie every folder to test-support.
const TEST = /\.test\.(ts|tsx|js|mjs)$/;
// Static imports and re-exports (type-only ones too: they tie folders as much),
// side-effect imports and dynamic import() of a literal path.
const SPECIFIERS = /(?:\bfrom\s*|\bimport\s*\(\s*|^\s*import\s+)['"]([^'"]+)['"]/gm;

/** What src's own top-level files (main.ts, app.ts) count as: they belong to no feature folder. */
const TOP_LEVEL = '(src)';

function sourceFiles(folder) {
  return readdirSync(folder, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile() && SOURCE.test(entry.name) && !TEST.test(entry.name))
    .map((entry) => path.join(entry.parentPath, entry.name));
}

function folderOf(sourceRoot, file) {
  const [first, ...rest] = path.relative(sourceRoot, file).split(path.sep);
  return rest.length === 0 ? TOP_LEVEL : first;
}

/**
 * Every import of one top-level folder of `sourceRoot` by another: a map from
 * "importer -> imported" to the files (relative to `sourceRoot`) that make it.
 */
export function folderImports(sourceRoot) {
  const edges = new Map();
  for (const file of sourceFiles(sourceRoot)) {
    const from = folderOf(sourceRoot, file);
    for (const [, specifier] of readFileSync(file, 'utf8').matchAll(SPECIFIERS)) {
      if (!specifier.startsWith('.')) continue;
      const target = path.resolve(path.dirname(file), specifier);
      if (path.relative(sourceRoot, target).startsWith('..')) continue;
      const to = folderOf(sourceRoot, target);
      if (to === from) continue;
      const key = `${from} -> ${to}`;
      const files = edges.get(key) ?? new Set();
      files.add(path.relative(sourceRoot, file).split(path.sep).join('/'));
      edges.set(key, files);
    }
  }
  return edges;
}

/** The groups of folders that reach each other (strongly connected components of two or more), each sorted. */
function folderLoops(edges) {
  const next = new Map();
  for (const key of edges.keys()) {
    const [from, to] = key.split(' -> ');
    next.set(from, [...(next.get(from) ?? []), to]);
    if (!next.has(to)) next.set(to, []);
  }
  // Tarjan's algorithm.
  const index = new Map();
  const lowest = new Map();
  const stack = [];
  const onStack = new Set();
  const loops = [];
  const visit = (folder) => {
    index.set(folder, index.size);
    lowest.set(folder, index.get(folder));
    stack.push(folder);
    onStack.add(folder);
    for (const to of next.get(folder)) {
      if (!index.has(to)) {
        visit(to);
        lowest.set(folder, Math.min(lowest.get(folder), lowest.get(to)));
      } else if (onStack.has(to)) {
        lowest.set(folder, Math.min(lowest.get(folder), index.get(to)));
      }
    }
    if (lowest.get(folder) !== index.get(folder)) return;
    const group = [];
    let member;
    do {
      member = stack.pop();
      onStack.delete(member);
      group.push(member);
    } while (member !== folder);
    if (group.length > 1) loops.push(group.sort());
  };
  for (const folder of [...next.keys()].sort()) if (!index.has(folder)) visit(folder);
  return loops.sort((a, b) => a[0].localeCompare(b[0]));
}

/** The shortest way from `start` round to itself through `group`'s folders, as the folders passed. */
function shortestLoop(edges, group, start) {
  const cameFrom = new Map();
  const queue = [start];
  while (queue.length > 0) {
    const folder = queue.shift();
    for (const to of group) {
      if (!edges.has(`${folder} -> ${to}`)) continue;
      if (to === start) {
        const loop = [folder];
        while (loop[0] !== start) loop.unshift(cameFrom.get(loop[0]));
        return loop;
      }
      if (cameFrom.has(to)) continue;
      cameFrom.set(to, folder);
      queue.push(to);
    }
  }
  return undefined;
}

/**
 * What to untangle, naming the files: each loop of folders (its shortest round and
 * any pair in it that imports each other, which is where to start).
 */
export function describeLoops(edges) {
  const filesOf = (from, to) => [...edges.get(`${from} -> ${to}`)].sort().join(', ');
  return folderLoops(edges).map((group) => {
    const rounds = group.map((start) => shortestLoop(edges, group, start)).sort((a, b) => a.length - b.length || a.join().localeCompare(b.join()));
    const round = rounds[0];
    const lines = round.map((from, at) => `  ${from} -> ${round[(at + 1) % round.length]}: ${filesOf(from, round[(at + 1) % round.length])}`);
    const isRound = (a, b) => round.length === 2 && round.includes(a) && round.includes(b);
    const pairs = group.flatMap((from) => group.filter((to) => from < to && edges.has(`${from} -> ${to}`) && edges.has(`${to} -> ${from}`) && !isRound(from, to)).map((to) => [from, to]));
    const pairLines = pairs.map(([a, b]) => `  ${a} <-> ${b}: ${filesOf(a, b)} | ${filesOf(b, a)}`);
    const heading = `${group.join(', ')} reach each other; the shortest round:`;
    return [heading, ...lines, ...(pairLines.length > 0 ? ['  more folders that import each other:', ...pairLines] : [])].join('\n');
  });
}
