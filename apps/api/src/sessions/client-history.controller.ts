import { Controller } from '@nestjs/common';
import { historyRoutes, type QueryOf } from '@smp/contracts';
import { Endpoint, RouteParams, RouteQuery } from '../http/endpoint.js';
import { ApiDoc } from '../http/api-doc.js';
import { Requires } from '../access/access.js';
import { CurrentActor, type Actor } from '../audit/actor.js';
import { ClientHistoryQueries } from './client-history.queries.js';

/** One client's treatment timeline. */
@Controller()
export class ClientHistoryController {
  constructor(private readonly history: ClientHistoryQueries) {}

  @Endpoint(historyRoutes.list)
  @Requires('sessions.read')
  @ApiDoc({
    summary: 'A client’s treatment history, newest first',
    description: 'Consultations, screenings, plans, sessions and visits, photos, addenda and record changes; filter with `types`, page with `cursor`.',
    responses: { 200: { description: 'One page of the timeline' } },
  })
  timeline(@RouteParams(historyRoutes.list) params: { id: string }, @RouteQuery(historyRoutes.list) query: QueryOf<typeof historyRoutes.list>, @CurrentActor() actor: Actor) {
    return this.history.timeline(params.id, query, actor);
  }
}
