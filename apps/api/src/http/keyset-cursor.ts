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

export const UUID_PATTERN = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
