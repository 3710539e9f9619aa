import { Module } from '@nestjs/common';
import { ClinicModule } from '../clinic/clinic.module.js';
import { MessageLinksModule } from '../messaging/message-links.module.js';
import { SchedulingModule } from '../scheduling/scheduling.module.js';
import { ClientLinksController } from './client-links.controller.js';
import { ClientLinksService } from './client-links.service.js';

/**
 * The pages a client reaches from a message: a folder of its own because it acts
 * on appointments (scheduling) with the links messaging makes, and messaging must
 * not depend on scheduling.
 */
@Module({
  imports: [ClinicModule, SchedulingModule, MessageLinksModule],
  controllers: [ClientLinksController],
  providers: [ClientLinksService],
})
export class ClientLinksModule {}
