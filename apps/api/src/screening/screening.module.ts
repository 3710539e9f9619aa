import { Module } from '@nestjs/common';
import { ClinicModule } from '../clinic/clinic.module.js';
import { ClientScreeningController } from './client-screening.controller.js';
import { ScreeningStandingQueries } from './screening-standing.queries.js';
import { ScreeningService } from './screening.service.js';
import { ScreeningsController } from './screenings.controller.js';

@Module({
  imports: [ClinicModule],
  controllers: [ClientScreeningController, ScreeningsController],
  providers: [ScreeningService, ScreeningStandingQueries],
  exports: [ScreeningService, ScreeningStandingQueries],
})
export class ScreeningModule {}
