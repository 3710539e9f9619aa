import { LocationOptions } from '../locations/LocationOptions';
import { BUSINESS_REPORT_KEYS, BUSINESS_REPORTS, dateInZone, type BusinessReport, type BusinessReportKey } from '@smp/contracts';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { Link, useSearchParams } from 'react-router';
import { businessReportsApi, type BusinessReportQuery } from '../api/business-reports';
import { useClinic } from '../clinic/clinic-context';
import { queryKeys } from '../data/query-keys';
import { useArtistsQuery, useLocationsQuery } from '../data/reference-queries';
import { DateRangeFields } from '../shared/DateRangeFields';
import { EnumOptions } from '../shared/EnumOptions';
import { ErrorAlert } from '../shared/ErrorAlert';
import { failureMessage } from '../shared/QueryMessage';
import { BusinessReportChart } from './BusinessReportChart';
import { CHARTS } from './business-report-charts';
import { formatCell, shownColumns } from './business-report-format';
import { businessReportFiltersFromSearch, RANGE_PRESETS, rangePresetLabels, searchWithRange, type RangePreset } from './business-report-range';
import { ReportsNav } from './ReportsNav';
import { useSeen } from './use-seen';
import './business-reports.css';
import { StaleFiguresNotice } from './StaleFiguresNotice';

/** The owner's view of the clinic's business: money, attendance, conversions and artists' time, each as a chart, a table and a CSV file. */
export function BusinessReportsPage() {
  const { timeZone } = useClinic();
  // The clinic's day when the page opened: a preset's range does not move under the reader at midnight.
  const [today] = useState(() => dateInZone(new Date(), timeZone));
  const [search, setSearch] = useSearchParams();
  const { preset, query } = businessReportFiltersFromSearch(search, today);
  const artists = useArtistsQuery().data?.items ?? [];
  const locations = useLocationsQuery().data?.items ?? [];
  const change = (next: URLSearchParams) => setSearch(next, { replace: true });
  const choosePreset = (chosen: RangePreset) => change(searchWithRange(search, { preset: chosen, from: query.from, to: query.to }));
  const chooseDates = (dates: { from?: string; to?: string }) => change(searchWithRange(search, { preset: 'custom', from: query.from, to: query.to, ...dates }));

  return (
    <section className="page business-reports">
      <header className="page-header">
        <h1>Business reports</h1>
        <ReportsNav />
      </header>
      <div className="toolbar wrap" role="search" aria-label="Filter the reports">
        <label className="inline-field">
          Range
          <select value={preset} onChange={(event) => choosePreset(event.target.value as RangePreset)}>
            <EnumOptions values={RANGE_PRESETS} labels={rangePresetLabels} />
          </select>
        </label>
        <DateRangeFields from={query.from} to={query.to} onChange={chooseDates} />
        <label className="inline-field">
          Artist
          <select value={query.artistId ?? ''} onChange={(event) => change(searchWithRange(search, { artistId: event.target.value }))}>
            <option value="">Every artist</option>
            {artists.map((artist) => (
              <option key={artist.id} value={artist.id}>
                {artist.name}
              </option>
            ))}
          </select>
        </label>
        {locations.length > 1 && (
          <label className="inline-field">
            Location
            <select value={query.locationId ?? ''} onChange={(event) => change(searchWithRange(search, { locationId: event.target.value }))}>
              <LocationOptions locations={locations} anyLabel="Every location" />
            </select>
          </label>
        )}
      </div>
      {BUSINESS_REPORT_KEYS.map((key) => (
        <ReportSection key={key} reportKey={key} query={query} />
      ))}
    </section>
  );
}

/** One report: asked for once its section nears the screen, then drawn, tabled and offered as CSV. */
function ReportSection({ reportKey, query }: { reportKey: BusinessReportKey; query: BusinessReportQuery }) {
  const { title, description } = BUSINESS_REPORTS[reportKey];
  const [ref, seen] = useSeen<HTMLElement>();
  const result = useQuery({
    queryKey: queryKeys.businessReport(reportKey, query),
    queryFn: ({ signal }) => businessReportsApi.get(reportKey, query, signal),
    enabled: seen,
    placeholderData: keepPreviousData,
  });
  const report = result.data;
  const chart = CHARTS[reportKey];
  const headingId = `${reportKey}-heading`;

  return (
    <section className="card business-report" aria-labelledby={headingId} ref={ref}>
      <div className="card-header">
        <h2 id={headingId}>{title}</h2>
        <a className="button small" href={businessReportsApi.csvUrl(reportKey, query)} download>
          CSV<span className="visually-hidden"> of {title.toLowerCase()}</span>
        </a>
      </div>
      <p className="muted">{description}</p>
      <ErrorAlert message={result.error ? failureMessage(result.error, 'Could not load the report') : null} />
      {report && <StaleFiguresNotice report={report} />}
      {!report ? (
        !result.error && <p className="empty">Loading…</p>
      ) : report.rows.length === 0 ? (
        <p className="empty">Nothing in this range.</p>
      ) : (
        <>
          {chart && <BusinessReportChart report={report} spec={chart} title={title} />}
          <ReportTable report={report} title={title} />
        </>
      )}
    </section>
  );
}

const numericKinds = new Set(['money', 'count', 'hours', 'rate']);

function ReportTable({ report, title }: { report: BusinessReport; title: string }) {
  const columns = shownColumns(report.columns);
  return (
    <div className="table-scroll">
      <table className="data-table plain report-table" aria-label={title}>
        <thead>
          <tr>
            {columns.map((column) => (
              <th key={column.key} scope="col" className={numericKinds.has(column.kind) ? 'number' : undefined}>
                {column.label}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {report.rows.map((row, index) => (
            <tr key={index}>
              {columns.map((column) => {
                const text = formatCell(column, row[column.key] ?? null, report.currency);
                const clientId = column.key === 'client' ? row.client_id : null;
                return (
                  <td key={column.key} className={numericKinds.has(column.kind) ? 'number' : undefined}>
                    {typeof clientId === 'string' ? <Link to={`/clients/${clientId}`}>{text}</Link> : text}
                  </td>
                );
              })}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
