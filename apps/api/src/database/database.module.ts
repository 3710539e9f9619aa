import { Global, Inject, Injectable, Module, type DynamicModule, type OnApplicationShutdown } from '@nestjs/common';
import { PrismaClient } from '../generated/prisma/client.js';
import { atAddress, createDatabase, DATABASE_URL, type Database } from './database.js';
import { REPORT_SOURCE, ReportSource } from './report-source.js';

const REPLICA = Symbol('REPLICA');

/** The app's Prisma clients (the primary's, and the replica's if there is one), closed when the app shuts down. */
@Injectable()
class DatabaseLifecycle implements OnApplicationShutdown {
  constructor(
    @Inject(PrismaClient) private readonly database: Database,
    @Inject(REPLICA) private readonly replica: Database | null,
  ) {}

  async onApplicationShutdown(): Promise<void> {
    await Promise.all([this.database.$disconnect(), this.replica?.$disconnect()]);
  }
}

@Global()
@Module({})
export class DatabaseModule {
  /**
   * `databaseUrl` is the app's login on the primary server, for what needs a
   * connection of its own (LISTEN, the job queue); queries go through
   * `poolerAddress` when there is one (a PgBouncer in transaction mode); reports
   * read the replica at `replicaAddress` when there is one.
   */
  static forUrl(databaseUrl: string, { poolerAddress, replicaAddress }: { poolerAddress?: string | undefined; replicaAddress?: string | undefined } = {}): DynamicModule {
    return {
      module: DatabaseModule,
      providers: [
        { provide: DATABASE_URL, useValue: databaseUrl },
        { provide: PrismaClient, useFactory: () => createDatabase(atAddress(databaseUrl, poolerAddress)) },
        { provide: REPLICA, useFactory: () => (replicaAddress ? createDatabase(atAddress(databaseUrl, replicaAddress)) : null) },
        {
          provide: REPORT_SOURCE,
          useFactory: (primary: Database, replica: Database | null) =>
            new ReportSource({ database: primary, url: databaseUrl }, replica && { database: replica, url: atAddress(databaseUrl, replicaAddress) }),
          inject: [PrismaClient, REPLICA],
        },
        DatabaseLifecycle,
      ],
      exports: [PrismaClient, DATABASE_URL, REPORT_SOURCE],
    };
  }
}
