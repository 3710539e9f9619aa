import { Readable } from 'node:stream';
import { text } from 'node:stream/consumers';
import { describe, expect, it } from '@jest/globals';
import { crlfBetweenRecords } from './csv-line-ends.js';

const rewritten = (chunks: Buffer[]) => text(Readable.from(chunks).pipe(crlfBetweenRecords()));

describe("PostgreSQL's CSV as RFC 4180", () => {
  it('ends every record with CRLF and keeps line breaks inside quoted values', async () => {
    expect(await rewritten([Buffer.from('id,note\n1,"two\nlines, and a ""quote"""\n2,plain\n')])).toBe('id,note\r\n1,"two\nlines, and a ""quote"""\r\n2,plain\r\n');
  });

  it('knows whether it is inside quotes across chunks, wherever they are cut', async () => {
    const bytes = Buffer.from('a,"x\n""y""\n"\nb,"é\n"\n');
    for (let cut = 1; cut < bytes.length; cut++) {
      expect(await rewritten([bytes.subarray(0, cut), bytes.subarray(cut)])).toBe('a,"x\n""y""\n"\r\nb,"é\n"\r\n');
    }
  });
});
