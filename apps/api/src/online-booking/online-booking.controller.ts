import { Controller } from '@nestjs/common';
import { onlineBookingRoutes, onlineClientRoutes, type BodyOf, type OnlineBookingSettings, type OnlineClient, type ParamsOf } from '@smp/contracts';
import { Endpoint, RouteBody, RouteParams } from '../http/endpoint.js';
import { ApiDoc } from '../http/api-doc.js';
import { Requires } from '../access/access.js';
import { CurrentActor, type Actor } from '../audit/actor.js';
import { OnlineBookingSettingsService } from './online-booking-settings.service.js';
import { OnlineClientsService } from './online-clients.service.js';

/** The staff side of online booking: what is offered, and the new clients it brings. */
@Controller()
export class OnlineBookingController {
  constructor(
    private readonly settings: OnlineBookingSettingsService,
    private readonly onlineClients: OnlineClientsService,
  ) {}

  @Endpoint(onlineBookingRoutes.settings)
  @Requires('clinic.manage')
  @ApiDoc({
    summary: 'What the clinic offers online',
    description: 'Whether online booking is on, the artists and kinds of consultation offered, the minimum notice and how far ahead clients may book.',
    responses: { 200: { description: 'The settings' } },
  })
  get(): Promise<OnlineBookingSettings> {
    return this.settings.get();
  }

  @Endpoint(onlineBookingRoutes.updateSettings)
  @Requires('clinic.manage')
  @ApiDoc({ summary: 'Change what the clinic offers online', description: 'Replaces the settings as a whole; audited.', responses: { 200: { description: 'The new settings' } } })
  update(@RouteBody(onlineBookingRoutes.updateSettings) input: BodyOf<typeof onlineBookingRoutes.updateSettings>, @CurrentActor() actor: Actor): Promise<OnlineBookingSettings> {
    return this.settings.update(input, actor);
  }

  @Endpoint(onlineClientRoutes.list)
  @Requires('clients.read')
  @ApiDoc({
    summary: 'New clients from online booking',
    description: 'Clients an online booking created (no client had the verified email), oldest first, until reception confirms them.',
    responses: { 200: { description: 'The clients to confirm' } },
  })
  list(): Promise<{ items: OnlineClient[] }> {
    return this.onlineClients.list();
  }

  @Endpoint(onlineClientRoutes.confirm)
  @Requires('clients.write')
  @ApiDoc({
    summary: 'Confirm a new online client',
    description: 'Reception has checked the details: the client leaves the list.',
    responses: { 200: { description: 'Confirmed' }, 404: { description: 'Not a client awaiting confirmation' } },
  })
  confirm(
    @RouteParams(onlineClientRoutes.confirm) { id }: ParamsOf<typeof onlineClientRoutes.confirm>,
    @RouteBody(onlineClientRoutes.confirm) _body: BodyOf<typeof onlineClientRoutes.confirm>,
    @CurrentActor() actor: Actor,
  ): Promise<OnlineClient> {
    return this.onlineClients.confirm(id, actor);
  }
}
