import { readdir } from 'node:fs/promises';
import { afterAll, describe, expect, it } from '@jest/globals';
import supertest from 'supertest';
import { createApp } from '../app.js';
import { MIGRATIONS_DIR } from '../database/migrations.js';
import { createTestApp, testConfig } from '../test-support/test-app.js';
import { freePort } from '../test-support/test-postgres.js';

describe('GET /api/health', () => {
  it('answers 200 with the schema version when the database is reachable', async () => {
    const testApp = await createTestApp();
    try {
      const response = await testApp.http.get('/api/health');
      const latest = (await readdir(MIGRATIONS_DIR))
        .filter((name) => name.endsWith('.sql'))
        .sort()
        .at(-1)!
        .replace(/\.sql$/, '');
      expect(response.status).toBe(200);
      expect(response.body).toEqual({ status: 'ok', database: 'reachable', schemaVersion: latest, version: expect.any(String) });
    } finally {
      await testApp.close();
    }
  });

  describe('when the database is not reachable', () => {
    let close: () => Promise<void> = async () => {};
    afterAll(() => close());

    it('answers 503 as a problem', async () => {
      const nobodyListens = `postgresql://postgres:postgres@127.0.0.1:${await freePort()}/nothing`;
      const app = await createApp({ config: testConfig(), databaseUrl: nobodyListens });
      await app.init();
      close = () => app.close();

      const response = await supertest(app.getHttpServer()).get('/api/health');
      expect(response.status).toBe(503);
      expect(response.headers['content-type']).toMatch(/^application\/problem\+json/);
      expect(response.body).toMatchObject({ status: 503, database: 'unreachable' });
    });
  });
});
