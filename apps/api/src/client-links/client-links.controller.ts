import { Controller } from '@nestjs/common';
import { clientLinkRoutes, type BodyOf, type ParamsOf, type Visit } from '@smp/contracts';
import { Endpoint, RouteBody, RouteParams } from '../http/endpoint.js';
import { ApiDoc } from '../http/api-doc.js';
import { Public } from '../access/access.js';
import { CurrentActor, type Actor } from '../audit/actor.js';
import { ClientLinksService } from './client-links.service.js';

const linkRefusals = {
  404: { description: 'Not a link the clinic sent (unknown, or its signature fails)' },
  410: { description: 'The link was used already, or the appointment has begun' },
};

@Controller()
export class ClientLinksController {
  constructor(private readonly links: ClientLinksService) {}

  @Endpoint(clientLinkRoutes.visit)
  @Public()
  @ApiDoc({
    summary: 'The appointment a reminder’s link is about',
    description: 'For the client, without signing in: when, with whom, its status and whether the link may still be used. Nothing clinical.',
    responses: { 200: { description: 'The appointment' }, 404: linkRefusals[404] },
  })
  visit(@RouteParams(clientLinkRoutes.visit) { token }: ParamsOf<typeof clientLinkRoutes.visit>): Promise<Visit> {
    return this.links.visit(token);
  }

  @Endpoint(clientLinkRoutes.confirm)
  @Public()
  @ApiDoc({
    summary: 'The client confirms their appointment',
    description: 'A booked appointment becomes confirmed (one already confirmed stays so), recorded as the client’s act. The link is then used.',
    responses: { 200: { description: 'Confirmed' }, 409: { description: 'The appointment was cancelled or has taken place' }, ...linkRefusals },
  })
  confirm(@RouteParams(clientLinkRoutes.confirm) { token }: ParamsOf<typeof clientLinkRoutes.confirm>, @CurrentActor() actor: Actor): Promise<Visit> {
    return this.links.confirm(token, actor);
  }

  @Endpoint(clientLinkRoutes.requestReschedule)
  @Public()
  @ApiDoc({
    summary: 'The client asks for another time',
    description: 'Puts the appointment on reception’s follow-up queue until it is moved or cancelled. The link is then used.',
    responses: { 200: { description: 'Asked' }, 409: { description: 'The appointment was cancelled or has taken place' }, ...linkRefusals },
  })
  requestReschedule(
    @RouteParams(clientLinkRoutes.requestReschedule) { token }: ParamsOf<typeof clientLinkRoutes.requestReschedule>,
    @RouteBody(clientLinkRoutes.requestReschedule) { note }: BodyOf<typeof clientLinkRoutes.requestReschedule>,
    @CurrentActor() actor: Actor,
  ): Promise<Visit> {
    return this.links.requestReschedule(token, note ?? null, actor);
  }

  @Endpoint(clientLinkRoutes.unsubscribe)
  @Public()
  @ApiDoc({
    summary: 'The client stops marketing messages',
    description:
      'Withdraws their consent to marketing (maintenance recalls); messages about their care still go. Takes `{}` as JSON, or the one-click form `List-Unsubscribe=One-Click` a mail client sends (RFC 8058).',
    responses: { 200: { description: 'Unsubscribed' }, 404: linkRefusals[404] },
  })
  unsubscribe(
    @RouteParams(clientLinkRoutes.unsubscribe) { token }: ParamsOf<typeof clientLinkRoutes.unsubscribe>,
    @RouteBody(clientLinkRoutes.unsubscribe) _oneClick: BodyOf<typeof clientLinkRoutes.unsubscribe>,
    @CurrentActor() actor: Actor,
  ): Promise<{ unsubscribed: true }> {
    return this.links.unsubscribe(token, actor);
  }
}
