import { describe, expect, it } from 'vitest';
import { BUSINESS_REPORTS } from '@smp/contracts';
import { formatCell, formatChartValue, formatMonth, shownColumns } from './business-report-format';

const column = (key: string, kind: 'text' | 'month' | 'money' | 'count' | 'hours' | 'rate') => ({ key, kind });

describe('business report cells', () => {
  it('shows money in the clinic’s currency from minor units', () => {
    expect(formatCell(column('revenue_minor', 'money'), 1234550, 'USD')).toBe('$12,345.50');
    expect(formatCell(column('revenue_minor', 'money'), -5000, 'EUR')).toBe('-€50.00');
    expect(formatCell(column('revenue_minor', 'money'), 5000, 'JPY')).toBe('¥5,000');
  });

  it('shows rates as percentages, counts with separators and hours with their unit', () => {
    expect(formatCell(column('no_show_rate', 'rate'), 0.125, 'USD')).toBe('12.5%');
    expect(formatCell(column('utilisation', 'rate'), 1, 'USD')).toBe('100%');
    expect(formatCell(column('appointments', 'count'), 12034, 'USD')).toBe('12,034');
    expect(formatCell(column('booked_hours', 'hours'), 37.25, 'USD')).toBe('37.3 h');
  });

  it('names months, styles, payment methods and dates in words', () => {
    expect(formatMonth('2026-01')).toBe('Jan 2026');
    expect(formatCell(column('month', 'month'), '2025-12', 'USD')).toBe('Dec 2025');
    expect(formatCell(column('style', 'text'), 'scar_camouflage', 'USD')).toBe('Scar camouflage');
    expect(formatCell(column('method', 'text'), 'bank_transfer', 'USD')).toBe('Bank transfer');
    expect(formatCell(column('paid_on', 'text'), '2026-03-08', 'USD')).toBe('8 Mar 2026');
    expect(formatCell(column('client', 'text'), 'Grace Liu', 'USD')).toBe('Grace Liu');
  });

  it('shows a dash for an empty cell', () => {
    expect(formatCell(column('no_show_rate', 'rate'), null, 'USD')).toBe('—');
    expect(formatCell(column('artist', 'text'), '', 'USD')).toBe('—');
  });

  it('rounds money on a chart, and keeps rates and counts as the table shows them', () => {
    expect(formatChartValue('money', 1250000, 'USD')).toBe('$12.5K');
    expect(formatChartValue('money', 0, 'EUR')).toBe('€0');
    expect(formatChartValue('rate', 0.025, 'USD')).toBe('2.5%');
    expect(formatChartValue('count', 1200, 'USD')).toBe('1,200');
  });

  it('leaves ids out of the table', () => {
    expect(shownColumns([...BUSINESS_REPORTS.deposits_held.columns]).map((shown) => shown.label)).toEqual(['Client', 'Style', 'Artist', 'Held', 'Paid on']);
  });
});
