import type { FadeAssessment } from '@smp/contracts';
import { Link } from 'react-router';
import { useCan } from '../auth/use-can';
import { SessionPhotos } from '../photos/SessionPhotos';
import { areaLabels } from '../sessions/labels';
import { formatDate } from '../shared/format';
import { colourShiftLabels, fadeScoreLabels } from './labels';

/** A recorded fade assessment: the scores, the colour shift with the lots it points at, and the visit's photos. */
export function FadeAssessmentView({ assessment }: { assessment: FadeAssessment }) {
  const seesPhotos = useCan('photos.read');
  return (
    <>
      <dl className="details">
        <dt>Assessed</dt>
        <dd>
          {formatDate(assessment.assessedOn)} by {assessment.artist.name}
        </dd>
        <dt>Colour shift</dt>
        <dd>
          {colourShiftLabels[assessment.colourShift]}
          {assessment.colourShiftNote && `: ${assessment.colourShiftNote}`}
        </dd>
        <dt>Notes</dt>
        <dd className="notes">{assessment.notes ?? '—'}</dd>
      </dl>
      <div className="table-scroll">
        <table className="data-table plain" aria-label="Fading by area">
          <thead>
            <tr>
              <th scope="col">Area</th>
              <th scope="col">Fading</th>
            </tr>
          </thead>
          <tbody>
            {assessment.areas.map((entry) => (
              <tr key={entry.area}>
                <td>{areaLabels[entry.area]}</td>
                <td>{fadeScoreLabels[entry.score]}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {assessment.suspectLots.length > 0 && <SuspectLots lots={assessment.suspectLots} />}
      {seesPhotos && (
        <>
          <h3>Photos</h3>
          <SessionPhotos photos={assessment.photos} />
        </>
      )}
    </>
  );
}

/** A blue or green shift comes from a pigment's undertone: the lots used on this client, for a recall. */
function SuspectLots({ lots }: { lots: FadeAssessment['suspectLots'] }) {
  const tracesLots = useCan('consumables.manage');
  return (
    <section aria-labelledby="suspect-lots-heading">
      <h3 id="suspect-lots-heading">Pigment lots used on this client</h3>
      <ul className="plain-list">
        {lots.map(({ lot, pigment, usedOn }) => (
          <li key={lot.id}>
            {pigment.brand} {pigment.product} {pigment.shadeName} ({pigment.undertones.join(', ') || pigment.tone}), lot{' '}
            {tracesLots ? <Link to={`/pigments/pigment-lots/${lot.id}`}>{lot.lotNumber}</Link> : lot.lotNumber}
            <span className="muted"> · {usedOn.map(formatDate).join(', ')}</span>
          </li>
        ))}
      </ul>
    </section>
  );
}
