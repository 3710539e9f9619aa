import { PHOTO_VIEWS, type Photo } from '@smp/contracts';
import { useState } from 'react';
import { viewLabels } from './view-labels';
import { PhotoPreview } from './PhotoPreview';
import { PhotoThumbnail } from './PhotoThumbnail';

/** A consultation's photos grouped by view, in the views' usual order; a thumbnail opens the preview. */
export function PhotoGrid({ photos }: { photos: Photo[] }) {
  const [previewed, setPreviewed] = useState<Photo | null>(null);
  if (photos.length === 0) return <p className="empty">No photos yet.</p>;
  return (
    <div className="photo-groups">
      {PHOTO_VIEWS.map((view) => {
        const ofView = photos.filter((photo) => photo.view === view);
        if (ofView.length === 0) return null;
        return (
          <section key={view} className="photo-group" aria-label={viewLabels[view]}>
            <h3>{viewLabels[view]}</h3>
            <ul className="thumbnails">
              {ofView.map((photo) => (
                <li key={photo.id}>
                  <PhotoThumbnail photo={photo} size="thumbnail" onOpen={setPreviewed} />
                </li>
              ))}
            </ul>
          </section>
        );
      })}
      {previewed && <PhotoPreview photo={previewed} onClose={() => setPreviewed(null)} />}
    </div>
  );
}
