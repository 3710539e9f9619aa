import { PrismaPg } from '@prisma/adapter-pg';
import { PrismaClient } from '../generated/prisma/client.js';

/** Injection token of the connection URL the database module was built for. */
export const DATABASE_URL = Symbol('DATABASE_URL');

/** Connections each instance keeps to the database at most. */
export const POOL_SIZE = 10;

/** The app's Prisma client over `appUrl`, the app's own login (smp_app, see app-login.ts), never the tables' owner. */
export function createDatabase(appUrl: string) {
  const adapter = new PrismaPg({
    connectionString: appUrl,
    // Fail fast rather than hang a request when the server is gone.
    connectionTimeoutMillis: 5_000,
    max: POOL_SIZE,
  });
  return new PrismaClient({
    adapter,
    // The database derives these for sorting and search; the app never reads them.
    omit: { client: { sortKey: true, searchText: true } },
  });
}

/** The app's Prisma client; inject it with `@Inject(PrismaClient)`. */
export type Database = ReturnType<typeof createDatabase>;
