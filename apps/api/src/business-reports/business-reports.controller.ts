import { Controller, Res } from '@nestjs/common';
import { businessReportRoutes, type BusinessReport, type ParamsOf, type QueryOf } from '@smp/contracts';
import type { FastifyReply } from 'fastify';
import { Requires } from '../access/access.js';
import { CurrentActor, type Actor } from '../audit/actor.js';
import { ApiDoc, problemResponses } from '../http/api-doc.js';
import { Endpoint, RouteParams, RouteQuery } from '../http/endpoint.js';
import { sendStoredFile } from '../http/file-response.js';
import { freshnessHeaders } from '../http/freshness-headers.js';
import { businessReportCsv, businessReportFileName } from './business-report-csv.js';
import { BusinessReportsService } from './business-reports.service.js';

@Controller()
export class BusinessReportsController {
  constructor(private readonly reports: BusinessReportsService) {}

  @Endpoint(businessReportRoutes.get)
  @Requires('reports.read')
  @ApiDoc({
    summary: 'One of the owner’s business reports over a range of days',
    description: 'Revenue, payments, balances, deposits, attendance, conversions, completion and utilisation; the columns are declared in `BUSINESS_REPORTS`. Audited.',
    responses: { 200: { description: 'The report' }, ...problemResponses.invalid },
  })
  get(
    @RouteParams(businessReportRoutes.get) params: ParamsOf<typeof businessReportRoutes.get>,
    @RouteQuery(businessReportRoutes.get) query: QueryOf<typeof businessReportRoutes.get>,
    @CurrentActor() actor: Actor,
  ): Promise<BusinessReport> {
    return this.reports.get(params.report, query, actor);
  }

  @Endpoint(businessReportRoutes.csv)
  @Requires('reports.read')
  @ApiDoc({
    summary: 'A business report as CSV',
    description:
      'The same rows as a download: money in major units, rates as decimals. The `Data-As-Of` header gives the instant up to which every change is in the figures, and `Data-Read-From` the copy of the database they were read from (`primary` or `replica`). Audited.',
    responses: { 200: { description: 'text/csv' }, ...problemResponses.invalid },
  })
  async csv(
    @RouteParams(businessReportRoutes.csv) params: ParamsOf<typeof businessReportRoutes.csv>,
    @RouteQuery(businessReportRoutes.csv) query: QueryOf<typeof businessReportRoutes.csv>,
    @CurrentActor() actor: Actor,
    @Res() reply: FastifyReply,
  ): Promise<void> {
    const report = await this.reports.get(params.report, query, actor);
    freshnessHeaders(reply, report);
    sendStoredFile(reply, { type: 'text/csv; charset=utf-8', bytes: Buffer.from(businessReportCsv(report)), downloadAs: businessReportFileName(report) });
  }
}
