import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import { lowestNode, packagesRefusingNode } from './node-engines.mjs';

const read = (file) => readFileSync(new URL(`../${file}`, import.meta.url), 'utf8');

describe('Node versions the dependencies accept', () => {
  it('names a locked package whose engines want a newer Node, scoped or not', () => {
    const lockfile = [
      'packages:',
      '',
      "  '@scope/tool@2.0.0':",
      '    resolution: {integrity: sha512-x}',
      "    engines: {node: '>=22'}",
      '',
      '  plain@1.0.0:',
      "    engines: {node: '>=18', npm: '>=10'}",
      '',
      '  peered@3.1.0(react@19.0.0):',
      "    engines: {node: '^20.19.0 || >=22.12.0'}",
      '',
      '  old@0.5.0:',
      "    engines: {node: '>= 0.6'}",
    ].join('\n');
    assert.deepEqual(packagesRefusingNode(lockfile, '20.19.0'), [{ name: '@scope/tool', version: '2.0.0', wants: '>=22' }]);
  });

  it('finds none that refuse the lowest Node the project promises', () => {
    const promised = lowestNode(JSON.parse(read('package.json')).engines.node);
    assert.deepEqual(packagesRefusingNode(read('pnpm-lock.yaml'), promised), []);
  });
});
