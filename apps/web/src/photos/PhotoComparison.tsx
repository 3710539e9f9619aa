import { PHOTO_VIEWS, type Photo, type PhotoView } from '@smp/contracts';
import { useState } from 'react';
import { photosApi } from '../api/consultations';
import { phaseLabels, viewLabels } from './view-labels';
import { useClinic } from '../clinic/clinic-context';
import { formatInstant } from '../shared/format';
import { queryKeys } from '../data/query-keys';
import { usePagedQuery } from '../data/use-paged-query';
import { PhotoPreview } from './PhotoPreview';
import { PhotoThumbnail } from './PhotoThumbnail';
import { ErrorAlert } from '../shared/ErrorAlert';

const PAGE_SIZE = 12;

/** One view of the scalp across visits, oldest on the left, to see how treatment and healing went. */
export function PhotoComparison({ clientId }: { clientId: string }) {
  const clinic = useClinic();
  const [view, setView] = useState<PhotoView>('front');
  const [previewed, setPreviewed] = useState<Photo | null>(null);
  const photos = usePagedQuery<Photo>({
    queryKey: queryKeys.photos.list(clientId, view),
    fetchPage: (cursor, signal) => photosApi.list(clientId, { view, cursor, limit: PAGE_SIZE }, signal),
    failureMessage: 'Could not load the photos',
  });
  // The API gives the newest first; a comparison reads from the first visit on.
  const oldestFirst = [...photos.items].reverse();

  return (
    <section className="card wide" aria-labelledby="photo-comparison-heading">
      <div className="card-header">
        <h2 id="photo-comparison-heading">Photos by view</h2>
        <div className="segmented" role="group" aria-label="View">
          {PHOTO_VIEWS.map((option) => (
            <button key={option} type="button" aria-pressed={view === option} onClick={() => setView(option)}>
              {viewLabels[option]}
            </button>
          ))}
        </div>
      </div>
      <ErrorAlert message={photos.error} />
      {!photos.loading && photos.items.length === 0 && !photos.error && <p className="empty">No {viewLabels[view].toLowerCase()} photos yet.</p>}
      <div className="comparison" aria-busy={photos.loading}>
        {photos.nextCursor && (
          <button type="button" className="button small" onClick={photos.loadMore} disabled={photos.loading}>
            Earlier photos
          </button>
        )}
        {oldestFirst.map((photo) => (
          <figure key={photo.id}>
            <PhotoThumbnail photo={photo} size="preview" onOpen={setPreviewed} />
            <figcaption>
              {formatInstant(photo.takenAt, clinic.timeZone)}
              {photo.phase && <span className="tag info">{phaseLabels[photo.phase]}</span>}
            </figcaption>
          </figure>
        ))}
      </div>
      {previewed && <PhotoPreview photo={previewed} onClose={() => setPreviewed(null)} />}
    </section>
  );
}
