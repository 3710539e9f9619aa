import { Module } from '@nestjs/common';
import { ClinicModule } from '../clinic/clinic.module.js';
import { ClinicExportController } from './clinic-export.controller.js';
import { ClinicExportService } from './clinic-export.service.js';

@Module({ imports: [ClinicModule], controllers: [ClinicExportController], providers: [ClinicExportService] })
export class ClinicExportModule {}
