import type { BusinessReport } from '@smp/contracts';
import { csvDocument } from '../http/csv.js';

/** How many minor units make a major one: 100 for USD, 1 for JPY, 1000 for KWD. */
function fractionDigits(currency: string): number {
  return new Intl.NumberFormat('en', { style: 'currency', currency }).resolvedOptions().maximumFractionDigits ?? 2;
}

/**
 * A report as a CSV file for a spreadsheet: a header of the column labels, money
 * in major units with the currency's decimals (1234.50), rates as decimals
 * (0.125), empty cells for nothing.
 */
export function businessReportCsv(report: Pick<BusinessReport, 'columns' | 'rows' | 'currency'>): string {
  const digits = fractionDigits(report.currency);
  const cell = (value: string | number | null | undefined, kind: string): string | number => {
    if (value === null || value === undefined) return '';
    if (kind === 'money' && typeof value === 'number') return (value / 10 ** digits).toFixed(digits);
    return value;
  };
  return csvDocument(
    report.columns.map((column) => column.label),
    report.rows.map((row) => report.columns.map((column) => cell(row[column.key], column.kind))),
  );
}

/** "revenue_by_month-2026-01-01-2026-12-31.csv" */
export function businessReportFileName(report: Pick<BusinessReport, 'report' | 'from' | 'to'>): string {
  return `${report.report}-${report.from}-${report.to}.csv`;
}
