import { get, type IncomingHttpHeaders } from 'node:http';
import type { AddressInfo } from 'node:net';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { createTestApp, type TestApp } from '../test-support/test-app.js';

const IMMUTABLE = 'public, max-age=31536000, immutable';
const SCRIPT = `export const greeting = ${JSON.stringify('hello, front desk '.repeat(200))};\n`;
const SCRIPT_PATH = '/assets/index-Bx7a9Qe2.js';
// Random bytes do not compress, like the images and PDFs the app sends.
const IMAGE = Buffer.from(Array.from({ length: 4096 }, (_, index) => (index * 7919) % 251));

let testApp: TestApp;
let distDir: string;
let baseUrl: string;

beforeAll(async () => {
  // A dist folder of its own, so these tests do not depend on the web app's build.
  distDir = await mkdtemp(path.join(os.tmpdir(), 'smp-web-dist-'));
  await mkdir(path.join(distDir, 'assets'));
  await writeFile(path.join(distDir, 'index.html'), `<!doctype html><title>SMP Clinic</title><script type="module" src="${SCRIPT_PATH}"></script>`);
  await writeFile(path.join(distDir, SCRIPT_PATH), SCRIPT);
  await writeFile(path.join(distDir, `${SCRIPT_PATH}.map`), '{"version":3,"sources":["src/secret.ts"]}');
  await writeFile(path.join(distDir, 'assets/logo-C3d4E5f6.png'), IMAGE);
  testApp = await createTestApp({ WEB_DIST_DIR: distDir });
  await testApp.app.listen(0, '127.0.0.1');
  baseUrl = `http://127.0.0.1:${(testApp.app.getHttpServer().address() as AddressInfo).port}`;
});
afterAll(async () => {
  await testApp.close();
  await rm(distDir, { recursive: true, force: true });
});

interface RawResponse {
  status: number;
  headers: IncomingHttpHeaders;
  /** The bytes as sent, before any decoding. */
  body: Buffer;
}

// supertest decodes br and gzip itself; these tests look at what went over the wire.
function rawGet(url: string, acceptEncoding: string): Promise<RawResponse> {
  return new Promise((resolve, reject) => {
    get(new URL(url, baseUrl), { headers: { 'Accept-Encoding': acceptEncoding } }, (response) => {
      const chunks: Buffer[] = [];
      response.on('data', (chunk: Buffer) => chunks.push(chunk));
      response.on('end', () => resolve({ status: response.statusCode ?? 0, headers: response.headers, body: Buffer.concat(chunks) }));
    }).on('error', reject);
  });
}

function decoded(response: RawResponse): string {
  const encoding = response.headers['content-encoding'];
  if (encoding === 'br') return brotliDecompressSync(response.body).toString('utf8');
  if (encoding === 'gzip') return gunzipSync(response.body).toString('utf8');
  return response.body.toString('utf8');
}

describe('compression', () => {
  it.each(['br', 'gzip'])('compresses API answers with %s when the browser asks for it, and keeps them uncached', async (encoding) => {
    const response = await rawGet('/api/openapi.json', encoding);
    expect(response.status).toBe(200);
    expect(response.headers['content-encoding']).toBe(encoding);
    expect(response.headers['cache-control']).toBe('no-store');
    expect(response.headers['x-content-type-options']).toBe('nosniff');
    expect(response.headers.vary).toMatch(/Accept-Encoding/i);
    const document = JSON.parse(decoded(response)) as { openapi: string };
    expect(document.openapi).toMatch(/^3\./);
    expect(response.body.length).toBeLessThan(Buffer.byteLength(decoded(response)) / 3);
  });

  it('prefers brotli when the browser takes both', async () => {
    const response = await rawGet('/api/openapi.json', 'gzip, deflate, br');
    expect(response.headers['content-encoding']).toBe('br');
  });

  it('sends answers as they are when the browser does not ask for compression', async () => {
    const response = await rawGet('/api/openapi.json', 'identity');
    expect(response.headers['content-encoding']).toBeUndefined();
    expect(JSON.parse(decoded(response))).toHaveProperty('openapi');
  });

  it('compresses the web app’s scripts', async () => {
    const response = await rawGet(SCRIPT_PATH, 'br');
    expect(response.headers['content-encoding']).toBe('br');
    expect(decoded(response)).toBe(SCRIPT);
  });

  it('does not compress again what is compressed already (images, PDFs)', async () => {
    const response = await rawGet('/assets/logo-C3d4E5f6.png', 'br, gzip');
    expect(response.status).toBe(200);
    expect(response.headers['content-type']).toBe('image/png');
    expect(response.headers['content-encoding']).toBeUndefined();
    expect(Buffer.compare(response.body, IMAGE)).toBe(0);
  });
});

describe('caching of the web app', () => {
  it('lets browsers keep hashed assets for a year without asking again', async () => {
    const response = await testApp.http.get(SCRIPT_PATH);
    expect(response.status).toBe(200);
    expect(response.headers['cache-control']).toBe(IMMUTABLE);
    expect(response.headers['content-type']).toMatch(/^text\/javascript/);
    expect(response.headers['x-content-type-options']).toBe('nosniff');
  });

  it.each(['/', '/index.html', '/clients/123'])('makes browsers revalidate the page itself (%s), so a new release shows at the next load', async (url) => {
    const response = await testApp.http.get(url);
    expect(response.status).toBe(200);
    expect(response.headers['content-type']).toMatch(/^text\/html/);
    expect(response.headers['cache-control']).toBe('no-cache');
    expect(response.text).toContain(SCRIPT_PATH);
  });

  it.each(['/', '/clients/123'])('answers a revalidation of an unchanged page (%s) with 304 and no body', async (url) => {
    const first = await testApp.http.get(url);
    expect(first.headers.etag).toBeDefined();
    const again = await testApp.http.get(url).set('If-None-Match', first.headers.etag!);
    expect(again.status).toBe(304);
    expect(again.text).toBeFalsy();
  });

  it.each(['/clients/123', SCRIPT_PATH])('answers a range past the end of %s with 416, not "no such file"', async (url) => {
    const response = await testApp.http.get(url).set('Range', 'bytes=99999-');
    expect(response.status).toBe(416);
  });

  it.each(['/assets/ClientPage-OldHash1.js', '/ASSETS/ClientPage-OldHash1.js'])('answers a missing asset (a chunk of an older release) with 404, not the page (%s)', async (url) => {
    const response = await testApp.http.get(url);
    expect(response.status).toBe(404);
    expect(response.headers['content-type']).not.toMatch(/html/);
  });

  it.each(['.map', '.ma%70', '.MAP'])('never serves source maps, even if a build left one, however the name is written (%s)', async (ending) => {
    const response = await testApp.http.get(`${SCRIPT_PATH}${ending}`);
    expect(response.status).toBe(404);
    expect(response.text).not.toContain('secret');
  });
});

describe('caching of API answers', () => {
  it.each(['/api/health', '/API/Health', '/api/health/', '/%61pi/health'])('keeps %s out of every cache, however the path is written', async (url) => {
    const response = await testApp.http.get(url);
    expect(response.status).toBe(200);
    expect(response.headers['cache-control']).toBe('no-store');
    expect(response.headers.etag).toBeUndefined();
  });
});

describe('security headers', () => {
  it.each(['/api/health', '/api/clients', '/', SCRIPT_PATH])('sends the browser protections with every answer (%s)', async (url) => {
    const response = await testApp.http.get(url);
    expect(response.headers['content-security-policy']).toContain("default-src 'self'");
    expect(response.headers['content-security-policy']).toContain("frame-ancestors 'self'");
    expect(response.headers['x-frame-options']).toBe('SAMEORIGIN');
    expect(response.headers['strict-transport-security']).toMatch(/^max-age=\d+; includeSubDomains$/);
    expect(response.headers['x-content-type-options']).toBe('nosniff');
    expect(response.headers['referrer-policy']).toBe('no-referrer');
    expect(response.headers['cross-origin-opener-policy']).toBe('same-origin');
    expect(response.headers['x-powered-by']).toBeUndefined();
  });
});
