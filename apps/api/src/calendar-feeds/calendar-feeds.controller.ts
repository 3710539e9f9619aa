import { Controller, Res } from '@nestjs/common';
import { calendarFeedRoutes, type CalendarFeed, type NewCalendarFeed } from '@smp/contracts';
import type { FastifyReply } from 'fastify';
import { Public, Requires } from '../access/access.js';
import { CurrentAuthentication, type Authentication } from '../access/signed-in.js';
import { CurrentActor, type Actor } from '../audit/actor.js';
import { ApiDoc, problemResponses } from '../http/api-doc.js';
import { Endpoint, RouteParams } from '../http/endpoint.js';
import { CalendarFeedsService } from './calendar-feeds.service.js';

@Controller()
export class CalendarFeedsController {
  constructor(private readonly feeds: CalendarFeedsService) {}

  @Endpoint(calendarFeedRoutes.get)
  @Requires('calendarFeed.own')
  @ApiDoc({ summary: 'Whether your calendar subscription is on, and since when', responses: { 200: { description: 'The subscription' } } })
  get(@CurrentAuthentication() authentication: Authentication): Promise<CalendarFeed> {
    return this.feeds.status(authentication.staff.id);
  }

  @Endpoint(calendarFeedRoutes.create)
  @Requires('calendarFeed.own')
  @ApiDoc({
    summary: 'Make a new address for your calendar subscription',
    description: 'The address is shown only this once. Any address made before stops working.',
    responses: { 201: { description: 'The new address' } },
  })
  create(@CurrentAuthentication() authentication: Authentication, @CurrentActor() actor: Actor): Promise<NewCalendarFeed> {
    return this.feeds.create(authentication.staff.id, actor);
  }

  @Endpoint(calendarFeedRoutes.revoke)
  @Requires('calendarFeed.own')
  @ApiDoc({ summary: 'Turn your calendar subscription off', description: 'Its address stops working at once.', responses: { 204: { description: 'Off' } } })
  revoke(@CurrentAuthentication() authentication: Authentication, @CurrentActor() actor: Actor): Promise<void> {
    return this.feeds.revoke(authentication.staff.id, actor);
  }

  @Endpoint(calendarFeedRoutes.feed)
  @Public()
  @ApiDoc({
    summary: 'An artist’s appointments as an iCalendar feed',
    description:
      'For a phone’s calendar to subscribe to: no sign-in, the secret address is the key. Appointments from 30 days back to 180 days ahead that hold time; each shows its kind and the client’s first name and initial only.',
    responses: { 200: { description: 'text/calendar' }, ...problemResponses.invalid, 404: { description: 'No such address, or it has been turned off' } },
  })
  async feed(@RouteParams(calendarFeedRoutes.feed) params: { token: string }, @Res() reply: FastifyReply): Promise<void> {
    const document = await this.feeds.document(params.token);
    // Calendar apps poll; a few minutes' copy on the phone is fine, never on a shared proxy.
    reply.type('text/calendar; charset=utf-8').header('Cache-Control', 'private, max-age=300').header('X-Content-Type-Options', 'nosniff').send(document);
  }
}
