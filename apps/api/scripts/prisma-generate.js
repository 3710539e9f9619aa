// Generates the Prisma client from prisma/schema.prisma. `prisma generate` does not
// use the native schema engine, but the CLI insists on finding one; it cannot be
// downloaded here, so the CLI is pointed at a file that exists.
import { spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const cli = require.resolve('prisma/build/index.js');
const result = spawnSync(process.execPath, [cli, 'generate', '--schema', '../../prisma/schema.prisma'], {
  stdio: ['ignore', 'inherit', 'inherit'],
  env: { ...process.env, PRISMA_SCHEMA_ENGINE_BINARY: process.execPath, PRISMA_HIDE_UPDATE_MESSAGE: '1' },
});
process.exit(result.status ?? 1);
