import { Global, Inject, Injectable, Module, type DynamicModule, type OnApplicationShutdown } from '@nestjs/common';
import { PrismaClient } from '../generated/prisma/client.js';
import { atAddress, createDatabase, DATABASE_URL, type Database } from './database.js';

/** The app's one Prisma client, closed when the app shuts down. */
@Injectable()
class DatabaseLifecycle implements OnApplicationShutdown {
  constructor(@Inject(PrismaClient) private readonly database: Database) {}

  async onApplicationShutdown(): Promise<void> {
    await this.database.$disconnect();
  }
}

@Global()
@Module({})
export class DatabaseModule {
  /**
   * `databaseUrl` is the app's login on the primary server, for what needs a
   * connection of its own (LISTEN, the job queue); queries go through
   * `poolerAddress` when there is one (a PgBouncer in transaction mode).
   */
  static forUrl(databaseUrl: string, poolerAddress?: string): DynamicModule {
    return {
      module: DatabaseModule,
      providers: [{ provide: DATABASE_URL, useValue: databaseUrl }, { provide: PrismaClient, useFactory: () => createDatabase(atAddress(databaseUrl, poolerAddress)) }, DatabaseLifecycle],
      exports: [PrismaClient, DATABASE_URL],
    };
  }
}
