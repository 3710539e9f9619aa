import { Transform } from 'node:stream';

const QUOTE = 0x22;
const LINE_FEED = 0x0a;
const CRLF = Buffer.from('\r\n');

/**
 * Rewrites PostgreSQL's CSV, whose records end with a line feed, to RFC 4180's CRLF.
 * A line break inside a quoted field is part of its value and stays as it is. Bytes
 * are looked at, not characters: in UTF-8 no byte of another character is a quote or
 * a line feed, so a character split between chunks passes through whole.
 */
export function crlfBetweenRecords(): Transform {
  let inQuotes = false;
  return new Transform({
    transform(chunk: Buffer, _encoding, done) {
      const parts: Buffer[] = [];
      let start = 0;
      for (let index = 0; index < chunk.length; index++) {
        const byte = chunk[index];
        // A quote written twice inside a quoted field toggles twice: still inside.
        if (byte === QUOTE) inQuotes = !inQuotes;
        else if (byte === LINE_FEED && !inQuotes) {
          parts.push(chunk.subarray(start, index), CRLF);
          start = index + 1;
        }
      }
      parts.push(chunk.subarray(start));
      done(null, Buffer.concat(parts));
    },
  });
}
