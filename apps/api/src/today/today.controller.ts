import { Controller } from '@nestjs/common';
import { todayRoutes, type QueryOf, type Today } from '@smp/contracts';
import { Endpoint, RouteQuery } from '../http/endpoint.js';
import { ApiDoc } from '../http/api-doc.js';
import { Requires } from '../access/access.js';
import { CurrentAuthentication, type Authentication } from '../access/signed-in.js';
import { CurrentActor, type Actor } from '../audit/actor.js';
import { TodayService } from './today.service.js';

@Controller()
export class TodayController {
  constructor(private readonly today: TodayService) {}

  @Endpoint(todayRoutes.get)
  @Requires('scheduling.read')
  @ApiDoc({
    summary: 'The signed-in person’s day',
    description:
      'The day’s appointments (an artist’s own) with each client’s screening standing and, for clinicians, caution items; bookings still to confirm in the next two weeks; follow-ups due (front desk and owners); for owners, treatments the screening blocks and certifications about to expire.',
    responses: { 200: { description: 'The day' } },
  })
  async get(@RouteQuery(todayRoutes.get) query: QueryOf<typeof todayRoutes.get>, @CurrentAuthentication() authentication: Authentication, @CurrentActor() actor: Actor): Promise<Today> {
    return this.today.forStaff(authentication.staff, actor, query.date);
  }
}
