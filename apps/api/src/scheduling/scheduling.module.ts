import { Module } from '@nestjs/common';
import { ClinicModule } from '../clinic/clinic.module.js';
import { LocationsModule } from '../locations/locations.module.js';
import { MessagingModule } from '../messaging/messaging.module.js';
import { PublicAccessModule } from '../public-access/public-access.module.js';
import { ScreeningModule } from '../screening/screening.module.js';
import { AppointmentViewQueries } from './appointment-view.queries.js';
import { AppointmentWriter } from './appointment-writer.js';
import { AppointmentsController } from './appointments.controller.js';
import { AppointmentsService } from './appointments.service.js';
import { AvailabilityService } from './availability.service.js';
import { CalendarFactsQueries } from './calendar-facts.queries.js';
import { FollowUpsController } from './follow-ups.controller.js';
import { FollowUpsService } from './follow-ups.service.js';
import { MaintenanceRecallQueries } from './maintenance-recall.queries.js';
import { MaintenanceRecallTask } from './maintenance-recall.task.js';
import { OverdueDepositsQueries } from './overdue-deposits.queries.js';
import { ResourcesController } from './resources.controller.js';
import { ResourcesService } from './resources.service.js';

@Module({
  imports: [ClinicModule, LocationsModule, MessagingModule, PublicAccessModule, ScreeningModule],
  controllers: [AppointmentsController, ResourcesController, FollowUpsController],
  providers: [
    AppointmentWriter,
    AppointmentViewQueries,
    AppointmentsService,
    AvailabilityService,
    CalendarFactsQueries,
    ResourcesService,
    FollowUpsService,
    MaintenanceRecallQueries,
    MaintenanceRecallTask,
    OverdueDepositsQueries,
  ],
  exports: [AppointmentWriter, AppointmentsService, AvailabilityService, FollowUpsService, MaintenanceRecallQueries, MaintenanceRecallTask],
})
export class SchedulingModule {}
