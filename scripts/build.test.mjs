import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import { build, stepsFor, STEPS as WORKSPACE_STEPS } from './build.mjs';

// Each step copies its input into its output, so a run shows in the output's content.
const copy = (from, to) => ['node', '-e', `const fs=require('fs');fs.mkdirSync('${to}',{recursive:true});fs.copyFileSync('${from}','${to}/out.txt')`];
const STEPS = [
  { name: 'library', inputs: ['library/src'], output: 'library/dist', command: copy('library/src/index.txt', 'library/dist') },
  { name: 'app', after: ['library'], inputs: ['app/src'], output: 'app/dist', command: copy('app/src/index.txt', 'app/dist') },
];

describe('build', () => {
  let root;
  const write = (file, text) => {
    mkdirSync(path.dirname(path.join(root, file)), { recursive: true });
    writeFileSync(path.join(root, file), text);
  };
  const run = (options = {}) => build(root, STEPS, { log: () => undefined, ...options });

  beforeEach(() => {
    root = mkdtempSync(path.join(os.tmpdir(), 'build-test-'));
    write('library/src/index.txt', 'library 1');
    write('app/src/index.txt', 'app 1');
  });
  afterEach(() => rmSync(root, { recursive: true, force: true }));

  it('builds everything the first time, when no output exists', () => {
    assert.deepEqual(run(), ['library', 'app']);
  });

  it('skips every step when nothing changed', () => {
    run();
    assert.deepEqual(run(), []);
  });

  it('rebuilds a step whose input changed, and the steps that read its output', () => {
    run();
    write('library/src/index.txt', 'library 2');
    assert.deepEqual(run(), ['library', 'app']);
    write('app/src/index.txt', 'app 2');
    assert.deepEqual(run(), ['app']);
  });

  it('rebuilds a step when a file is added or its output is gone', () => {
    run();
    write('app/src/more.txt', 'more');
    assert.deepEqual(run(), ['app']);
    rmSync(path.join(root, 'library/dist'), { recursive: true });
    assert.deepEqual(run(), ['library']);
  });

  it('builds everything when forced', () => {
    run();
    assert.deepEqual(run({ force: true }), ['library', 'app']);
  });

  it('builds only the steps named, with the steps they read', () => {
    assert.deepEqual(build(root, stepsFor(STEPS, ['library']), { log: () => undefined }), ['library']);
    assert.deepEqual(run(), ['app']);
    write('library/src/index.txt', 'library 2');
    assert.deepEqual(build(root, stepsFor(STEPS, ['app']), { log: () => undefined }), ['library', 'app']);
  });

  it('refuses a step name it does not know, naming the known ones', () => {
    assert.throws(() => stepsFor(STEPS, ['libary']), /no build step named libary \(steps: library, app\)/);
  });
});

describe("the workspace's build steps", () => {
  const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
  // The test runners' own set-up changes no build.
  const NOT_INPUTS = new Set(['jest.config.js', 'vitest.config.ts']);

  // What the repository holds at the package's top level: files a machine keeps there (coverage, .env) are no build's concern.
  const trackedEntries = (packageFolder) => [
    ...new Set(
      execFileSync('git', ['ls-files', packageFolder], { cwd: root, encoding: 'utf8' })
        .split('\n')
        .filter(Boolean)
        .map((file) => file.slice(packageFolder.length + 1).split('/')[0]),
    ),
  ];

  it('read every file a package builds from, so no change is missed', () => {
    for (const packageFolder of ['packages/contracts', 'apps/api', 'apps/web']) {
      const inputs = new Set(WORKSPACE_STEPS.filter((step) => step.output.startsWith(`${packageFolder}/`)).flatMap((step) => step.inputs));
      const missed = trackedEntries(packageFolder).filter((entry) => !NOT_INPUTS.has(entry) && !inputs.has(`${packageFolder}/${entry}`));
      assert.deepEqual(missed, [], `${packageFolder}: not an input of its build`);
    }
  });
});
