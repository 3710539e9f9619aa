import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import { describeLoops, folderImports } from './folder-imports.mjs';

describe('folder imports', () => {
  let root;
  const write = (file, text) => {
    mkdirSync(path.dirname(path.join(root, file)), { recursive: true });
    writeFileSync(path.join(root, file), text);
  };

  beforeEach(() => {
    root = mkdtempSync(path.join(os.tmpdir(), 'folder-imports-'));
  });
  afterEach(() => rmSync(root, { recursive: true, force: true }));

  it('finds no loop when folders depend one way', () => {
    write('clients/clients.service.ts', "import { audit } from '../audit/audit.js';\nimport { z } from 'zod';");
    write('audit/audit.ts', "import { helper } from './helper.js';");
    write('main.ts', "import { ClientsService } from './clients/clients.service.js';");
    assert.deepEqual(describeLoops(folderImports(root)), []);
  });

  it('names the files of two folders that import each other, type-only and dynamic imports too', () => {
    write('clients/client-view.ts', "import type { Standing } from '../screening/standing.js';");
    write('screening/standing.ts', "export const load = () => import('../clients/client-view.js');");
    assert.deepEqual(describeLoops(folderImports(root)), [
      ['clients, screening reach each other; the shortest round:', '  clients -> screening: clients/client-view.ts', '  screening -> clients: screening/standing.ts'].join('\n'),
    ]);
  });

  it('finds a longer loop, and every pair inside it that imports each other', () => {
    write('a/a.ts', "export { b } from '../b/b.js';");
    write('b/b.ts', "import '../c/c.js';");
    write('c/c.ts', "import { a } from '../a/a.js';");
    assert.deepEqual(describeLoops(folderImports(root)), [['a, b, c reach each other; the shortest round:', '  a -> b: a/a.ts', '  b -> c: b/b.ts', '  c -> a: c/c.ts'].join('\n')]);
    write('c/c-more.ts', "import { b } from '../b/b.js';");
    write('b/b-more.ts', "import { a } from '../a/a.js';");
    assert.deepEqual(describeLoops(folderImports(root)), [
      ['a, b, c reach each other; the shortest round:', '  a -> b: a/a.ts', '  b -> a: b/b-more.ts', '  more folders that import each other:', '  b <-> c: b/b.ts | c/c-more.ts'].join('\n'),
    ]);
  });

  it('leaves tests out: they import what they test and nothing imports them', () => {
    write('auth/auth.service.ts', "import { openTestDatabase } from '../test-support/test-database.js';".replace(/.*/, ''));
    write('auth/auth.test.ts', "import { openTestDatabase } from '../test-support/test-database.js';");
    write('test-support/test-database.ts', "import { AuthService } from '../auth/auth.service.js';");
    assert.deepEqual(describeLoops(folderImports(root)), []);
  });
});

describe("the apps' feature folders", () => {
  const repository = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
  for (const app of ['apps/api/src', 'apps/web/src']) {
    it(`${app}: depend one way, no folder imports a folder that imports it back`, () => {
      assert.deepEqual(describeLoops(folderImports(path.join(repository, app))), []);
    });
  }
});
