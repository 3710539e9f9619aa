import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';

const contractsSource = fileURLToPath(new URL('../../packages/contracts/src/index.ts', import.meta.url));
// The ESM build of libphonenumber-js imports JSON without import attributes,
// which Jest's ESM loader warns about on every file; its CommonJS build does not.
const phoneNumbersCommonJs = createRequire(contractsSource).resolve('libphonenumber-js');

/**
 * API tests run as native ES modules (NestJS 12 ships ESM only), compiled by SWC
 * with decorator metadata for Nest's dependency injection. Every test file gets
 * its own database cloned from a migrated template (see src/test-support).
 */
export default {
  testEnvironment: 'node',
  roots: ['<rootDir>/src'],
  testMatch: ['**/*.test.ts'],
  extensionsToTreatAsEsm: ['.ts'],
  transform: {
    '^.+\\.ts$': [
      '@swc/jest',
      {
        jsc: {
          parser: { syntax: 'typescript', decorators: true },
          transform: { legacyDecorator: true, decoratorMetadata: true },
          target: 'es2022',
        },
        module: { type: 'es6' },
      },
    ],
  },
  moduleNameMapper: {
    // Tests use the shared contracts' source, so they need no build first.
    '^@smp/contracts$': contractsSource,
    '^libphonenumber-js$': phoneNumbersCommonJs,
    '^(\\.{1,2}/.*)\\.js$': '$1',
  },
  globalSetup: '<rootDir>/src/test-support/global-setup.js',
  globalTeardown: '<rootDir>/src/test-support/global-teardown.js',
  testTimeout: 30_000,
  // Each test file loads the app's modules afresh (native ES modules under Jest's VM),
  // and one process running every file in turn grew past Node's 4 GB heap. A worker
  // (used even on a one-worker machine once a limit is set) is replaced when it
  // passes this after a file.
  workerIdleMemoryLimit: '1.5GB',
};
