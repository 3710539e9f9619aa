import { Controller } from '@nestjs/common';
import { type FollowUp, followUpRoutes, type BodyOf, type QueryOf } from '@smp/contracts';
import { Endpoint, RouteBody, RouteQuery } from '../http/endpoint.js';
import { CurrentAuthentication, type Authentication } from '../access/signed-in.js';
import { LocationsService } from '../locations/locations.service.js';
import { ApiDoc } from '../http/api-doc.js';
import { Requires } from '../access/access.js';
import { CurrentActor, type Actor } from '../audit/actor.js';
import { FollowUpsService } from './follow-ups.service.js';
import { Idempotent } from '../idempotency/idempotent.decorator.js';

@Controller()
export class FollowUpsController {
  constructor(
    private readonly followUps: FollowUpsService,
    private readonly locations: LocationsService,
  ) {}

  @Endpoint(followUpRoutes.list)
  @Requires('followUps.read')
  @ApiDoc({
    summary: 'Reception’s follow-up queue',
    description:
      'Next sessions to book, overdue and closing windows first, then maintenance recalls; each with the last contact. Of one location (`locationId`), or of every location the asker works at.',
    responses: { 200: { description: 'The queue' } },
  })
  async queue(
    @RouteQuery(followUpRoutes.list) query: QueryOf<typeof followUpRoutes.list>,
    @CurrentActor() actor: Actor,
    @CurrentAuthentication() authentication: Authentication,
  ): Promise<{ items: FollowUp[] }> {
    return { items: await this.followUps.queue(undefined, await this.locations.shownTo(actor, authentication.staff.role, query.locationId)) };
  }

  @Endpoint(followUpRoutes.logContact)
  @Idempotent()
  @Requires('followUps.contact')
  @ApiDoc({ summary: 'Log a call or message', responses: { 201: { description: 'The queue' } } })
  async contact(
    @RouteBody(followUpRoutes.logContact) input: BodyOf<typeof followUpRoutes.logContact>,
    @CurrentActor() actor: Actor,
    @CurrentAuthentication() authentication: Authentication,
  ): Promise<{ items: FollowUp[] }> {
    return { items: await this.followUps.logContact(input, actor, await this.locations.shownTo(actor, authentication.staff.role, undefined)) };
  }
}
