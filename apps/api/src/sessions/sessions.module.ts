import { Module } from '@nestjs/common';
import { ClinicModule } from '../clinic/clinic.module.js';
import { MessagingModule } from '../messaging/messaging.module.js';
import { PhotosModule } from '../photos/photos.module.js';
import { PigmentsModule } from '../pigments/pigments.module.js';
import { SchedulingModule } from '../scheduling/scheduling.module.js';
import { ScreeningModule } from '../screening/screening.module.js';
import { ClientHistoryController } from './client-history.controller.js';
import { ClientHistoryQueries } from './client-history.queries.js';
import { SessionRecordsController } from './session-records.controller.js';
import { SessionRecordsService } from './session-records.service.js';
import { ShadeProgressionQueries } from './shade-progression.queries.js';
import { TreatmentReportController } from './treatment-report.controller.js';
import { TreatmentReportService } from './treatment-report.service.js';

@Module({
  imports: [ClinicModule, MessagingModule, PhotosModule, PigmentsModule, SchedulingModule, ScreeningModule],
  controllers: [SessionRecordsController, ClientHistoryController, TreatmentReportController],
  providers: [SessionRecordsService, ClientHistoryQueries, TreatmentReportService, ShadeProgressionQueries],
})
export class SessionsModule {}
