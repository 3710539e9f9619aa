import { Module } from '@nestjs/common';
import { ClinicModule } from '../clinic/clinic.module.js';
import { ConsentsModule } from '../consents/consents.module.js';
import { ClearancesService } from './clearances.service.js';
import { ClientScreeningController } from './client-screening.controller.js';
import { EligibilityService } from './eligibility.service.js';
import { ScreeningStandingQueries } from './screening-standing.queries.js';
import { ScreeningsController } from './screenings.controller.js';
import { ScreeningsService } from './screenings.service.js';

@Module({
  imports: [ClinicModule, ConsentsModule],
  controllers: [ClientScreeningController, ScreeningsController],
  providers: [ScreeningsService, ClearancesService, EligibilityService, ScreeningStandingQueries],
  exports: [EligibilityService, ScreeningStandingQueries, ScreeningsService],
})
export class ScreeningModule {}
