import { defineConfig } from '@playwright/test';

/**
 * The several-instances deployment (topology/topology.js) under load and faults:
 * API requests only, no browser. Each run starts its own primary, replica,
 * PgBouncer, app instances and HAProxy on free loopback ports.
 */
export default defineConfig({
  testDir: './topology',
  outputDir: './test-results/topology',
  timeout: 120_000,
  expect: { timeout: 10_000 },
  workers: 1,
  forbidOnly: !!process.env.CI,
  reporter: [['list']],
});
