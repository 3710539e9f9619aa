import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { createTestApp, type TestApp } from '../test-support/test-app.js';

let testApp: TestApp;
beforeAll(async () => {
  testApp = await createTestApp();
});
afterAll(async () => {
  await testApp.close();
});

describe('request ids', () => {
  it('gives every response an id, and the same id in its problem body', async () => {
    const response = await testApp.http.get('/api/clients/not-a-uuid');
    expect(response.headers['x-request-id']).toMatch(/^[0-9a-f-]{36}$/);
    expect(response.body.requestId).toBe(response.headers['x-request-id']);
  });

  it('keeps a caller’s id that looks sane and replaces one that does not', async () => {
    expect((await testApp.http.get('/api/health').set('X-Request-Id', 'front-desk-42')).headers['x-request-id']).toBe('front-desk-42');
    expect((await testApp.http.get('/api/health').set('X-Request-Id', 'bad id <script>')).headers['x-request-id']).not.toContain('<');
  });
});
