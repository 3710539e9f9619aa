import { Global, Inject, Injectable, Module, type DynamicModule, type OnApplicationShutdown } from '@nestjs/common';
import { PrismaClient } from '../generated/prisma/client.js';
import { createDatabase, DATABASE_URL, type Database } from './database.js';

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
  static forUrl(databaseUrl: string): DynamicModule {
    return {
      module: DatabaseModule,
      providers: [{ provide: DATABASE_URL, useValue: databaseUrl }, { provide: PrismaClient, useFactory: () => createDatabase(databaseUrl) }, DatabaseLifecycle],
      exports: [PrismaClient, DATABASE_URL],
    };
  }
}
