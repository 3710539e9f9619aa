import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import pg from 'pg';
import { appLoginUrl, prepareAppLogin } from './app-login.js';
import type { Database } from './database.js';
import { createTestDatabase, openTestDatabase, type TestDatabase } from '../test-support/test-database.js';

const CLINICAL_TABLES = ['clients', 'consultations', 'client_photos', 'appointments', 'treatment_plans', 'plan_sessions'];

let app: Awaited<ReturnType<typeof openTestDatabase>>;
let database: Database;
beforeAll(async () => {
  app = await openTestDatabase();
  database = app.database;
});
afterAll(async () => {
  await app.close();
});

/**
 * A statement on the app's own connection, with the powers of its login: SET ROLE
 * NONE drops any role the connection merely started in, as any SQL run there could.
 */
const asApp = (sql: string) =>
  database.$transaction(async (transaction) => {
    await transaction.$executeRawUnsafe('SET LOCAL ROLE NONE');
    return transaction.$executeRawUnsafe(sql);
  });

async function rolesOwningTheTables(): Promise<string[]> {
  const rows = await database.$queryRawUnsafe<{ name: string }[]>(`
    SELECT DISTINCT pg_get_userbyid(relowner) AS name FROM pg_class WHERE relnamespace = 'public'::regnamespace
    UNION SELECT rolname FROM pg_roles WHERE rolsuper`);
  return rows.map((row) => row.name);
}

describe("the app's database login", () => {
  it('is not a superuser, may not create roles or databases, and owns nothing', async () => {
    const [login] = await database.$queryRawUnsafe<{ user: string; rolsuper: boolean; rolcreaterole: boolean; rolcreatedb: boolean; rolbypassrls: boolean; owned: bigint }[]>(`
      SELECT session_user AS user, rolsuper, rolcreaterole, rolcreatedb, rolbypassrls,
             (SELECT count(*) FROM pg_class WHERE relowner = pg_roles.oid) AS owned
      FROM pg_roles WHERE rolname = session_user`);
    expect(login).toEqual({ user: 'smp_app', rolsuper: false, rolcreaterole: false, rolcreatedb: false, rolbypassrls: false, owned: 0n });
  });

  it('cannot become the tables’ owner or a superuser', async () => {
    const roles = await rolesOwningTheTables();
    expect(roles.length).toBeGreaterThan(0);
    for (const role of roles) {
      await expect(asApp(`SET ROLE ${pg.escapeIdentifier(role)}`)).rejects.toThrow(/permission denied to set role/);
      await expect(asApp(`SET SESSION AUTHORIZATION ${pg.escapeIdentifier(role)}`)).rejects.toThrow(/permission denied/);
    }
  });

  it('cannot switch off triggers and foreign keys for its session', async () => {
    await expect(asApp('SET LOCAL session_replication_role = replica')).rejects.toThrow(/permission denied to set parameter/);
  });

  it('cannot change, delete or empty the audit trail', async () => {
    await expect(asApp(`UPDATE audit_events SET action = 'client.read'`)).rejects.toThrow(/permission denied/);
    await expect(asApp('DELETE FROM audit_events')).rejects.toThrow(/permission denied/);
    await expect(asApp('TRUNCATE audit_events')).rejects.toThrow(/permission denied/);
    await expect(asApp('ALTER TABLE audit_events DISABLE TRIGGER USER')).rejects.toThrow(/must be owner/);
  });

  it.each(CLINICAL_TABLES)('cannot delete from %s', async (table) => {
    await expect(asApp(`DELETE FROM ${table}`)).rejects.toThrow(/permission denied/);
    await expect(asApp(`TRUNCATE ${table} CASCADE`)).rejects.toThrow(/permission denied/);
  });
});

describe('preparing the app login', () => {
  let testDatabase: TestDatabase;
  beforeAll(async () => {
    testDatabase = await createTestDatabase();
  });
  afterAll(async () => {
    await testDatabase.drop();
  });

  it("refuses to run the app's queries as the tables' owner", async () => {
    await expect(prepareAppLogin(testDatabase.url, testDatabase.url)).rejects.toThrow(/must not be a superuser.*or own tables/);
  });

  it('gives smp_app one password for every database on the server, however often it is prepared', async () => {
    const appUrl = await prepareAppLogin(testDatabase.url);
    expect(await prepareAppLogin(testDatabase.url)).toBe(appUrl);
    const otherDatabase = new URL(testDatabase.url);
    otherDatabase.pathname = '/postgres';
    expect(new URL(appLoginUrl(otherDatabase.toString())).password).toBe(new URL(appUrl).password);

    const client = new pg.Client({ connectionString: appUrl });
    await client.connect();
    try {
      expect((await client.query('SELECT current_user AS login')).rows).toEqual([{ login: 'smp_app' }]);
    } finally {
      await client.end();
    }
  });
});
