import { DESIGN_VIEWS, type Photo } from '@smp/contracts';
import { useEffect, useRef, type KeyboardEvent } from 'react';
import { Link } from 'react-router';
import { useCan } from '../auth/use-can';
import { phaseSuffix, viewLabels } from './view-labels';
import { useClinic } from '../clinic/clinic-context';
import { formatInstant } from '../shared/format';

/** A photo at preview size over the page; Escape, the close button or a click beside it closes it. */
export function PhotoPreview({ photo, onClose }: { photo: Photo; onClose: () => void }) {
  const clinic = useClinic();
  const canDesign = useCan('designs.write') && (DESIGN_VIEWS as readonly string[]).includes(photo.view);
  const closeButton = useRef<HTMLButtonElement>(null);
  const title = `${viewLabels[photo.view]}${phaseSuffix(photo)}, ${formatInstant(photo.takenAt, clinic.timeZone)}`;

  useEffect(() => {
    // Whatever had the focus (the thumbnail) gets it back on closing.
    const opener = document.activeElement as HTMLElement | null;
    closeButton.current?.focus();
    return () => opener?.focus();
  }, []);

  return (
    // The backdrop hears what happens in the dialog (keys bubble up to it); a click on the backdrop itself closes.
    <div
      className="photo-preview-backdrop"
      role="presentation"
      onClick={(event) => {
        if (event.target === event.currentTarget) onClose();
      }}
      onKeyDown={(event) => {
        if (event.key === 'Escape') onClose();
        if (event.key === 'Tab') keepFocusInside(event);
      }}
    >
      <div className="photo-preview" role="dialog" aria-modal="true" aria-label={title}>
        <div className="photo-preview-bar">
          <strong>{title}</strong>
          <span className="muted">{photo.uploadedBy ? `by ${photo.uploadedBy.name}` : 'by the client, at home'}</span>
          <a href={photo.originalUrl} target="_blank" rel="noreferrer">
            Open original
          </a>
          {canDesign && (
            <Link className="button small" to={`/clients/${photo.clientId}/hairline-designs/draw?photo=${photo.id}`}>
              Design hairline
            </Link>
          )}
          <button ref={closeButton} type="button" className="button small" onClick={onClose}>
            Close <kbd>Esc</kbd>
          </button>
        </div>
        <img src={photo.previewUrl} alt={`${viewLabels[photo.view]} view of the scalp`} />
      </div>
    </div>
  );
}

/** Tab and Shift+Tab go round the dialog's own controls, not the page behind it. */
function keepFocusInside(event: KeyboardEvent<HTMLElement>) {
  const controls = [...event.currentTarget.querySelectorAll<HTMLElement>('a[href], button')];
  const first = controls[0];
  const last = controls.at(-1);
  if (event.shiftKey && document.activeElement === first) {
    event.preventDefault();
    last?.focus();
  } else if (!event.shiftKey && document.activeElement === last) {
    event.preventDefault();
    first?.focus();
  }
}
