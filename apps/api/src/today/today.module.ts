import { Module } from '@nestjs/common';
import { LocationsModule } from '../locations/locations.module.js';
import { ClinicModule } from '../clinic/clinic.module.js';
import { SchedulingModule } from '../scheduling/scheduling.module.js';
import { ScreeningModule } from '../screening/screening.module.js';
import { TodayController } from './today.controller.js';
import { TodayQueries } from './today.queries.js';
import { TodayService } from './today.service.js';

@Module({
  imports: [ClinicModule, LocationsModule, ScreeningModule, SchedulingModule],
  controllers: [TodayController],
  providers: [TodayQueries, TodayService],
})
export class TodayModule {}
