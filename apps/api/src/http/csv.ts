/**
 * Spreadsheet programs take a CSV without a byte order mark for their own code
 * page and garble accented names; with it they read UTF-8.
 */
const UTF8_BOM = '\uFEFF';

/**
 * A CSV file (RFC 4180: CRLF line ends, fields quoted when they must be) that
 * spreadsheets open as UTF-8.
 */
export function csvDocument(header: string[], rows: (string | number)[][]): string {
  return UTF8_BOM + [header, ...rows].map((fields) => fields.map(csvField).join(',')).join('\r\n') + '\r\n';
}

/**
 * Quotes a CSV field, and defuses spreadsheet formulas a name could smuggle in:
 * text starting with = + - @ (or a tab or carriage return) is prefixed with an
 * apostrophe. A plain number, such as a negative amount, stays a number.
 */
function csvField(value: string | number): string {
  const text = String(value);
  const safe = /^[=+\-@\t\r]/.test(text) && !/^-\d+(\.\d+)?$/.test(text) ? `'${text}` : text;
  return /[",\r\n]/.test(safe) ? `"${safe.replaceAll('"', '""')}"` : safe;
}
