import { Controller } from '@nestjs/common';
import { type ClinicSettings, clinicRoutes, type BodyOf } from '@smp/contracts';
import { Endpoint, RouteBody } from '../http/endpoint.js';
import { ApiDoc } from '../http/api-doc.js';
import { Requires } from '../access/access.js';
import { CurrentActor, type Actor } from '../audit/actor.js';
import { ClinicSettingsService } from './clinic-settings.service.js';

@Controller()
export class ClinicController {
  constructor(private readonly settings: ClinicSettingsService) {}

  @Endpoint(clinicRoutes.get)
  @Requires('clinic.read')
  @ApiDoc({
    summary: 'The clinic’s settings',
    description: 'Name, country (for local phone numbers), time zone (for showing times), currency, opening hours and session timeouts.',
    responses: { 200: { description: 'The clinic' } },
  })
  get(): Promise<ClinicSettings> {
    return this.settings.get();
  }

  @Endpoint(clinicRoutes.update)
  @Requires('clinic.manage')
  @ApiDoc({
    summary: 'Change the clinic’s settings',
    description: 'Replaces all settings, opening hours included.',
    responses: { 200: { description: 'The new settings' } },
  })
  update(@RouteBody(clinicRoutes.update) input: BodyOf<typeof clinicRoutes.update>, @CurrentActor() actor: Actor): Promise<ClinicSettings> {
    return this.settings.update(input, actor);
  }
}
