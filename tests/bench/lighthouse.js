// Lighthouse (mobile preset, performance only) on the sign-in, calendar and clients
// pages of the built app, started as the browser tests start it: on a throw-away
// embedded database with the demo data. Prints each page's score and main metrics.
// A benchmark, not a test: run `pnpm build` first; figures vary with the machine.
// Signed-in pages find the sign-in cookies in the browser's jar, as after signing in there.
// LIGHTHOUSE_REPORTS=<folder> keeps each page's full report (JSON) there.
import { spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import puppeteer from 'puppeteer-core';
import { freePort } from '../support/free-port.js';

const DEMO_OWNER = { email: 'owner@demo.clinic', password: 'smp-demo-2026' };
const PAGES = [
  { name: 'sign-in', path: '/sign-in', signedIn: false },
  { name: 'calendar', path: '/calendar', signedIn: true },
  { name: 'clients', path: '/clients', signedIn: true },
];
const METRICS = [
  ['first-contentful-paint', 'FCP'],
  ['largest-contentful-paint', 'LCP'],
  ['total-blocking-time', 'TBT'],
  ['cumulative-layout-shift', 'CLS'],
  ['speed-index', 'SI'],
];

async function startApp(port) {
  const serveApp = fileURLToPath(new URL('../e2e/serve-app.js', import.meta.url));
  const app = spawn(process.execPath, [serveApp], { env: { ...process.env, PORT: String(port) }, stdio: ['ignore', 'ignore', 'inherit'] });
  const baseUrl = `http://127.0.0.1:${port}`;
  for (let attempt = 0; attempt < 240; attempt += 1) {
    if (app.exitCode !== null) throw new Error('The app stopped while starting (see above). Has `pnpm build` run?');
    const healthy = await fetch(`${baseUrl}/api/health`).then(
      (response) => response.ok,
      () => false,
    );
    if (healthy) return { app, baseUrl };
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
  throw new Error('The app did not become healthy within two minutes.');
}

/** The cookies signing in sets, as the browser would keep them (some are for the page to read). */
async function signInCookies(baseUrl) {
  const response = await fetch(`${baseUrl}/api/auth/login`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify(DEMO_OWNER),
  });
  if (!response.ok) throw new Error(`Signing in as the demo owner failed: ${response.status} ${await response.text()}`);
  return response.headers.getSetCookie().map((cookie) => {
    const [name, ...value] = cookie.split(';')[0].split('=');
    return { name, value: value.join('='), domain: new URL(baseUrl).hostname, path: '/', httpOnly: /;\s*HttpOnly/i.test(cookie) };
  });
}

// Headless Chromium on a busy machine now and then loses a trace (NO_NAVSTART): Lighthouse asks to run again.
async function audit(chrome, url, attemptsLeft = 2) {
  const flags = { port: chrome.port, output: 'json', logLevel: 'error', onlyCategories: ['performance'] };
  const { lhr } = await lighthouse(url, flags);
  if (!lhr.runtimeError) return lhr;
  if (attemptsLeft > 1) return audit(chrome, url, attemptsLeft - 1);
  throw new Error(`${url}: ${lhr.runtimeError.message}`);
}

function describe(page, lhr) {
  const metrics = METRICS.map(([id, label]) => `${label} ${lhr.audits[id].displayValue}`).join(', ');
  // Lighthouse's own measure of the machine's speed at the time: the figures scale with it.
  return `${page.name.padEnd(9)} performance ${String(Math.round(lhr.categories.performance.score * 100)).padStart(3)}   ${metrics}   (CPU index ${Math.round(lhr.environment.benchmarkIndex)})`;
}

const { app, baseUrl } = await startApp(Number(process.env.PORT ?? (await freePort())));
const userDataDir = mkdtempSync(path.join(os.tmpdir(), 'smp-lighthouse-'));
let chrome;
let browser;
try {
  const cookies = await signInCookies(baseUrl);
  chrome = await chromeLauncher.launch({
    chromePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    userDataDir,
    chromeFlags: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
  browser = await puppeteer.connect({ browserURL: `http://127.0.0.1:${chrome.port}` });
  console.log(`Lighthouse mobile preset (simulated slow 4G, 4x CPU slowdown) against ${baseUrl}`);
  for (const page of PAGES) {
    if (page.signedIn) await browser.setCookie(...cookies);
    else await browser.deleteCookie(...cookies);
    const lhr = await audit(chrome, `${baseUrl}${page.path}`);
    console.log(describe(page, lhr));
    if (process.env.LIGHTHOUSE_REPORTS) {
      mkdirSync(process.env.LIGHTHOUSE_REPORTS, { recursive: true });
      writeFileSync(path.join(process.env.LIGHTHOUSE_REPORTS, `${page.name}.json`), JSON.stringify(lhr));
    }
  }
} finally {
  await browser?.disconnect();
  await chrome?.kill();
  rmSync(userDataDir, { recursive: true, force: true });
  app.kill('SIGINT');
}
