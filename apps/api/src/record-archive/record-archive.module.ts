import { Module } from '@nestjs/common';
import { ClinicModule } from '../clinic/clinic.module.js';
import { InvoicesModule } from '../invoices/invoices.module.js';
import { RecordArchiveController } from './record-archive.controller.js';
import { RecordArchiveService } from './record-archive.service.js';

@Module({ imports: [ClinicModule, InvoicesModule], controllers: [RecordArchiveController], providers: [RecordArchiveService] })
export class RecordArchiveModule {}
