import { Controller, Res } from '@nestjs/common';
import { historyRoutes, treatmentReportRoutes, type QueryOf } from '@smp/contracts';
import type { FastifyReply } from 'fastify';
import { Endpoint, RouteParams, RouteQuery } from '../http/endpoint.js';
import { ApiDoc } from '../http/api-doc.js';
import { Requires } from '../auth/access.js';
import { CurrentActor, type Actor } from '../audit/actor.js';
import { ClientHistoryQueries } from './client-history.queries.js';
import { TreatmentReportService } from './treatment-report.service.js';

@Controller()
export class ClientHistoryController {
  constructor(
    private readonly history: ClientHistoryQueries,
    private readonly report: TreatmentReportService,
  ) {}

  @Endpoint(historyRoutes.list)
  @Requires('sessions.read')
  @ApiDoc({
    summary: 'A client’s treatment history, newest first',
    description: 'Consultations, screenings, plans, sessions and visits, photos, addenda and record changes; filter with `types`, page with `cursor`.',
    responses: { 200: { description: 'One page of the timeline' } },
  })
  timeline(
    @RouteParams(historyRoutes.list) params: { id: string },
    @RouteQuery(historyRoutes.list) query: QueryOf<typeof historyRoutes.list>,
    @CurrentActor() actor: Actor,
  ) {
    return this.history.timeline(params.id, query, actor);
  }

  @Endpoint(treatmentReportRoutes.get)
  @Requires('reports.read')
  @ApiDoc({
    summary: 'Every client’s sessions, for owners',
    description: 'Filter by artist, style, plan status and days; with counts per artist and per style. `format=csv` downloads the rows.',
    responses: { 200: { description: 'Rows and counts, or CSV' } },
  })
  async treatmentHistory(
    @RouteQuery(treatmentReportRoutes.get) query: QueryOf<typeof treatmentReportRoutes.get>,
    @CurrentActor() actor: Actor,
    @Res({ passthrough: true }) reply: FastifyReply,
  ) {
    if (query.format === 'csv') {
      reply.type('text/csv; charset=utf-8').header('Content-Disposition', 'attachment; filename="treatment-history.csv"');
      return this.report.csv(query, actor);
    }
    return this.report.read(query, actor);
  }
}
