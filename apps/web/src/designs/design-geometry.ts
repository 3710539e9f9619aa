import type { DesignGeometry, DesignPoint } from '@smp/contracts';
import { curveCatmullRom, line } from 'd3-shape';

export interface Size {
  width: number;
  height: number;
}

/** Where content of one size sits, whole and undistorted, centred in a box (object-fit: contain): letterboxed or pillarboxed. */
export interface Rect extends Size {
  x: number;
  y: number;
}

export function fitContain(content: Size, box: Size): Rect {
  const scale = Math.min(box.width / content.width, box.height / content.height);
  const width = content.width * scale;
  const height = content.height * scale;
  return { x: (box.width - width) / 2, y: (box.height - height) / 2, width, height };
}

/** A point of the drawing (fractions of the photo) in the pixels of the rectangle the photo fills. */
export function toPixels(point: DesignPoint, photo: Rect): { x: number; y: number } {
  return { x: photo.x + point.x * photo.width, y: photo.y + point.y * photo.height };
}

export const clampUnit = (value: number) => Math.min(1, Math.max(0, value));

/** A pixel of the rectangle the photo fills, as a point of the drawing; a point dragged off the photo stays on its edge. */
export function fromPixels(pixel: { x: number; y: number }, photo: Rect): DesignPoint {
  return { x: clampUnit((pixel.x - photo.x) / photo.width), y: clampUnit((pixel.y - photo.y) / photo.height) };
}

function mapPoints(geometry: DesignGeometry, map: (point: DesignPoint) => DesignPoint): DesignGeometry {
  const all = (points: DesignPoint[]) => points.map(map);
  const { midline, symmetry, frontalTuft } = geometry.guides;
  return {
    hairline: all(geometry.hairline),
    temples: all(geometry.temples),
    recessionCorners: all(geometry.recessionCorners),
    guides: { midline: midline && all(midline), symmetry: symmetry && all(symmetry), frontalTuft: frontalTuft && all(frontalTuft) },
  };
}

/**
 * A design drawn on one photo, placed on another of the same view: the first
 * photo's frame is fitted whole into the second (letterboxed when their shapes
 * differ), so the hairline keeps its proportions rather than being stretched.
 */
export function reframe(geometry: DesignGeometry, drawnOn: Size, shownOn: Size): DesignGeometry {
  const frame = fitContain(drawnOn, shownOn);
  return mapPoints(geometry, (point) => ({
    x: (frame.x + point.x * frame.width) / shownOn.width,
    y: (frame.y + point.y * frame.height) / shownOn.height,
  }));
}

const smoothLine = line<{ x: number; y: number }>()
  .x((point) => point.x)
  .y((point) => point.y)
  .curve(curveCatmullRom.alpha(0.5));

/** SVG path data of a smooth curve through the points (centripetal Catmull–Rom: no loops or overshoot between close points). */
export function smoothPath(points: DesignPoint[], photo: Rect): string {
  return smoothLine(points.map((point) => toPixels(point, photo))) ?? '';
}

/** Finger-sized handles: a fingertip covers about 10 mm. */
export const HANDLE_RADIUS = 11;

/**
 * A starting drawing for a front view that the artist drags into place: a gently arched
 * hairline whose ends turn up and out to the recession corners, the temples below them.
 * The points start at least two handles apart even on a phone, so a finger takes the one it means.
 */
export function startingGeometry(): DesignGeometry {
  return {
    hairline: [
      { x: 0.22, y: 0.42 },
      { x: 0.36, y: 0.36 },
      { x: 0.5, y: 0.34 },
      { x: 0.64, y: 0.36 },
      { x: 0.78, y: 0.42 },
    ],
    temples: [
      { x: 0.12, y: 0.56 },
      { x: 0.88, y: 0.56 },
    ],
    recessionCorners: [
      { x: 0.12, y: 0.28 },
      { x: 0.88, y: 0.28 },
    ],
    guides: { midline: null, symmetry: null, frontalTuft: null },
  };
}
