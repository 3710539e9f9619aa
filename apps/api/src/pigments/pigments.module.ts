import { Module } from '@nestjs/common';
import { ClinicModule } from '../clinic/clinic.module.js';
import { ConsumablesController } from './consumables.controller.js';
import { ConsumablesService } from './consumables.service.js';

@Module({ imports: [ClinicModule], controllers: [ConsumablesController], providers: [ConsumablesService] })
export class PigmentsModule {}
