import { Module } from '@nestjs/common';
import { AppointmentWriter } from './appointment-writer.js';

@Module({ providers: [AppointmentWriter], exports: [AppointmentWriter] })
export class SchedulingModule {}
