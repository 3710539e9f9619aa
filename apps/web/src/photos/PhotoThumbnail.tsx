import type { Photo } from '@smp/contracts';
import { useClinic } from '../clinic/clinic-context';
import { formatInstant } from '../shared/format';
import { phaseSuffix, viewLabels } from './view-labels';

/** A photo as a button that opens its preview; the button's name says which view, before or after a session, and when. */
export function PhotoThumbnail({ photo, size, onOpen }: { photo: Photo; size: 'thumbnail' | 'preview'; onOpen: (photo: Photo) => void }) {
  const clinic = useClinic();
  return (
    <button
      type="button"
      className={`thumbnail ${size}`}
      onClick={() => onOpen(photo)}
      aria-label={`Open ${viewLabels[photo.view].toLowerCase()} photo${phaseSuffix(photo)}, ${formatInstant(photo.takenAt, clinic.timeZone)}`}
    >
      <img src={size === 'thumbnail' ? photo.thumbnailUrl : photo.previewUrl} alt="" loading="lazy" />
    </button>
  );
}
