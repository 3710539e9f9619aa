import { TREATMENT_STYLES, type TreatmentReportQuery } from '@smp/contracts';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { Link, useSearchParams } from 'react-router';
import { treatmentReportApi } from '../api/sessions';
import { useClinic } from '../clinic/clinic-context';
import { styleLabels, styleName } from '../consultations/labels';
import { queryKeys } from '../data/query-keys';
import { useArtistsQuery } from '../data/reference-queries';
import { planStatusLabels } from '../plans/labels';
import { formatInstant } from '../shared/format';
import { failureMessage } from '../shared/QueryMessage';
import { PLAN_STATUSES, reportFiltersFromSearch, searchWithFilters } from './report-filters';
import { EnumOptions } from '../shared/EnumOptions';
import { ErrorAlert } from '../shared/ErrorAlert';
import { ColumnHeads } from '../shared/ColumnHeads';
import { DateRangeFields } from '../shared/DateRangeFields';
import { ReportsNav } from './ReportsNav';
import { StaleFiguresNotice } from './StaleFiguresNotice';

/** Owners' view of the sessions done: who did how many of which style, each session's lots, and the same as a CSV file. */
export function TreatmentReportPage() {
  const { timeZone } = useClinic();
  const [search, setSearch] = useSearchParams();
  const filters = reportFiltersFromSearch(search);
  const artists = useArtistsQuery().data?.items ?? [];
  const query = useQuery({
    queryKey: queryKeys.treatmentReport(filters),
    queryFn: ({ signal }) => treatmentReportApi.get(filters, signal),
    placeholderData: keepPreviousData,
  });
  const report = query.data;
  const error = query.error ? failureMessage(query.error, 'Could not load the report') : null;

  const change = (changes: Partial<Record<keyof TreatmentReportQuery, string>>) => setSearch(searchWithFilters(search, changes), { replace: true });
  const filtered = Object.values(filters).some(Boolean);

  return (
    <section className="page">
      <header className="page-header">
        <h1>Treatment report</h1>
        <ReportsNav />
        <a className="button" href={treatmentReportApi.csvUrl(filters)} download>
          Download CSV
        </a>
      </header>
      <div className="toolbar wrap" role="search" aria-label="Filter the report">
        <label className="inline-field">
          Artist
          <select value={filters.artistId ?? ''} onChange={(event) => change({ artistId: event.target.value })}>
            <option value="">Every artist</option>
            {artists.map((artist) => (
              <option key={artist.id} value={artist.id}>
                {artist.name}
              </option>
            ))}
          </select>
        </label>
        <label className="inline-field">
          Style
          <select value={filters.style ?? ''} onChange={(event) => change({ style: event.target.value })}>
            <option value="">Every style</option>
            <EnumOptions values={TREATMENT_STYLES} labels={styleLabels} />
          </select>
        </label>
        <DateRangeFields from={filters.from} to={filters.to} onChange={change} />
        <label className="inline-field">
          Plan
          <select value={filters.planStatus ?? ''} onChange={(event) => change({ planStatus: event.target.value })}>
            <option value="">Any status</option>
            <EnumOptions values={PLAN_STATUSES} labels={planStatusLabels} />
          </select>
        </label>
        {filtered && (
          <button type="button" className="button subtle small" onClick={() => setSearch(new URLSearchParams(), { replace: true })}>
            Clear filters
          </button>
        )}
      </div>
      <ErrorAlert message={error} />
      {report && (
        <>
          <StaleFiguresNotice report={report} />
          <div className="cards report-counts">
            <section className="card" aria-labelledby="by-artist-heading">
              <h2 id="by-artist-heading">Sessions by artist</h2>
              <CountList counts={report.countsByArtist.map((count) => ({ key: count.artist.id, label: count.artist.name, sessions: count.sessions }))} />
            </section>
            <section className="card" aria-labelledby="by-style-heading">
              <h2 id="by-style-heading">Sessions by style</h2>
              <CountList counts={report.countsByStyle.map((count) => ({ key: count.style, label: styleName(count.style), sessions: count.sessions }))} />
            </section>
          </div>
          {report.rows.length === 0 ? (
            <p className="empty">No sessions match these filters.</p>
          ) : (
            <div className="table-scroll">
              <table className="data-table plain report-rows" aria-label="Sessions">
                <ColumnHeads columns={['Completed', 'Client', 'Artist', 'Style', 'Session', 'Plan', 'Pigment lots', 'Needle lot']} />
                <tbody>
                  {report.rows.map((row) => (
                    <tr key={row.sessionRecordId}>
                      <td className="nowrap">
                        <Link to={`/session-records/${row.sessionRecordId}`}>{formatInstant(row.completedAt, timeZone)}</Link>
                      </td>
                      <td>
                        <Link to={`/clients/${row.client.id}`}>{row.client.name}</Link>
                      </td>
                      <td>{row.artist.name}</td>
                      <td>{row.style ? styleName(row.style) : '—'}</td>
                      <td>{row.sessionNumber ?? '—'}</td>
                      <td>{row.planStatus ? ((planStatusLabels as Record<string, string>)[row.planStatus] ?? row.planStatus) : 'No plan'}</td>
                      <td className="mono">{row.pigmentLots.join(', ')}</td>
                      <td className="mono">{row.needleLot}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          )}
        </>
      )}
    </section>
  );
}

function CountList({ counts }: { counts: { key: string; label: string; sessions: number }[] }) {
  if (counts.length === 0) return <p className="empty">None.</p>;
  return (
    <ul className="plain-list">
      {counts.map((count) => (
        <li key={count.key}>
          {count.label} <strong>{count.sessions}</strong>
        </li>
      ))}
    </ul>
  );
}
