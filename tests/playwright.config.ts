import { defineConfig } from '@playwright/test';

const port = Number(process.env.E2E_PORT ?? 3199);

/**
 * Browser journeys against the built app (API + web on one port) with a
 * database of their own, in the Chromium the machine provides: Playwright's
 * own browser downloads are not available here.
 */
export default defineConfig({
  testDir: './e2e',
  outputDir: './test-results',
  timeout: 60_000,
  expect: { timeout: 10_000 },
  workers: 1,
  forbidOnly: !!process.env.CI,
  reporter: [['list']],
  use: {
    // Staff may browse from another zone than the clinic's (the app shows clinic time).
    timezoneId: 'Asia/Kolkata',
    baseURL: `http://127.0.0.1:${port}`,
    trace: 'retain-on-failure',
    screenshot: 'only-on-failure',
    launchOptions: {
      executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
      args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
    },
  },
  webServer: {
    command: 'node e2e/serve-app.js',
    url: `http://127.0.0.1:${port}/api/health`,
    // The server, and its embedded database, in a third zone: nothing may read the machine's local time.
    env: { PORT: String(port), TZ: 'Pacific/Auckland' },
    timeout: 120_000,
    reuseExistingServer: false,
    stdout: 'ignore',
    stderr: 'pipe',
    gracefulShutdown: { signal: 'SIGINT', timeout: 15_000 },
  },
});
