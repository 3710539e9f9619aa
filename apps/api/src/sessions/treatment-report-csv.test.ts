import { describe, expect, it } from '@jest/globals';
import { treatmentReportCsv } from './treatment-report-csv.js';
import type { ReportRow } from './treatment-report.service.js';

const row = (completedAt: string, clientName = 'Zoë Brontë'): ReportRow => ({
  sessionRecordId: '00000000-0000-4000-8000-000000000001',
  completedAt,
  client: { id: '00000000-0000-4000-8000-000000000002', name: clientName },
  artist: { id: '00000000-0000-4000-8000-000000000003', name: 'Arturo Artist' },
  style: 'hairline_restoration',
  planStatus: 'active',
  sessionNumber: 1,
  pigmentLots: ['PL-1', 'PL-2'],
  needleLot: 'N-1',
});

describe('treatmentReportCsv', () => {
  it('starts with a UTF-8 byte order mark so spreadsheets keep accented names', () => {
    const csv = treatmentReportCsv([row('2026-03-07T15:00:00.000Z')], 'UTC');
    expect(csv.startsWith('\uFEFF')).toBe(true);
    expect(Buffer.from(csv, 'utf8').subarray(0, 3)).toEqual(Buffer.from([0xef, 0xbb, 0xbf]));
    expect(csv).toContain('Zoë Brontë');
  });

  it('writes 10 o’clock sessions as 10:00 on both sides of a clock change, naming the zone in the header', () => {
    // New York moves its clocks forward on 8 March 2026: UTC-5 before, UTC-4 after.
    const csv = treatmentReportCsv([row('2026-03-09T14:00:00.000Z'), row('2026-03-07T15:00:00.000Z')], 'America/New_York');
    const lines = csv.slice(1).trimEnd().split('\r\n');
    expect(lines[0]).toMatch(/^completed_at \(America\/New_York\),client,/);
    expect(lines[1]).toMatch(/^2026-03-09 10:00,/);
    expect(lines[2]).toMatch(/^2026-03-07 10:00,/);
  });

  it('defuses a formula in a name and quotes commas', () => {
    const csv = treatmentReportCsv([row('2026-03-07T15:00:00.000Z', '=HYPERLINK("x"), Sam')], 'UTC');
    expect(csv).toContain(`"'=HYPERLINK(""x""), Sam"`);
  });
});
