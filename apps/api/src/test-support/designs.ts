import type { DesignGeometry } from '@smp/contracts';

/** The least a hairline design can be: two hairline points, nothing else placed. */
export const TWO_POINT_HAIRLINE: DesignGeometry = {
  hairline: [
    { x: 0.2, y: 0.4 },
    { x: 0.8, y: 0.4 },
  ],
  temples: [],
  recessionCorners: [],
  guides: { midline: null, symmetry: null, frontalTuft: null },
};
