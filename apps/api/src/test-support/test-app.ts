import type { NestExpressApplication } from '@nestjs/platform-express';
import supertest from 'supertest';
import { createApp } from '../app.js';
import { loadConfig, type AppConfig } from '../config/config.js';
import type { Database } from '../database/database.js';
import { PrismaClient } from '../generated/prisma/client.js';
import { createTestDatabase, type TestDatabase } from './test-database.js';

export interface TestApp {
  app: NestExpressApplication;
  http: ReturnType<typeof supertest>;
  database: Database;
  testDatabase: TestDatabase;
  close(): Promise<void>;
}

export function testConfig(overrides: Record<string, string> = {}): AppConfig {
  return loadConfig({ NODE_ENV: 'test', LOG_LEVEL: 'silent', CLINIC_COUNTRY: 'US', DEMO_DATA: 'false', ...overrides });
}

/** The real app on a database of its own, ready for supertest. */
export async function createTestApp(configOverrides: Record<string, string> = {}): Promise<TestApp> {
  const testDatabase = await createTestDatabase();
  const app = await createApp({ config: testConfig(configOverrides), databaseUrl: testDatabase.url });
  await app.init();
  return {
    app,
    http: supertest(app.getHttpServer()),
    database: app.get<Database>(PrismaClient),
    testDatabase,
    close: async () => {
      await app.close();
      await testDatabase.drop();
    },
  };
}
