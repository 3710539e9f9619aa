import { Module } from '@nestjs/common';
import { ClinicModule } from '../clinic/clinic.module.js';
import { LocationsController } from './locations.controller.js';
import { LocationsService } from './locations.service.js';

@Module({ imports: [ClinicModule], controllers: [LocationsController], providers: [LocationsService], exports: [LocationsService] })
export class LocationsModule {}
