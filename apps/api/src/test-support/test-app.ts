import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import type { StaffRole } from '@smp/contracts';
import supertest from 'supertest';
import { createApp } from '../app.js';
import { hashPassword } from '../auth/passwords.js';
import { SignInSessionsService } from '../auth/sign-in-sessions.service.js';
import { ClinicSettingsService } from '../clinic/clinic-settings.service.js';
import { loadConfig, type AppConfig } from '../config/config.js';
import type { Database } from '../database/database.js';
import { PrismaClient } from '../generated/prisma/client.js';
import { createTestDatabase, EMPTY_CLINICAL_DATA, type TestDatabase } from './test-database.js';

/** The password of every staff member a test app starts with. */
export const TEST_PASSWORD = 'correct horse battery staple';

export interface TestStaff {
  id: string;
  name: string;
  email: string;
  role: StaffRole;
  /** An access token of theirs, for `Authorization: Bearer`. */
  token: string;
}

export type TestAgent = ReturnType<typeof supertest.agent>;

export interface TestApp {
  app: NestFastifyApplication;
  /** Anonymous requests. */
  http: ReturnType<typeof supertest>;
  /** Requests signed in as the test app's staff member of that role. */
  as: (role: StaffRole) => TestAgent;
  /** A new access token of the test app's staff member of that role. */
  newToken: (role: StaffRole) => Promise<string>;
  staff: Record<StaffRole, TestStaff>;
  /** One more staff member (a second artist, say), with requests signed in as them. */
  addStaff: (role: StaffRole, name: string) => Promise<{ staff: TestStaff; agent: () => TestAgent }>;
  database: Database;
  testDatabase: TestDatabase;
  /** Where the app stores uploaded files. */
  filesDir: string;
  /** Empties clients, everything recorded about them, and the audit trail. */
  resetClinicalData: () => Promise<void>;
  close: () => Promise<void>;
}

/** Quiet, without demo data, and without working the job queue (its jobs are still written) unless a test asks for `JOB_WORKER: 'true'`. */
export function testConfig(overrides: Record<string, string> = {}): AppConfig {
  // Test apps run side by side: each mail catcher on a port of its own.
  return loadConfig({ NODE_ENV: 'test', LOG_LEVEL: 'silent', CLINIC_COUNTRY: 'US', DEMO_DATA: 'false', JOB_WORKER: 'false', MAIL_CATCHER_PORT: '0', ...overrides });
}

let testPasswordHash: Promise<string> | undefined;

async function startTokenSession(app: NestFastifyApplication, staff: Omit<TestStaff, 'token'>): Promise<string> {
  const { token } = await app.get(SignInSessionsService).start(app.get<Database>(PrismaClient), staff, 'bearer', { address: null, label: 'tests' });
  return token;
}

/** A staff member with an access token, written straight to the database. */
async function createStaff(app: NestFastifyApplication, database: Database, role: StaffRole, name: string, email: string): Promise<TestStaff> {
  testPasswordHash ??= hashPassword(TEST_PASSWORD);
  const row = await database.staff.create({ data: { name, role, email, passwordHash: await testPasswordHash } });
  const staff = { id: row.id, name, email: row.email, role };
  return { ...staff, token: await startTokenSession(app, staff) };
}

/** One staff member per role. */
async function seedStaff(app: NestFastifyApplication, database: Database): Promise<Record<StaffRole, TestStaff>> {
  const people: [StaffRole, string][] = [
    ['owner', 'Olga Owner'],
    ['receptionist', 'Rita Reception'],
    ['artist', 'Arturo Artist'],
  ];
  const entries = await Promise.all(people.map(async ([role, name]) => [role, await createStaff(app, database, role, name, `${role}@clinic.test`)] as const));
  return Object.fromEntries(entries) as Record<StaffRole, TestStaff>;
}

let extraStaff = 0;

/**
 * The real app on a database of its own (a clone of the migrated template unless
 * one is given), with one signed-in staff member per role, ready for supertest.
 */
export async function createTestApp(configOverrides: Record<string, string> = {}, ownDatabase?: TestDatabase): Promise<TestApp> {
  const testDatabase = ownDatabase ?? (await createTestDatabase());
  const filesDir = await mkdtemp(path.join(os.tmpdir(), 'smp-test-files-'));
  const app = await createApp({ config: testConfig({ FILES_DIR: filesDir, ...configOverrides }), databaseUrl: testDatabase.appUrl });
  await app.init();
  await app.get(ClinicSettingsService).prepare();
  const database = app.get<Database>(PrismaClient);
  const staff = await seedStaff(app, database);
  const server = app.getHttpServer();
  const signedIn = (member: TestStaff) => supertest.agent(server).set('Authorization', `Bearer ${member.token}`);
  return {
    app,
    http: supertest(server),
    as: (role) => signedIn(staff[role]),
    newToken: (role) => startTokenSession(app, staff[role]),
    staff,
    addStaff: async (role, name) => {
      extraStaff += 1;
      const member = await createStaff(app, database, role, name, `${role}${extraStaff}@clinic.test`);
      return { staff: member, agent: () => signedIn(member) };
    },
    database,
    testDatabase,
    resetClinicalData: () => testDatabase.asOwner(EMPTY_CLINICAL_DATA),
    filesDir,
    close: async () => {
      await app.close();
      await testDatabase.drop();
      await rm(filesDir, { recursive: true, force: true });
    },
  };
}
