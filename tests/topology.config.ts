import { defineConfig } from '@playwright/test';
import browserJourneys from './playwright.config';

// The browser journeys' runner settings, without their browser and app server.
const { use: _browser, webServer: _appServer, ...runner } = browserJourneys;

/**
 * The several-instances deployment (topology/topology.js) under load and faults:
 * API requests only, no browser. Each run starts its own primary, replica,
 * PgBouncer, app instances and HAProxy on free loopback ports.
 */
export default defineConfig({ ...runner, testDir: './topology', outputDir: './test-results/topology', timeout: 120_000 });
