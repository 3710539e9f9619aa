import { Module } from '@nestjs/common';
import { ScreeningModule } from '../screening/screening.module.js';
import { ClientsController } from './clients.controller.js';
import { ClientQueries } from './clients.queries.js';
import { ClientsService } from './clients.service.js';

@Module({
  imports: [ScreeningModule],
  controllers: [ClientsController],
  providers: [ClientsService, ClientQueries],
  exports: [ClientsService],
})
export class ClientsModule {}
