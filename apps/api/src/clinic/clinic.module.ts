import { Module } from '@nestjs/common';
import { ClinicController } from './clinic.controller.js';
import { ClinicSettingsCache } from './clinic-settings-cache.js';
import { ClinicSettingsService } from './clinic-settings.service.js';

@Module({ controllers: [ClinicController], providers: [ClinicSettingsService, ClinicSettingsCache], exports: [ClinicSettingsService, ClinicSettingsCache] })
export class ClinicModule {}
