import type { DesignGeometry } from '@smp/contracts';
import { useEffect, useRef, useState } from 'react';
import { Circle, Image as KonvaImage, Layer, Path, Stage } from 'react-konva';
import { fitContain, fromPixels, HANDLE_RADIUS, smoothPath, toPixels, type Rect, type Size } from './design-geometry';
import { handles, movePoint, pointAt, type HandleRef, type PointGroup } from './design-handles';

interface DesignCanvasProps {
  photoUrl: string;
  geometry: DesignGeometry;
  onChange: (geometry: DesignGeometry) => void;
  /** The point the keyboard and the arrow buttons move, ringed; touching a point chooses it. */
  chosen: HandleRef;
  onChoose: (chosen: HandleRef) => void;
  /** The photo's own size, once its image has loaded. */
  onPhotoSize?: (size: Size) => void;
}

const HANDLE_COLOURS: Record<PointGroup, string> = {
  hairline: '#e4572e',
  temples: '#2e86de',
  recessionCorners: '#f5b700',
  midline: '#9aa5b1',
  symmetry: '#9aa5b1',
  frontalTuft: '#8e44ad',
};

const HANDLE_HIT = 16;
/** The chosen point's ring: white inside dark, to show on light skin, dark hair and the canvas's dark edge alike. */
const RING_RADIUS = HANDLE_RADIUS + 7;

/**
 * The photo with the drawing over it; Konva drags the handles with a finger, a pen or the
 * mouse. Each drag is kept on the photo and given back as fractions of it.
 */
export function DesignCanvas({ photoUrl, geometry, onChange, chosen, onChoose, onPhotoSize }: DesignCanvasProps) {
  const container = useRef<HTMLDivElement>(null);
  const [image, setImage] = useState<HTMLImageElement | null>(null);
  const [boxWidth, setBoxWidth] = useState(0);

  useEffect(() => {
    const loading = new window.Image();
    loading.onload = () => {
      setImage(loading);
      onPhotoSize?.({ width: loading.naturalWidth, height: loading.naturalHeight });
    };
    loading.src = photoUrl;
    return () => {
      loading.onload = null;
    };
    // The photo's size is reported once per photo.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [photoUrl]);

  useEffect(() => {
    const element = container.current;
    if (!element) return;
    const measure = () => setBoxWidth(element.clientWidth);
    measure();
    const observer = new ResizeObserver(measure);
    observer.observe(element);
    return () => observer.disconnect();
  }, []);

  const photoSize = image ? { width: image.naturalWidth, height: image.naturalHeight } : { width: 4, height: 3 };
  // As wide as the page allows, and no taller than most of the window, so Save stays within reach on a tablet.
  const box = { width: boxWidth, height: Math.min((boxWidth * photoSize.height) / photoSize.width, window.innerHeight * 0.7) };
  const photo: Rect = fitContain(photoSize, box);
  const ringAt = toPixels(pointAt(geometry, chosen), photo);
  const line = (points: DesignGeometry['hairline'] | null, colour: string, dash?: number[]) =>
    points && <Path data={smoothPath(points, photo)} stroke={colour} strokeWidth={3} dash={dash} listening={false} />;

  return (
    <div ref={container} className="design-canvas">
      {boxWidth > 0 && (
        <Stage width={box.width} height={box.height}>
          <Layer>
            {image && <KonvaImage image={image} x={photo.x} y={photo.y} width={photo.width} height={photo.height} listening={false} />}
            {line(geometry.guides.midline, HANDLE_COLOURS.midline, [10, 6])}
            {line(geometry.guides.symmetry, HANDLE_COLOURS.symmetry, [10, 6])}
            {line(geometry.guides.frontalTuft, HANDLE_COLOURS.frontalTuft)}
            {line(geometry.hairline, HANDLE_COLOURS.hairline)}
            <Circle x={ringAt.x} y={ringAt.y} radius={RING_RADIUS} stroke="#11161d" strokeWidth={6} listening={false} />
            <Circle x={ringAt.x} y={ringAt.y} radius={RING_RADIUS} stroke="#ffffff" strokeWidth={3} listening={false} />
            {handles(geometry).map(({ group, index, point }) => {
              const at = toPixels(point, photo);
              return (
                <Circle
                  key={`${group}-${index}`}
                  x={at.x}
                  y={at.y}
                  radius={HANDLE_RADIUS}
                  hitStrokeWidth={HANDLE_HIT}
                  fill={HANDLE_COLOURS[group]}
                  stroke="#ffffff"
                  strokeWidth={2}
                  draggable
                  onPointerDown={() => onChoose({ group, index })}
                  dragBoundFunc={(position) => toPixels(fromPixels(position, photo), photo)}
                  onDragMove={(event) => onChange(movePoint(geometry, group, index, fromPixels(event.target.position(), photo)))}
                />
              );
            })}
          </Layer>
        </Stage>
      )}
    </div>
  );
}
