import { Controller, Inject } from '@nestjs/common';
import { type Health, healthRoutes } from '@smp/contracts';
import { PrismaClient } from '../generated/prisma/client.js';
import { sqlPool, type Database } from '../database/database.js';
import { MIGRATIONS_TABLE } from '../database/migrations.js';
import { Endpoint } from '../http/endpoint.js';
import { ApiDoc } from '../http/api-doc.js';
import { databaseUnavailableProblem } from '../http/error-to-problem.js';
import { ProblemException } from '../http/problem.js';
import { Public } from '../access/access.js';
import { APP_VERSION } from './version.js';

/** A health check must answer promptly even when the database hangs. */
const DATABASE_CHECK_TIMEOUT_MS = 2_000;

@Controller()
@Public()
export class HealthController {
  constructor(@Inject(PrismaClient) private readonly database: Database) {}

  @Endpoint(healthRoutes.check)
  @ApiDoc({
    summary: 'Is the service up and its database reachable?',
    responses: {
      200: { description: 'Up, with the schema version' },
      503: { description: 'The database is not reachable' },
    },
  })
  async check(): Promise<Health> {
    try {
      const schemaVersion = await withTimeout(this.schemaVersion(), DATABASE_CHECK_TIMEOUT_MS);
      return { status: 'ok', database: 'reachable', schemaVersion, version: APP_VERSION };
    } catch {
      throw new ProblemException({
        ...databaseUnavailableProblem(),
        database: 'unreachable',
        schemaVersion: null,
        version: APP_VERSION,
      });
    }
  }

  private async schemaVersion(): Promise<string | null> {
    // Straight to pg: load balancers ask often, and Prisma's per-query work cost more than the SQL.
    const { rows } = await sqlPool(this.database).query<{ name: string }>(`SELECT name FROM ${MIGRATIONS_TABLE} ORDER BY run_on DESC, id DESC LIMIT 1`);
    return rows[0]?.name ?? null;
  }
}

function withTimeout<T>(promise: Promise<T>, milliseconds: number): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`timed out after ${milliseconds} ms`)), milliseconds);
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}
