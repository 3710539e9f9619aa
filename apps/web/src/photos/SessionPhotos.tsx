import { PHOTO_VIEWS, type Photo } from '@smp/contracts';
import { useState } from 'react';
import { PhotoPreview } from './PhotoPreview';
import { PhotoThumbnail } from './PhotoThumbnail';
import { phaseLabels, viewLabels } from './view-labels';

const PHASES = ['before', 'after'] as const;

/** A session's photos: a row per view, before beside after, so the change shows at a glance. */
export function SessionPhotos({ photos }: { photos: Photo[] }) {
  const [previewed, setPreviewed] = useState<Photo | null>(null);
  const views = PHOTO_VIEWS.filter((view) => photos.some((photo) => photo.view === view));
  if (views.length === 0) return <p className="empty">No photos yet.</p>;
  return (
    <>
      <div className="table-scroll">
        <table className="data-table plain session-photos" aria-label="Photos before and after">
          <thead>
            <tr>
              <th scope="col">View</th>
              {PHASES.map((phase) => (
                <th key={phase} scope="col">
                  {phaseLabels[phase]}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {views.map((view) => (
              <tr key={view}>
                <th scope="row">{viewLabels[view]}</th>
                {PHASES.map((phase) => {
                  const taken = photos.filter((photo) => photo.view === view && photo.phase === phase);
                  return (
                    <td key={phase}>
                      {taken.length === 0 ? (
                        <span className="muted">None</span>
                      ) : (
                        <ul className="thumbnails">
                          {taken.map((photo) => (
                            <li key={photo.id}>
                              <PhotoThumbnail photo={photo} size="thumbnail" onOpen={setPreviewed} />
                            </li>
                          ))}
                        </ul>
                      )}
                    </td>
                  );
                })}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {previewed && <PhotoPreview photo={previewed} onClose={() => setPreviewed(null)} />}
    </>
  );
}
