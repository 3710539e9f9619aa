import { clientInputSchema } from '@smp/contracts';
import type { Database } from '../database/database.js';
import { toClientColumns } from '../clients/client-record.js';
import { hashPassword } from '../auth/passwords.js';
import { demoClients } from './demo-clients.js';
import { DEMO_PASSWORD, demoStaff } from './demo-staff.js';

const DEMO_MARKER = 'demo_data_loaded_at';

/**
 * Loads the demo clients and one staff account per role into a database that has
 * never had any, once. A
 * transaction-scoped advisory lock keeps two instances that start together from
 * both loading them.
 */
export async function loadDemoDataOnFirstRun(database: Database): Promise<boolean> {
  const passwordHash = await hashPassword(DEMO_PASSWORD);
  return database.$transaction(async (transaction) => {
    await transaction.$executeRaw`SELECT pg_advisory_xact_lock(hashtext('smp:demo-data'))`;
    const marker = await transaction.appMeta.findUnique({ where: { key: DEMO_MARKER } });
    if (marker || (await transaction.client.count()) > 0 || (await transaction.staff.count()) > 0) return false;

    const now = new Date();
    const daysFromNow = (days: number) => new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate() + days));
    await transaction.client.createMany({
      data: demoClients.map(({ archived, ...client }) => ({
        ...toClientColumns(clientInputSchema.parse(client)),
        archivedAt: archived ? now : null,
      })),
    });
    for (const { certifications = [], ...staff } of demoStaff) {
      await transaction.staff.create({
        data: {
          ...staff,
          passwordHash,
          certifications: {
            create: certifications.map(({ expiresInDays, ...certification }) => ({
              ...certification,
              expiresOn: daysFromNow(expiresInDays),
            })),
          },
        },
      });
    }
    await transaction.appMeta.create({ data: { key: DEMO_MARKER, value: now.toISOString() } });
    return true;
  });
}
