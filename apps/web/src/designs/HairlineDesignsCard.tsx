import type { Client } from '@smp/contracts';
import { useQuery } from '@tanstack/react-query';
import { Link } from 'react-router';
import { designsApi } from '../api/designs';
import { useClinic } from '../clinic/clinic-context';
import { queryKeys } from '../data/query-keys';
import { ErrorAlert } from '../shared/ErrorAlert';
import { failureMessage } from '../shared/QueryMessage';
import { formatInstant } from '../shared/format';
import { designPath, designViewLabels, versionKindLabels } from './labels';

/** The client's hairline designs on their page: which are approved, and the latest change of each. */
export function HairlineDesignsCard({ client }: { client: Client }) {
  const clinic = useClinic();
  const designs = useQuery({ queryKey: queryKeys.designs.ofClient(client.id), queryFn: ({ signal }) => designsApi.list(client.id, signal) });
  const items = designs.data?.items ?? [];
  return (
    <section className="card" id="designs" aria-labelledby="designs-heading">
      <h2 id="designs-heading">Hairline designs</h2>
      <ErrorAlert message={designs.error ? failureMessage(designs.error, 'Could not load the designs') : null} />
      {designs.data && items.length === 0 && <p className="empty">No design yet. Open a front, side or top photo and choose Design hairline.</p>}
      <ul className="plain-list">
        {items.map((design) => {
          const latest = design.versions.at(-1)!;
          return (
            <li key={design.id} className="stacked">
              <span>
                <Link to={designPath(client.id, design.id)}>{designViewLabels[design.view]}</Link>{' '}
                <span className={design.approved ? 'tag info' : 'tag warning'}>{design.approved ? 'Approved' : 'Awaiting approval'}</span>
              </span>
              <span className="muted">
                v{latest.version} {versionKindLabels[latest.kind].toLowerCase()}, {formatInstant(latest.createdAt, clinic.timeZone)}
              </span>
            </li>
          );
        })}
      </ul>
    </section>
  );
}
