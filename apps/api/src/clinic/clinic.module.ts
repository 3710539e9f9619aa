import { Module } from '@nestjs/common';
import { ClinicController } from './clinic.controller.js';

@Module({ controllers: [ClinicController] })
export class ClinicModule {}
