import { Module } from '@nestjs/common';
import { ClinicModule } from '../clinic/clinic.module.js';
import { PhotosModule } from '../photos/photos.module.js';
import { PublicAccessModule } from '../public-access/public-access.module.js';
import { ScreeningModule } from '../screening/screening.module.js';
import { IntakeLinks } from './intake-links.js';
import { IntakesController } from './intakes.controller.js';
import { IntakesService } from './intakes.service.js';
import { PublicIntakeController } from './public-intake.controller.js';
import { PublicIntakeService } from './public-intake.service.js';

/** What clients send from home before their consultation, and the artist's countersignature. */
@Module({
  imports: [ClinicModule, PhotosModule, PublicAccessModule, ScreeningModule],
  controllers: [IntakesController, PublicIntakeController],
  providers: [IntakesService, IntakeLinks, PublicIntakeService],
  exports: [IntakeLinks],
})
export class IntakeModule {}
