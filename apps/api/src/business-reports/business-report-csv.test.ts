import { describe, expect, it } from '@jest/globals';
import type { BusinessReport } from '@smp/contracts';
import { businessReportCsv, businessReportFileName } from './business-report-csv.js';

const columns: BusinessReport['columns'] = [
  { key: 'client', label: 'Client', kind: 'text' },
  { key: 'owed', label: 'Owed', kind: 'money' },
  { key: 'share', label: 'Share, of all', kind: 'rate' },
];

const lines = (csv: string) =>
  csv
    .replace(/^\uFEFF/, '')
    .trimEnd()
    .split('\r\n');

describe('businessReportCsv', () => {
  it('writes money in major units with the currency’s decimals, rates as decimals, nothing as an empty cell', () => {
    const rows = [
      { client: 'Sam', owed: 123450, share: 0.125 },
      { client: 'Kim', owed: -5, share: null },
    ];
    expect(lines(businessReportCsv({ columns, rows, currency: 'USD' }))).toEqual(['Client,Owed,"Share, of all"', 'Sam,1234.50,0.125', 'Kim,-0.05,']);
    expect(lines(businessReportCsv({ columns, rows: [{ client: 'Yui', owed: 5000, share: 1 }], currency: 'JPY' }))[1]).toBe('Yui,5000,1');
  });

  it('defuses text that a spreadsheet would run as a formula, and quotes what needs quoting', () => {
    const rows = ['=1+1', '+44', '-x', '@SUM(A1)', 'Ann "Al" O, Jr'].map((client) => ({ client, owed: 0, share: 0 }));
    expect(lines(businessReportCsv({ columns, rows, currency: 'USD' })).slice(1)).toEqual([`'=1+1,0.00,0`, `'+44,0.00,0`, `'-x,0.00,0`, `'@SUM(A1),0.00,0`, `"Ann ""Al"" O, Jr",0.00,0`]);
  });

  it('names the file after the report and its days', () => {
    expect(businessReportFileName({ report: 'revenue_by_month', from: '2026-01-01', to: '2026-12-31' })).toBe('revenue_by_month-2026-01-01-2026-12-31.csv');
  });
});
