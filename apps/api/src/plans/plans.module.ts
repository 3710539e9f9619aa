import { Module } from '@nestjs/common';
import { ClinicModule } from '../clinic/clinic.module.js';
import { LocationsModule } from '../locations/locations.module.js';
import { ScreeningModule } from '../screening/screening.module.js';
import { SchedulingModule } from '../scheduling/scheduling.module.js';
import { DesignsModule } from '../designs/designs.module.js';
import { PlansController } from './plans.controller.js';
import { PlanClearancesService } from './plan-clearances.service.js';
import { PlansService } from './plans.service.js';
import { PricesService } from './prices.service.js';

@Module({
  imports: [ClinicModule, LocationsModule, ScreeningModule, SchedulingModule, DesignsModule],
  controllers: [PlansController],
  providers: [PlansService, PricesService, PlanClearancesService],
})
export class PlansModule {}
