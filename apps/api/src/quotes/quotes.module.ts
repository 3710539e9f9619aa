import { Module } from '@nestjs/common';
import { BillingModule } from '../billing/billing.module.js';
import { ClinicModule } from '../clinic/clinic.module.js';
import { QuotesController } from './quotes.controller.js';
import { QuotesService } from './quotes.service.js';

@Module({ imports: [BillingModule, ClinicModule], controllers: [QuotesController], providers: [QuotesService], exports: [QuotesService] })
export class QuotesModule {}
