import { Controller, Get, Query, Res } from '@nestjs/common';
import { treatmentReportQuerySchema, treatmentReportSchema } from '@smp/contracts';
import type { FastifyReply } from 'fastify';
import type { z } from 'zod';
import { ApiDoc } from '../http/api-doc.js';
import { Requires } from '../auth/access.js';
import { CurrentActor, type Actor } from '../audit/actor.js';
import { TreatmentReportService } from './treatment-report.service.js';

/** The owners' report of every client's sessions. */
@Controller()
export class TreatmentReportController {
  constructor(private readonly report: TreatmentReportService) {}

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
