import { describe, expect, it } from '@jest/globals';
import { decodeCursor, encodeCursor, isValueAndIdPosition, positionAfter, toPage } from './keyset-cursor.js';

describe('cursors', () => {
  it('round-trip a position', () => {
    const position = ['alvarez jose', '28968257-aa87-4049-ac24-126d400bb88f'];
    expect(decodeCursor(encodeCursor(position), 2, isValueAndIdPosition)).toEqual(position);
  });

  it('reject anything that is not one of the list’s own', () => {
    expect(decodeCursor('not-a-cursor', 2, isValueAndIdPosition)).toBeNull();
    expect(decodeCursor(encodeCursor(['a', 'not-a-uuid']), 2, isValueAndIdPosition)).toBeNull();
    expect(decodeCursor(Buffer.from('{"a":1}').toString('base64url'), 2, isValueAndIdPosition)).toBeNull();
    expect(() => positionAfter('garbage', 2, isValueAndIdPosition)).toThrow(/Not a cursor from this list/);
    expect(positionAfter(undefined, 2, isValueAndIdPosition)).toBeNull();
  });
});

describe('toPage', () => {
  it('points at the last item when more rows follow, and at nothing on the last page', () => {
    const more = toPage(
      [1, 2, 3],
      2,
      (n) => n * 10,
      (n) => [String(n)],
    );
    expect(more.items).toEqual([10, 20]);
    expect(decodeCursor(more.nextCursor!, 1, () => true)).toEqual(['2']);
    expect(
      toPage(
        [1, 2],
        2,
        (n) => n,
        (n) => [String(n)],
      ).nextCursor,
    ).toBeNull();
  });
});
