import { Module } from '@nestjs/common';
import { ClinicController } from './clinic.controller.js';
import { ClinicSettingsService } from './clinic-settings.service.js';

@Module({ controllers: [ClinicController], providers: [ClinicSettingsService], exports: [ClinicSettingsService] })
export class ClinicModule {}
