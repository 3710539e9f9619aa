import { Module } from '@nestjs/common';
import { ClinicModule } from '../clinic/clinic.module.js';
import { SchedulingModule } from '../scheduling/scheduling.module.js';
import { ScreeningModule } from '../screening/screening.module.js';
import { AssessmentsService } from './assessments.service.js';
import { CorrectionsController } from './corrections.controller.js';
import { LaserSessionsService } from './laser-sessions.service.js';

@Module({ imports: [ClinicModule, SchedulingModule, ScreeningModule], controllers: [CorrectionsController], providers: [AssessmentsService, LaserSessionsService] })
export class CorrectionsModule {}
