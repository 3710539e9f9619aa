import { readFileSync } from 'node:fs';
import { describe, expect, it } from '@jest/globals';
import { DATE_ONLY_FIELDS, exported, recordCounts } from './record-contents.js';

describe('a row as record.json writes it', () => {
  it('writes instants as ISO strings and calendar dates as YYYY-MM-DD, in nested rows too', () => {
    const row = { signedAt: new Date('2026-03-01T14:30:00.000Z'), validUntil: new Date('2026-09-01T00:00:00.000Z'), lines: [{ issuedOn: new Date('2026-03-02T00:00:00.000Z') }] };
    expect(exported(row)).toEqual({ signedAt: '2026-03-01T14:30:00.000Z', validUntil: '2026-09-01', lines: [{ issuedOn: '2026-03-02' }] });
  });

  it('knows every calendar-date column of the schema, so none is written as a midnight instant', () => {
    const datamodel = readFileSync(new URL('../../../../prisma/schema.prisma', import.meta.url), 'utf8');
    const dateFields = [...datamodel.matchAll(/^\s+(\w+)\s+DateTime\??\s.*@db\.Date\b/gm)].map(([, field]) => field);
    expect([...new Set(dateFields)].sort()).toEqual([...DATE_ONLY_FIELDS].sort());
  });

  it('leaves out raw bytes and where files lie in storage, and keeps everything else as it is', () => {
    const row = { id: 'a', signaturePng: new Uint8Array([1, 2]), originalKey: 'clients/a/b.jpg', documentKey: 'x', answers: { diabetes: { answer: false } }, note: null, totalMinor: 1200 };
    expect(exported(row)).toEqual({ id: 'a', answers: { diabetes: { answer: false } }, note: null, totalMinor: 1200 });
  });
});

it('counts the records of each kind, for the audit trail', () => {
  expect(recordCounts({ client: { id: 'a' }, screenings: [{}, {}], photos: [] } as never)).toEqual({ screenings: 2, photos: 0 });
});
