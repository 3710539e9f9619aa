import { Module } from '@nestjs/common';
import { ClinicModule } from '../clinic/clinic.module.js';
import { CatalogueController } from './catalogue.controller.js';
import { CatalogueService } from './catalogue.service.js';
import { StockController } from './stock.controller.js';
import { StockService } from './stock.service.js';

@Module({ imports: [ClinicModule], controllers: [CatalogueController, StockController], providers: [CatalogueService, StockService], exports: [StockService] })
export class PigmentsModule {}
