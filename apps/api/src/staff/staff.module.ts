import { Module } from '@nestjs/common';
import { AuthModule } from '../auth/auth.module.js';
import { ClinicModule } from '../clinic/clinic.module.js';
import { ArtistsController } from './artists.controller.js';
import { StaffController } from './staff.controller.js';
import { StaffService } from './staff.service.js';

@Module({ imports: [AuthModule, ClinicModule], controllers: [StaffController, ArtistsController], providers: [StaffService] })
export class StaffModule {}
