import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { Database } from '../database/database.js';
import { verifyPassword } from '../auth/passwords.js';
import { openTestDatabase } from '../test-support/test-database.js';
import { createOwnerAccount } from './owner-account.js';

describe('creating an owner from the command line', () => {
  let database: Database;
  let close: () => Promise<void>;
  beforeAll(async () => {
    ({ database, close } = await openTestDatabase());
  });
  afterAll(() => close());

  it('creates a working owner account, on the audit trail', async () => {
    const owner = await createOwnerAccount(database, { name: 'Ada Owner', email: ' Ada@Clinic.Example ', password: 'a long owner password' });
    const row = await database.staff.findUniqueOrThrow({ where: { id: owner.id } });
    expect(row).toMatchObject({ email: 'ada@clinic.example', role: 'owner', deactivatedAt: null });
    expect(await verifyPassword(row.passwordHash, 'a long owner password')).toBe(true);
    expect(await database.auditEvent.findFirst({ where: { entityId: owner.id } })).toMatchObject({ action: 'staff.create', actorId: null });
  });

  it('explains what is wrong instead of creating a bad or second account', async () => {
    await expect(createOwnerAccount(database, { name: 'Ada', email: 'ada@clinic.example', password: 'a long owner password' })).rejects.toThrow(/already has an account/);
    await expect(createOwnerAccount(database, { name: 'Bo', email: 'bo@clinic.example', password: 'short' })).rejects.toThrow(/password: Use at least 12 characters/);
    expect(await database.staff.count()).toBe(1);
  });
});
