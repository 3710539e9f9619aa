import { Module } from '@nestjs/common';
import { ClinicModule } from '../clinic/clinic.module.js';
import { PhotosModule } from '../photos/photos.module.js';
import { SchedulingModule } from '../scheduling/scheduling.module.js';
import { ConsultationsController } from './consultations.controller.js';
import { ConsultationsService } from './consultations.service.js';

@Module({ imports: [ClinicModule, PhotosModule, SchedulingModule], controllers: [ConsultationsController], providers: [ConsultationsService] })
export class ConsultationsModule {}
