import { Module } from '@nestjs/common';
import { ClinicModule } from '../clinic/clinic.module.js';
import { SchedulingModule } from '../scheduling/scheduling.module.js';
import { FadingController } from './fading.controller.js';
import { FadingService } from './fading.service.js';

@Module({ imports: [ClinicModule, SchedulingModule], controllers: [FadingController], providers: [FadingService] })
export class FadingModule {}
