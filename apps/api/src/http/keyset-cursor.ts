import type { Page } from '@smp/contracts';
import { validationProblem } from './problem.js';

/**
 * Opaque cursors for keyset pagination: the sort values of the last row of a page,
 * from which the next page starts. Each list decides what a valid position is.
 */
export function encodeCursor(position: readonly string[]): string {
  return Buffer.from(JSON.stringify(position)).toString('base64url');
}

/** The position in a cursor of `length` values, or null when the cursor is not one of ours. */
export function decodeCursor(cursor: string, length: number, isValid: (position: string[]) => boolean): string[] | null {
  try {
    const decoded: unknown = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
    if (Array.isArray(decoded) && decoded.length === length && decoded.every((value) => typeof value === 'string') && isValid(decoded)) {
      return decoded;
    }
  } catch {
    // Falls through: a cursor that does not decode is simply not valid.
  }
  return null;
}

const notThisListsCursor = () => validationProblem([{ field: 'cursor', message: 'Not a cursor from this list; start again without it' }]);

/** The position a request's cursor names, or null without one; a cursor from elsewhere is a 400. */
export function positionAfter(cursor: string | undefined, length: number, isValid: (position: string[]) => boolean): string[] | null {
  if (!cursor) return null;
  const position = decodeCursor(cursor, length, isValid);
  if (!position) throw notThisListsCursor();
  return position;
}

/**
 * For lists whose cursor holds the id of the last row shown: that row, found by
 * `find` among the list's own rows, or null without a cursor. A cursor naming no
 * row of this list (another client's, say) is a 400, never a quiet return to page one.
 */
export async function rowAfter<Row>(cursor: string | undefined, find: (id: string) => Promise<Row | null>): Promise<Row | null> {
  const position = positionAfter(cursor, 1, isIdPosition);
  if (!position) return null;
  const row = await find(position[0]!);
  if (!row) throw notThisListsCursor();
  return row;
}

/** A page from `limit + 1` rows read: the extra row only says that another page follows. */
export function toPage<Row, Item>(rows: Row[], limit: number, toItem: (row: Row) => Item, positionOf: (row: Row) => string[]): Page<Item> {
  const page = rows.slice(0, limit);
  const last = page.at(-1);
  return { items: page.map(toItem), nextCursor: rows.length > limit && last ? encodeCursor(positionOf(last)) : null };
}

const UUID_PATTERN = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const isIdPosition = ([id]: string[]) => UUID_PATTERN.test(id ?? '');
/** A position of a sort value then an id, as most lists have. */
export const isValueAndIdPosition = ([, id]: string[]) => UUID_PATTERN.test(id ?? '');
