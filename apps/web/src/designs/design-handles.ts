import type { DesignGeometry, DesignPoint } from '@smp/contracts';
import { clampUnit, type Size } from './design-geometry';

export type PointGroup = 'hairline' | 'temples' | 'recessionCorners' | 'midline' | 'symmetry' | 'frontalTuft';
export type GuideName = keyof DesignGeometry['guides'];

/** A point of the drawing by where it lives: its group and its place in that group. */
export interface HandleRef {
  group: PointGroup;
  index: number;
}

/** The groups in the order they are drawn: the guides underneath, so the design's own points stay on top. */
function pointGroups(geometry: DesignGeometry): [PointGroup, DesignPoint[] | null][] {
  return [
    ['midline', geometry.guides.midline],
    ['symmetry', geometry.guides.symmetry],
    ['frontalTuft', geometry.guides.frontalTuft],
    ['hairline', geometry.hairline],
    ['temples', geometry.temples],
    ['recessionCorners', geometry.recessionCorners],
  ];
}

/** Every point of a drawing the artist can drag, with where it lives. */
export function handles(geometry: DesignGeometry): (HandleRef & { point: DesignPoint })[] {
  return pointGroups(geometry).flatMap(([group, points]) => (points ?? []).map((point, index) => ({ group, index, point })));
}

/** The order the keyboard and the point chooser go through the points: the design first, then the guides that are on. */
const choosingOrder: PointGroup[] = ['hairline', 'temples', 'recessionCorners', 'midline', 'symmetry', 'frontalTuft'];

export function choosableHandles(geometry: DesignGeometry): (HandleRef & { point: DesignPoint })[] {
  const all = handles(geometry);
  return choosingOrder.flatMap((group) => all.filter((handle) => handle.group === group));
}

const sameHandle = (one: HandleRef, other: HandleRef) => one.group === other.group && one.index === other.index;

/**
 * The chosen point as it is in this drawing: a point whose guide was switched off, or a hairline
 * point removed, gives way to the last one left in its group, or else to the first point of all.
 */
export function presentHandle(geometry: DesignGeometry, chosen: HandleRef): HandleRef {
  const all = choosableHandles(geometry);
  const inGroup = all.filter((handle) => handle.group === chosen.group);
  const kept = inGroup.find((handle) => handle.index === chosen.index) ?? inGroup.at(-1) ?? all[0]!;
  return { group: kept.group, index: kept.index };
}

/** The next (or previous) point after the chosen one, across groups; none past the last (or before the first), so Tab can leave the drawing. */
export function adjacentHandle(geometry: DesignGeometry, chosen: HandleRef, direction: 1 | -1): HandleRef | null {
  const all = choosableHandles(geometry);
  const next = all[all.findIndex((handle) => sameHandle(handle, chosen)) + direction];
  return next ? { group: next.group, index: next.index } : null;
}

const pointNames: Record<PointGroup, string> = {
  hairline: 'Hairline point',
  temples: 'Temple',
  recessionCorners: 'Recession corner',
  midline: 'Mid-line point',
  symmetry: 'Symmetry line point',
  frontalTuft: 'Frontal tuft point',
};

/** What a point is called to the artist, e.g. "Hairline point 3 of 5". */
export function handleName(geometry: DesignGeometry, { group, index }: HandleRef): string {
  const count = handles(geometry).filter((handle) => handle.group === group).length;
  return `${pointNames[group]} ${index + 1} of ${count}`;
}

export function pointAt(geometry: DesignGeometry, chosen: HandleRef): DesignPoint {
  return handles(geometry).find((handle) => sameHandle(handle, chosen))!.point;
}

export type NudgeDirection = 'left' | 'right' | 'up' | 'down';

/** A nudge's length as a share of the photo's width: fine placing, and a bigger step to cross the photo quickly. */
export const nudgeSteps = { small: 0.005, large: 0.05 } as const;

/**
 * The drawing with the chosen point nudged one step. Up and down steps are as long on the photo as
 * left and right ones (the same number of the photo's pixels), and the point stays on the photo, as a drag keeps it.
 */
export function nudgePoint(geometry: DesignGeometry, chosen: HandleRef, direction: NudgeDirection, step: keyof typeof nudgeSteps, photo: Size): DesignGeometry {
  const across = nudgeSteps[step];
  const down = (across * photo.width) / photo.height;
  const { x, y } = pointAt(geometry, chosen);
  const moved = {
    left: { x: x - across, y },
    right: { x: x + across, y },
    up: { x, y: y - down },
    down: { x, y: y + down },
  }[direction];
  return movePoint(geometry, chosen.group, chosen.index, { x: clampUnit(moved.x), y: clampUnit(moved.y) });
}

const replaced = (points: DesignPoint[], index: number, point: DesignPoint) => points.map((old, at) => (at === index ? point : old));

/** The drawing with one point moved. */
export function movePoint(geometry: DesignGeometry, group: PointGroup, index: number, point: DesignPoint): DesignGeometry {
  if (group === 'hairline' || group === 'temples' || group === 'recessionCorners') return { ...geometry, [group]: replaced(geometry[group], index, point) };
  const guide = geometry.guides[group];
  return guide ? { ...geometry, guides: { ...geometry.guides, [group]: replaced(guide, index, point) } } : geometry;
}

/** Where a guide starts when switched on: the mid-line down the middle, the symmetry line through the temples, a tuft at the hairline's middle. */
export function withGuide(geometry: DesignGeometry, guide: GuideName, on: boolean): DesignGeometry {
  if (!on) return { ...geometry, guides: { ...geometry.guides, [guide]: null } };
  const templeY = geometry.temples.length > 0 ? geometry.temples.reduce((sum, temple) => sum + temple.y, 0) / geometry.temples.length : 0.5;
  const middle = geometry.hairline[Math.floor(geometry.hairline.length / 2)] ?? { x: 0.5, y: 0.35 };
  const start: Record<GuideName, DesignPoint[]> = {
    midline: [
      { x: 0.5, y: 0.05 },
      { x: 0.5, y: 0.95 },
    ],
    symmetry: [
      { x: 0.05, y: templeY },
      { x: 0.95, y: templeY },
    ],
    frontalTuft: [
      { x: Math.max(0, middle.x - 0.05), y: middle.y },
      { x: middle.x, y: Math.max(0, middle.y - 0.03) },
      { x: Math.min(1, middle.x + 0.05), y: middle.y },
    ],
  };
  return { ...geometry, guides: { ...geometry.guides, [guide]: start[guide] } };
}

/** A hairline point more, halfway along the last stretch; or one fewer, keeping the two a curve needs. */
export function withHairlinePoints(geometry: DesignGeometry, change: 'add' | 'remove'): DesignGeometry {
  const { hairline } = geometry;
  if (change === 'remove') return hairline.length > 2 ? { ...geometry, hairline: [...hairline.slice(0, -2), hairline.at(-1)!] } : geometry;
  if (hairline.length >= 40) return geometry;
  const last = hairline.at(-1)!;
  const before = hairline.at(-2)!;
  return { ...geometry, hairline: [...hairline.slice(0, -1), { x: (last.x + before.x) / 2, y: (last.y + before.y) / 2 }, last] };
}
