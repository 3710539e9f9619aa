import { Controller, Get, Param, Query, Res } from '@nestjs/common';
import { clientIdParamsSchema, historyPageSchema, historyQuerySchema, treatmentReportQuerySchema, treatmentReportSchema } from '@smp/contracts';
import type { FastifyReply } from 'fastify';
import type { z } from 'zod';
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

  @Get('treatment-history')
  @Requires('reports.read')
  @ApiDoc({
    summary: 'Every client’s sessions, for owners',
    description: 'Filter by artist, style, plan status and days; with counts per artist and per style. `format=csv` downloads the rows.',
    responses: { 200: { description: 'Rows and counts, or CSV', schema: treatmentReportSchema } },
  })
  async treatmentHistory(
    @Query({ schema: treatmentReportQuerySchema }) query: z.output<typeof treatmentReportQuerySchema>,
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
