import { Controller, Get, Inject } from '@nestjs/common';
import { clinicInfoSchema, type ClinicInfo } from '@smp/contracts';
import type { AppConfig } from '../config/config.js';
import { APP_CONFIG } from '../config/config.module.js';
import { ApiDoc } from '../http/api-doc.js';

@Controller('clinic')
export class ClinicController {
  constructor(@Inject(APP_CONFIG) private readonly config: AppConfig) {}

  @Get()
  @ApiDoc({
    summary: 'The clinic’s name, country and time zone',
    description: 'The web app reads local phone numbers in the clinic’s country and shows times in its zone.',
    responses: { 200: { description: 'The clinic', schema: clinicInfoSchema } },
  })
  info(): ClinicInfo {
    return { ...this.config.clinic };
  }
}
