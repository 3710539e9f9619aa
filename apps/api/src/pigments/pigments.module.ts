import { Module } from '@nestjs/common';
import { ClinicModule } from '../clinic/clinic.module.js';
import { CatalogueController } from './catalogue.controller.js';
import { CatalogueService } from './catalogue.service.js';

@Module({ imports: [ClinicModule], controllers: [CatalogueController], providers: [CatalogueService] })
export class PigmentsModule {}
