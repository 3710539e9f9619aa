import { Module } from '@nestjs/common';
import { ClinicModule } from '../clinic/clinic.module.js';
import { LocationsModule } from '../locations/locations.module.js';
import { BusinessReportsController } from './business-reports.controller.js';
import { BusinessReportsService } from './business-reports.service.js';

@Module({ imports: [ClinicModule, LocationsModule], controllers: [BusinessReportsController], providers: [BusinessReportsService] })
export class BusinessReportsModule {}
