import { describe, expect, it } from 'vitest';
import { startingGeometry } from './design-geometry';
import { handles, movePoint, withGuide, withHairlinePoints } from './design-handles';

describe('editing a drawing', () => {
  it('moves the one point dragged', () => {
    const moved = movePoint(startingGeometry(), 'hairline', 1, { x: 0.4, y: 0.3 });
    expect(moved.hairline[1]).toEqual({ x: 0.4, y: 0.3 });
    expect(moved.hairline.filter((_, index) => index !== 1)).toEqual(startingGeometry().hairline.filter((_, index) => index !== 1));
  });

  it('switches guides on where they belong, with points to drag, and off again', () => {
    const withSymmetry = withGuide(startingGeometry(), 'symmetry', true);
    expect(withSymmetry.guides.symmetry).toEqual([
      { x: 0.05, y: 0.5 },
      { x: 0.95, y: 0.5 },
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
