import { Controller, Res } from '@nestjs/common';
import { treatmentReportRoutes, type QueryOf } from '@smp/contracts';
import type { FastifyReply } from 'fastify';
import { ApiDoc } from '../http/api-doc.js';
import { Endpoint, RouteQuery } from '../http/endpoint.js';
import { freshnessHeaders } from '../http/freshness-headers.js';
import { Requires } from '../access/access.js';
import { CurrentActor, type Actor } from '../audit/actor.js';
import { TreatmentReportService } from './treatment-report.service.js';

/** The owners' report of every client's sessions. */
@Controller()
export class TreatmentReportController {
  constructor(private readonly report: TreatmentReportService) {}

  @Endpoint(treatmentReportRoutes.get)
  @Requires('reports.read')
  @ApiDoc({
    summary: 'Every client’s sessions, for owners',
    description:
      'Filter by artist, style, plan status and days; with counts per artist and per style. `format=csv` downloads the rows, with how fresh they are in the `Data-As-Of` and `Data-Read-From` headers.',
    responses: { 200: { description: 'Rows and counts, or CSV' } },
  })
  async treatmentHistory(
    @RouteQuery(treatmentReportRoutes.get) query: QueryOf<typeof treatmentReportRoutes.get>,
    @CurrentActor() actor: Actor,
    @Res({ passthrough: true }) reply: FastifyReply,
  ) {
    if (query.format === 'csv') {
      const { csv, freshness } = await this.report.csv(query, actor);
      reply.type('text/csv; charset=utf-8').header('Content-Disposition', 'attachment; filename="treatment-history.csv"');
      freshnessHeaders(reply, freshness);
      return csv;
    }
    return this.report.read(query, actor);
  }
}
