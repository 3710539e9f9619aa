import { clientInputSchema } from '@smp/contracts';
import type { Database } from '../database/database.js';
import { toClientColumns } from '../clients/client-record.js';
import { demoClients } from './demo-clients.js';

const DEMO_MARKER = 'demo_data_loaded_at';

/**
 * Loads the demo clients into a database that has never had any, once. A
 * transaction-scoped advisory lock keeps two instances that start together from
 * both loading them.
 */
export async function loadDemoDataOnFirstRun(database: Database): Promise<boolean> {
  return database.$transaction(async (transaction) => {
    await transaction.$executeRaw`SELECT pg_advisory_xact_lock(hashtext('smp:demo-data'))`;
    const marker = await transaction.appMeta.findUnique({ where: { key: DEMO_MARKER } });
    if (marker || (await transaction.client.count()) > 0) return false;

    const archivedAt = new Date();
    await transaction.client.createMany({
      data: demoClients.map(({ archived, ...client }) => ({
        ...toClientColumns(clientInputSchema.parse(client)),
        archivedAt: archived ? archivedAt : null,
      })),
    });
    await transaction.appMeta.create({ data: { key: DEMO_MARKER, value: new Date().toISOString() } });
    return true;
  });
}
