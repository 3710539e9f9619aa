import { Module } from '@nestjs/common';
import { PaymentsController } from './payments.controller.js';
import { PaymentsService } from './payments.service.js';

@Module({ controllers: [PaymentsController], providers: [PaymentsService] })
export class PaymentsModule {}
