import { businessReportRoutes, routeUrl, type BusinessReportKey, type QueryInputOf } from '@smp/contracts';
import { callApi } from './http';

export type BusinessReportQuery = QueryInputOf<typeof businessReportRoutes.get>;

export const businessReportsApi = {
  get: (report: BusinessReportKey, query: BusinessReportQuery, signal?: AbortSignal) => callApi(businessReportRoutes.get, { params: { report }, query, signal }),
  /** The same report as a CSV file; a plain link downloads it with the session cookie. */
  csvUrl: (report: BusinessReportKey, query: BusinessReportQuery) => routeUrl(businessReportRoutes.csv, { params: { report }, query }),
};
