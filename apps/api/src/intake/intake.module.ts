import { Module } from '@nestjs/common';
import { ClinicModule } from '../clinic/clinic.module.js';
import { ScreeningModule } from '../screening/screening.module.js';
import { IntakesController } from './intakes.controller.js';
import { IntakesService } from './intakes.service.js';

@Module({
  imports: [ClinicModule, ScreeningModule],
  controllers: [IntakesController],
  providers: [IntakesService],
  exports: [IntakesService],
})
export class IntakeModule {}
