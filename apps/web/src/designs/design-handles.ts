import type { DesignGeometry, DesignPoint } from '@smp/contracts';

export type PointGroup = 'hairline' | 'temples' | 'recessionCorners' | 'midline' | 'symmetry' | 'frontalTuft';
export type GuideName = keyof DesignGeometry['guides'];

/** Every point of a drawing the artist can drag, with where it lives. */
export function handles(geometry: DesignGeometry): { group: PointGroup; index: number; point: DesignPoint }[] {
  const groups: [PointGroup, DesignPoint[] | null][] = [
    ['midline', geometry.guides.midline],
    ['symmetry', geometry.guides.symmetry],
    ['frontalTuft', geometry.guides.frontalTuft],
    ['hairline', geometry.hairline],
    ['temples', geometry.temples],
    ['recessionCorners', geometry.recessionCorners],
  ];
  return groups.flatMap(([group, points]) => (points ?? []).map((point, index) => ({ group, index, point })));
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
