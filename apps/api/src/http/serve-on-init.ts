import { Injectable, type OnApplicationBootstrap } from '@nestjs/common';
import { HttpAdapterHost } from '@nestjs/core';
import type { FastifyInstance } from 'fastify';

/**
 * Nest adds its routes in `app.init()`, but Fastify serves them only once its
 * plugins have loaded (`ready()`): done here, the server of an initialised app
 * answers requests (supertest's, say) without listening first.
 */
@Injectable()
export class ServeOnInit implements OnApplicationBootstrap {
  constructor(private readonly adapterHost: HttpAdapterHost) {}

  async onApplicationBootstrap(): Promise<void> {
    await this.adapterHost.httpAdapter.getInstance<FastifyInstance>().ready();
  }
}
