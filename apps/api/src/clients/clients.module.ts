import { Module } from '@nestjs/common';
import { ClientsController } from './clients.controller.js';
import { ClientQueries } from './clients.queries.js';
import { ClientsService } from './clients.service.js';

@Module({
  controllers: [ClientsController],
  providers: [ClientsService, ClientQueries],
  exports: [ClientsService],
})
export class ClientsModule {}
