import { Module } from '@nestjs/common';
import { BillingController } from './billing.controller.js';
import { BillingSettingsService } from './billing-settings.service.js';
import { TaxRatesService } from './tax-rates.service.js';

@Module({ controllers: [BillingController], providers: [BillingSettingsService, TaxRatesService], exports: [BillingSettingsService, TaxRatesService] })
export class BillingModule {}
