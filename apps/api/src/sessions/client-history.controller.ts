import { Controller } from '@nestjs/common';
import { historyRoutes, progressionRoutes, type QueryOf } from '@smp/contracts';
import { Endpoint, RouteParams, RouteQuery } from '../http/endpoint.js';
import { ApiDoc, problemResponses } from '../http/api-doc.js';
import { Requires } from '../access/access.js';
import { CurrentActor, type Actor } from '../audit/actor.js';
import { ClientHistoryQueries } from './client-history.queries.js';
import { ShadeProgressionQueries } from './shade-progression.queries.js';

/** One client's treatment timeline and shade progression. */
@Controller()
export class ClientHistoryController {
  constructor(
    private readonly history: ClientHistoryQueries,
    private readonly progression: ShadeProgressionQueries,
  ) {}

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

  @Endpoint(progressionRoutes.get)
  @Requires('sessions.read')
  @ApiDoc({
    summary: 'A client’s shade progression, oldest session first',
    description: 'Session by session, the pigments and lots used with their tone, beside its before and after photos; `planId` keeps one plan’s sessions.',
    responses: { 200: { description: 'The sessions' }, ...problemResponses.notFound },
  })
  shadeProgression(
    @RouteParams(progressionRoutes.get) params: { id: string },
    @RouteQuery(progressionRoutes.get) query: QueryOf<typeof progressionRoutes.get>,
    @CurrentActor() actor: Actor,
  ) {
    return this.progression.forClient(params.id, query.planId, actor);
  }
}
