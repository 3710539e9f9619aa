import { Module } from '@nestjs/common';
import { ConsentStandingQueries } from './consent-standing.queries.js';
import { ConsentsController } from './consents.controller.js';
import { ConsentsService } from './consents.service.js';

@Module({ controllers: [ConsentsController], providers: [ConsentsService, ConsentStandingQueries], exports: [ConsentStandingQueries] })
export class ConsentsModule {}
