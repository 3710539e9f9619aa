import { Module } from '@nestjs/common';
import { ClinicModule } from '../clinic/clinic.module.js';
import { LocationsModule } from '../locations/locations.module.js';
import { IntakeModule } from '../intake/intake.module.js';
import { MessagingModule } from '../messaging/messaging.module.js';
import { PublicAccessModule } from '../public-access/public-access.module.js';
import { SchedulingModule } from '../scheduling/scheduling.module.js';
import { BookingOffer } from './booking-offer.js';
import { ManagedBookings } from './managed-bookings.js';
import { OnlineBookingSettingsService } from './online-booking-settings.service.js';
import { OnlineBookingController } from './online-booking.controller.js';
import { OnlineClientsService } from './online-clients.service.js';
import { PublicBookingController } from './public-booking.controller.js';
import { PublicBookingService } from './public-booking.service.js';
import { StaleBookingRequestsTask } from './stale-booking-requests.task.js';

/** Clients book consultations online; owners choose what is offered; reception confirms the new clients. */
@Module({
  imports: [ClinicModule, LocationsModule, IntakeModule, MessagingModule, PublicAccessModule, SchedulingModule],
  controllers: [OnlineBookingController, PublicBookingController],
  providers: [BookingOffer, ManagedBookings, OnlineBookingSettingsService, OnlineClientsService, PublicBookingService, StaleBookingRequestsTask],
})
export class OnlineBookingModule {}
