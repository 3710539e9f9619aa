import { staffInputSchema } from '@smp/contracts';
import type { Database } from '../database/database.js';
import { issuesToFieldErrors } from '../http/problem.js';
import { hashPassword } from '../auth/passwords.js';

export class OwnerAccountError extends Error {}

/**
 * Creates an owner account outside the app: the first owner of a clinic started
 * without demo data, or a way back in when no owner can sign in any more.
 */
export async function createOwnerAccount(database: Database, input: { name: string; email: string; password: string }): Promise<{ id: string; email: string }> {
  const parsed = staffInputSchema.safeParse({ ...input, role: 'owner' });
  if (!parsed.success) {
    throw new OwnerAccountError(
      issuesToFieldErrors(parsed.error.issues)
        .map((error) => `${error.field}: ${error.message}`)
        .join('\n'),
    );
  }
  if (await database.staff.findUnique({ where: { email: parsed.data.email } })) {
    throw new OwnerAccountError(`${parsed.data.email} already has an account; sign in with it, or choose another email`);
  }
  const passwordHash = await hashPassword(parsed.data.password);
  return database.$transaction(async (transaction) => {
    const owner = await transaction.staff.create({ data: { name: parsed.data.name, email: parsed.data.email, role: 'owner', passwordHash } });
    await transaction.auditEvent.create({
      data: { action: 'staff.create', entityType: 'staff', entityId: owner.id, changedFields: ['name', 'email', 'role', 'password'], details: { via: 'create-owner command' } },
    });
    return { id: owner.id, email: owner.email };
  });
}
