import type { DesignGeometry } from '@smp/contracts';
import { reframe, smoothPath, toPixels, type Size } from './design-geometry';

interface DesignOverlayProps {
  geometry: DesignGeometry;
  /** The photo the design was drawn on (its size). */
  drawnOn: Size;
  /** The photo to show it over: the same one, or a later photo of the same view. */
  photo: Size & { previewUrl: string };
  label: string;
}

/** A design over a photo as scalable vector lines: sharp at any size and in print. */
export function DesignOverlay({ geometry, drawnOn, photo, label }: DesignOverlayProps) {
  const placed = reframe(geometry, drawnOn, photo);
  const frame = { x: 0, y: 0, width: photo.width, height: photo.height };
  const stroke = Math.max(photo.width, photo.height) / 300;
  const line = (points: DesignGeometry['hairline'] | null, className: string) => points && <path className={className} d={smoothPath(points, frame)} strokeWidth={stroke} />;
  return (
    <svg className="design-overlay" viewBox={`0 0 ${photo.width} ${photo.height}`} role="img" aria-label={label}>
      <image href={photo.previewUrl} width={photo.width} height={photo.height} />
      {line(placed.guides.midline, 'design-guide')}
      {line(placed.guides.symmetry, 'design-guide')}
      {line(placed.guides.frontalTuft, 'design-tuft')}
      {line(placed.hairline, 'design-hairline')}
      {[...placed.temples, ...placed.recessionCorners].map((point, index) => {
        const { x, y } = toPixels(point, frame);
        return <circle key={index} className={index < placed.temples.length ? 'design-temple' : 'design-corner'} cx={x} cy={y} r={stroke * 3} strokeWidth={stroke} />;
      })}
    </svg>
  );
}
