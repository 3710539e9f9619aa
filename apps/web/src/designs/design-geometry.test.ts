import type { DesignGeometry } from '@smp/contracts';
import { describe, expect, it } from 'vitest';
import { fitContain, fromPixels, HANDLE_RADIUS, reframe, smoothPath, startingGeometry, toPixels } from './design-geometry';
import { handles } from './design-handles';

const drawing: DesignGeometry = {
  hairline: [
    { x: 0.25, y: 0.4 },
    { x: 0.5, y: 0.3 },
    { x: 0.75, y: 0.4 },
  ],
  temples: [{ x: 0, y: 0.5 }],
  recessionCorners: [],
  guides: {
    midline: [
      { x: 0.5, y: 0 },
      { x: 0.5, y: 1 },
    ],
    symmetry: null,
    frontalTuft: null,
  },
};

describe('fitting a photo in a box', () => {
  it('fills a box of the same shape', () => {
    expect(fitContain({ width: 1200, height: 900 }, { width: 400, height: 300 })).toEqual({ x: 0, y: 0, width: 400, height: 300 });
  });

  it('letterboxes a landscape photo in a portrait box, and pillarboxes a portrait one in a landscape box', () => {
    expect(fitContain({ width: 1600, height: 1200 }, { width: 768, height: 1024 })).toEqual({ x: 0, y: 224, width: 768, height: 576 });
    expect(fitContain({ width: 900, height: 1200 }, { width: 800, height: 600 })).toEqual({ x: 175, y: 0, width: 450, height: 600 });
  });
});

describe('points and pixels', () => {
  const photo = { x: 0, y: 224, width: 768, height: 576 };

  it('turns a point of the drawing into the pixels of the fitted photo and back', () => {
    expect(toPixels({ x: 0.5, y: 0.25 }, photo)).toEqual({ x: 384, y: 368 });
    expect(fromPixels({ x: 384, y: 368 }, photo)).toEqual({ x: 0.5, y: 0.25 });
  });

  it('keeps a point dragged into the letterbox on the photo’s edge', () => {
    expect(fromPixels({ x: -20, y: 100 }, photo)).toEqual({ x: 0, y: 0 });
    expect(fromPixels({ x: 900, y: 1000 }, photo)).toEqual({ x: 1, y: 1 });
  });
});

describe('showing a design over another photo of the same view', () => {
  it('leaves it as drawn on a photo of the same shape, whatever its size', () => {
    expect(reframe(drawing, { width: 1200, height: 900 }, { width: 4032, height: 3024 })).toEqual(drawing);
  });

  it('keeps its proportions on a photo of another shape, inside the first photo’s frame', () => {
    // Drawn on a 4:3 photo, shown on a square one: the 4:3 frame is 1000 × 750, 125 px from the top.
    const onSquare = reframe(drawing, { width: 1200, height: 900 }, { width: 1000, height: 1000 });
    expect(onSquare.hairline).toEqual([
      { x: 0.25, y: 0.425 },
      { x: 0.5, y: 0.35 },
      { x: 0.75, y: 0.425 },
    ]);
    expect(onSquare.temples).toEqual([{ x: 0, y: 0.5 }]);
    expect(onSquare.guides.midline).toEqual([
      { x: 0.5, y: 0.125 },
      { x: 0.5, y: 0.875 },
    ]);
    expect(onSquare.guides.symmetry).toBeNull();
  });

  it('pillarboxes a landscape drawing on a portrait photo', () => {
    const onPortrait = reframe(drawing, { width: 1600, height: 1200 }, { width: 900, height: 1600 });
    // The frame is 900 × 675, centred: 462.5 px from the top.
    expect(onPortrait.hairline[1]).toEqual({ x: 0.5, y: (462.5 + 0.3 * 675) / 1600 });
  });
});

describe('the hairline curve', () => {
  it('passes through every control point, starting at the first', () => {
    const path = smoothPath(drawing.hairline, { x: 0, y: 0, width: 100, height: 100 });
    expect(path.startsWith('M25,40')).toBe(true);
    expect(path).toContain('50,30');
    expect(path.endsWith('75,40')).toBe(true);
  });
});

describe('the starting drawing', () => {
  const start = startingGeometry();

  it('starts every two handles at least two handle widths apart on a phone, the photo portrait, 4:3 or 16:9', () => {
    for (const height of [480, 270, 202.5]) {
      const photo = { x: 0, y: 0, width: 360, height };
      const pixels = handles(start).map((handle) => toPixels(handle.point, photo));
      const gaps = pixels.flatMap((one, index) => pixels.slice(index + 1).map((other) => Math.hypot(one.x - other.x, one.y - other.y)));
      expect(Math.min(...gaps)).toBeGreaterThanOrEqual(4 * HANDLE_RADIUS);
    }
  });

  it('arches the hairline from side to side, highest in the middle, with the recession corners above its ends and the temples below', () => {
    const { hairline, temples, recessionCorners } = start;
    expect(hairline.map((point) => point.x)).toEqual([...hairline.map((point) => point.x)].sort((one, other) => one - other));
    expect(Math.min(...hairline.map((point) => point.y))).toBe(hairline[2]!.y);
    [hairline[0]!, hairline.at(-1)!].forEach((end, side) => {
      expect(recessionCorners[side]!.y).toBeLessThan(end.y);
      expect(temples[side]!.y).toBeGreaterThan(end.y);
    });
  });
});
