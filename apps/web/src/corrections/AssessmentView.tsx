import type { CorrectionAssessment } from '@smp/contracts';
import { viewLabels } from '../photos/view-labels';
import { areaLabels } from '../sessions/labels';
import { formatInstant } from '../shared/format';
import { issueLabels } from './labels';

/** The assessment as recorded: it is never changed. */
export function AssessmentView({ assessment, timeZone }: { assessment: CorrectionAssessment; timeZone: string }) {
  return (
    <dl className="details">
      <dt>Where</dt>
      <dd>{assessment.areas.map((area) => areaLabels[area]).join(', ')}</dd>
      <dt>What is wrong</dt>
      <dd>{assessment.issues.map((issue) => issueLabels[issue]).join(', ')}</dd>
      <dt>Previous artist</dt>
      <dd>{assessment.previousArtist ?? 'Not known'}</dd>
      <dt>Assessment</dt>
      <dd>{assessment.description}</dd>
      <dt>Photos</dt>
      <dd>
        {assessment.photos.length === 0
          ? '—'
          : assessment.photos.map((photo) => (
              <a key={photo.id} href={photo.previewUrl} target="_blank" rel="noreferrer" className="assessment-photo">
                <img src={photo.thumbnailUrl} alt={`${viewLabels[photo.view]}, ${formatInstant(photo.takenAt, timeZone)}`} width={64} height={64} />
              </a>
            ))}
      </dd>
      <dt>Recorded</dt>
      <dd>
        {assessment.recordedBy.name}, {formatInstant(assessment.recordedAt, timeZone)}
      </dd>
    </dl>
  );
}
