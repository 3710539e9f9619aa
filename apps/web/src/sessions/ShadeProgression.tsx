import { dateInZone, pigmentName } from '@smp/contracts';
import { useQuery } from '@tanstack/react-query';
import { Link } from 'react-router';
import { progressionApi } from '../api/sessions';
import { useClinic } from '../clinic/clinic-context';
import { queryKeys } from '../data/query-keys';
import { SessionPhotos } from '../photos/SessionPhotos';
import { formatDate } from '../shared/format';
import { toneLabels } from '../pigments/labels';
import { roleLabels } from './labels';

/** How the shades built up: each session's pigments and lots, with their tone, beside its before and after photos of each view. */
export function ShadeProgression({ clientId, planId }: { clientId: string; planId?: string }) {
  const { timeZone } = useClinic();
  const query = useQuery({ queryKey: queryKeys.history.progression(clientId, planId), queryFn: ({ signal }) => progressionApi.get(clientId, planId, signal) });
  const sessions = query.data?.sessions ?? [];
  return (
    <section className="card wide" aria-labelledby="shade-progression-heading">
      <h2 id="shade-progression-heading">Shade progression</h2>
      {query.isError && <p className="muted">Could not load the progression; reload the page to try again.</p>}
      {query.data && sessions.length === 0 && <p className="empty">No session recorded yet.</p>}
      <ol className="shade-progression">
        {sessions.map((session, index) => (
          <li key={session.sessionRecordId}>
            <h3>
              <Link to={`/session-records/${session.sessionRecordId}`}>
                {session.plan ? `Session ${session.plan.sessionNumber}` : `Visit ${index + 1}`}, {formatDate(dateInZone(new Date(session.completedAt), timeZone))}
              </Link>
            </h3>
            <ul className="used-pigments">
              {session.pigments.map((use) => (
                <li key={`${use.lot.id}-${use.role}`}>
                  <strong>{pigmentName(use.pigment)}</strong> <span className="tag">{toneLabels[use.pigment.tone]}</span> lot {use.lot.lotNumber}{' '}
                  <span className="muted">({roleLabels[use.role]})</span>
                </li>
              ))}
            </ul>
            <SessionPhotos photos={session.photos} />
          </li>
        ))}
      </ol>
    </section>
  );
}
