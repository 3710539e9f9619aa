import { Module } from '@nestjs/common';
import { ClinicModule } from '../clinic/clinic.module.js';
import { CalendarFeedsController } from './calendar-feeds.controller.js';
import { CalendarFeedsService } from './calendar-feeds.service.js';

@Module({ imports: [ClinicModule], controllers: [CalendarFeedsController], providers: [CalendarFeedsService] })
export class CalendarFeedsModule {}
