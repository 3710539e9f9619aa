import { Controller, Get, Param, Query } from '@nestjs/common';
import { clientIdParamsSchema, historyPageSchema, historyQuerySchema } from '@smp/contracts';
import type { z } from 'zod';
import { ApiDoc } from '../http/api-doc.js';
import { Requires } from '../auth/access.js';
import { CurrentActor, type Actor } from '../audit/actor.js';
import { ClientHistoryQueries } from './client-history.queries.js';

/** One client's treatment timeline. */
@Controller()
export class ClientHistoryController {
  constructor(private readonly history: ClientHistoryQueries) {}

  @Get('clients/:id/history')
  @Requires('sessions.read')
  @ApiDoc({
    summary: 'A client’s treatment history, newest first',
    description: 'Consultations, screenings, plans, sessions and visits, photos, addenda and record changes; filter with `types`, page with `cursor`.',
    responses: { 200: { description: 'One page of the timeline', schema: historyPageSchema } },
  })
  timeline(
    @Param({ schema: clientIdParamsSchema }) params: { id: string },
    @Query({ schema: historyQuerySchema }) query: z.output<typeof historyQuerySchema>,
    @CurrentActor() actor: Actor,
  ) {
    return this.history.timeline(params.id, query, actor);
  }
}
