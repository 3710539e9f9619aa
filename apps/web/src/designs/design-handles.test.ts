import { describe, expect, it } from 'vitest';
import { startingGeometry } from './design-geometry';
import { adjacentHandle, handleName, handles, movePoint, nudgePoint, presentHandle, withGuide, withHairlinePoints, type HandleRef } from './design-handles';

describe('editing a drawing', () => {
  it('moves the one point dragged', () => {
    const moved = movePoint(startingGeometry(), 'hairline', 1, { x: 0.4, y: 0.3 });
    expect(moved.hairline[1]).toEqual({ x: 0.4, y: 0.3 });
    expect(moved.hairline.filter((_, index) => index !== 1)).toEqual(startingGeometry().hairline.filter((_, index) => index !== 1));
  });

  it('switches guides on where they belong, with points to drag, and off again', () => {
    const withSymmetry = withGuide(startingGeometry(), 'symmetry', true);
    const templeY = startingGeometry().temples[0]!.y;
    expect(withSymmetry.guides.symmetry).toEqual([
      { x: 0.05, y: templeY },
      { x: 0.95, y: templeY },
    ]);
    expect(handles(withSymmetry).filter((handle) => handle.group === 'symmetry')).toHaveLength(2);
    expect(movePoint(withSymmetry, 'symmetry', 1, { x: 0.9, y: 0.45 }).guides.symmetry![1]).toEqual({ x: 0.9, y: 0.45 });
    expect(withGuide(withSymmetry, 'symmetry', false).guides.symmetry).toBeNull();
  });

  it('adds hairline points before the last and keeps at least two', () => {
    const added = withHairlinePoints(startingGeometry(), 'add');
    expect(added.hairline).toHaveLength(6);
    expect(added.hairline.at(-1)).toEqual(startingGeometry().hairline.at(-1));
    let fewer = startingGeometry();
    for (let time = 0; time < 10; time += 1) fewer = withHairlinePoints(fewer, 'remove');
    expect(fewer.hairline).toEqual([startingGeometry().hairline[0], startingGeometry().hairline.at(-1)]);
  });
});

describe('moving a point without a pointer', () => {
  const fourByThree = { width: 1200, height: 900 };
  const secondHairlinePoint: HandleRef = { group: 'hairline', index: 1 };

  it('nudges a point by a small step, or a large one, as far down as across on the photo', () => {
    const start = startingGeometry().hairline[1]!;
    expect(nudgePoint(startingGeometry(), secondHairlinePoint, 'right', 'small', fourByThree).hairline[1]).toEqual({ x: start.x + 0.005, y: start.y });
    expect(nudgePoint(startingGeometry(), secondHairlinePoint, 'left', 'large', fourByThree).hairline[1]).toEqual({ x: start.x - 0.05, y: start.y });
    // 5% of 1200 pixels across is 60 pixels, which is 1/15 of the photo's 900 pixels down.
    const up = nudgePoint(startingGeometry(), secondHairlinePoint, 'up', 'large', fourByThree).hairline[1]!;
    expect(up.x).toBe(start.x);
    expect(up.y).toBeCloseTo(start.y - 60 / 900, 10);
    expect(nudgePoint(startingGeometry(), secondHairlinePoint, 'down', 'small', fourByThree).hairline[1]!.y).toBeCloseTo(start.y + 6 / 900, 10);
  });

  it('keeps a nudged point on the photo', () => {
    const atCorner = movePoint(startingGeometry(), 'temples', 0, { x: 0.02, y: 0.99 });
    const nudged = nudgePoint(nudgePoint(atCorner, { group: 'temples', index: 0 }, 'left', 'large', fourByThree), { group: 'temples', index: 0 }, 'down', 'large', fourByThree);
    expect(nudged.temples[0]).toEqual({ x: 0, y: 1 });
  });

  it('chooses the next and previous point across the groups, skipping guides that are off, and stops at the ends', () => {
    const geometry = withGuide(startingGeometry(), 'symmetry', true);
    expect(adjacentHandle(geometry, { group: 'hairline', index: 4 }, 1)).toEqual({ group: 'temples', index: 0 });
    expect(adjacentHandle(geometry, { group: 'temples', index: 0 }, -1)).toEqual({ group: 'hairline', index: 4 });
    // The mid-line is off: after the last recession corner comes the symmetry line.
    expect(adjacentHandle(geometry, { group: 'recessionCorners', index: 1 }, 1)).toEqual({ group: 'symmetry', index: 0 });
    expect(adjacentHandle(geometry, { group: 'symmetry', index: 1 }, 1)).toBeNull();
    expect(adjacentHandle(geometry, { group: 'hairline', index: 0 }, -1)).toBeNull();
  });

  it('names the point as the artist sees it', () => {
    expect(handleName(startingGeometry(), { group: 'hairline', index: 2 })).toBe('Hairline point 3 of 5');
    expect(handleName(withGuide(startingGeometry(), 'frontalTuft', true), { group: 'frontalTuft', index: 0 })).toBe('Frontal tuft point 1 of 3');
  });

  it('gives a chosen point that is gone way to the last of its group, or to the first point when its guide is off', () => {
    const withTuft = withGuide(startingGeometry(), 'frontalTuft', true);
    expect(presentHandle(withTuft, { group: 'frontalTuft', index: 2 })).toEqual({ group: 'frontalTuft', index: 2 });
    expect(presentHandle(withHairlinePoints(startingGeometry(), 'remove'), { group: 'hairline', index: 4 })).toEqual({ group: 'hairline', index: 3 });
    expect(presentHandle(withGuide(withTuft, 'frontalTuft', false), { group: 'frontalTuft', index: 2 })).toEqual({ group: 'hairline', index: 0 });
  });
});
