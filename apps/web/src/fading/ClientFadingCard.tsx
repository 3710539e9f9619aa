import type { Client } from '@smp/contracts';
import { useQuery } from '@tanstack/react-query';
import { Link } from 'react-router';
import { fadingApi } from '../api/fading';
import { useClinic } from '../clinic/clinic-context';
import { queryKeys } from '../data/query-keys';
import { formatDate } from '../shared/format';
import { failureMessage } from '../shared/QueryMessage';
import { colourShiftLabels, fadeScoreLabels, recallReasonInWords } from './labels';

/** When the client is due back for maintenance and why, and how their SMP has faded so far. */
export function ClientFadingCard({ client }: { client: Client }) {
  const clinic = useClinic();
  const query = useQuery({ queryKey: queryKeys.fading.ofClient(client.id), queryFn: ({ signal }) => fadingApi.forClient(client.id, signal) });
  const fading = query.data;
  return (
    <section className="card" aria-labelledby="fading-heading">
      <h2 id="fading-heading">Fading and maintenance</h2>
      {query.error && <p className="alert error">{failureMessage(query.error, 'Could not load the fade assessments')}</p>}
      {fading && (
        <>
          {fading.recall ? (
            <p>
              <strong>Maintenance recall: {formatDate(fading.recall.dueOn)}</strong>
              <br />
              <span className="muted">{recallReasonInWords(fading.recall, clinic)}</span>
            </p>
          ) : (
            <p className="empty">No maintenance recall until a treatment plan is completed.</p>
          )}
          {fading.assessments.length === 0 ? (
            <p className="empty">No fade assessments yet.</p>
          ) : (
            <ul className="plain-list" aria-label="Fade assessments">
              {fading.assessments.map((assessment) => (
                <li key={assessment.id}>
                  {/* One sentence: the list's items lay their parts out apart. */}
                  <span>
                    <Link to={`/appointments/${assessment.appointmentId}/fade-assessment`}>{formatDate(assessment.assessedOn)}</Link>: fading up to {fadeScoreLabels[assessment.highestScore]}
                    , colour shift {colourShiftLabels[assessment.colourShift].toLowerCase()}
                    {assessment.suspectLots.length > 0 && <> (lots used: {assessment.suspectLots.map((suspect) => suspect.lot.lotNumber).join(', ')})</>}
                  </span>
                </li>
              ))}
            </ul>
          )}
        </>
      )}
    </section>
  );
}
