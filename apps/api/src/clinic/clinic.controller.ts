import { Body, Controller, Get, Put } from '@nestjs/common';
import { clinicSettingsInputSchema, clinicSettingsSchema, type ClinicSettings } from '@smp/contracts';
import type { z } from 'zod';
import { ApiDoc } from '../http/api-doc.js';
import { Requires } from '../auth/access.js';
import { CurrentActor, type Actor } from '../audit/actor.js';
import { ClinicSettingsService } from './clinic-settings.service.js';

@Controller('clinic')
export class ClinicController {
  constructor(private readonly settings: ClinicSettingsService) {}

  @Get()
  @Requires('clinic.read')
  @ApiDoc({
    summary: 'The clinic’s settings',
    description: 'Name, country (for local phone numbers), time zone (for showing times), currency, opening hours and session timeouts.',
    responses: { 200: { description: 'The clinic', schema: clinicSettingsSchema } },
  })
  get(): Promise<ClinicSettings> {
    return this.settings.get();
  }

  @Put()
  @Requires('clinic.manage')
  @ApiDoc({
    summary: 'Change the clinic’s settings',
    description: 'Replaces all settings, opening hours included.',
    responses: { 200: { description: 'The new settings', schema: clinicSettingsSchema } },
  })
  update(@Body({ schema: clinicSettingsInputSchema }) input: z.output<typeof clinicSettingsInputSchema>, @CurrentActor() actor: Actor): Promise<ClinicSettings> {
    return this.settings.update(input, actor);
  }
}
