import { PAYMENT_METHODS, type BusinessReport, type ColumnKind, type PaymentMethod } from '@smp/contracts';
import { format, parseISO } from 'date-fns';
import { styleName } from '../consultations/labels';
import { formatDate } from '../shared/format';
import { formatMoney, minorUnitsPerMajor } from '../shared/money';

type Column = BusinessReport['columns'][number];
type Cell = BusinessReport['rows'][number][string];

export const paymentMethodLabels: Record<PaymentMethod, string> = { cash: 'Cash', card: 'Card', bank_transfer: 'Bank transfer', gift_voucher: 'Gift voucher' };

const percent = new Intl.NumberFormat('en-US', { style: 'percent', maximumFractionDigits: 1 });
const count = new Intl.NumberFormat('en-US');
const hours = new Intl.NumberFormat('en-US', { maximumFractionDigits: 1 });
const isoDate = /^\d{4}-\d{2}-\d{2}$/;

/** "Jan 2026" for the API's "2026-01". */
export function formatMonth(month: string): string {
  return format(parseISO(`${month}-01`), 'MMM yyyy');
}

/** Words the API sends as codes (a style, a payment method) in the words the rest of the app uses. */
function textOf(key: string, value: string): string {
  if (key === 'style') return styleName(value);
  if (key === 'method') return PAYMENT_METHODS.includes(value as PaymentMethod) ? paymentMethodLabels[value as PaymentMethod] : value;
  return isoDate.test(value) ? formatDate(value) : value;
}

/** A report's cell as the table shows it: money in the clinic's currency, rates as %, hours, months as "Jan 2026"; '—' when empty. */
export function formatCell(column: Pick<Column, 'key' | 'kind'>, value: Cell, currency: string): string {
  if (value === null || value === '') return '—';
  const kind: ColumnKind = column.kind;
  switch (kind) {
    case 'money':
      return formatMoney(Number(value), currency);
    case 'rate':
      return percent.format(Number(value));
    case 'count':
      return count.format(Number(value));
    case 'hours':
      return `${hours.format(Number(value))} h`;
    case 'month':
      return formatMonth(String(value));
    case 'text':
      return textOf(column.key, String(value));
  }
}

/** The columns a person reads: ids only link their row to a page, they are not shown. */
export function shownColumns(columns: BusinessReport['columns']): BusinessReport['columns'] {
  return columns.filter((column) => !column.key.endsWith('_id'));
}

const shortMoney = new Map<string, Intl.NumberFormat>();

/** An amount rounded for a chart, e.g. 1250000 USD → "$12.5K". */
function formatMoneyShort(minorUnits: number, currency: string): string {
  let formatter = shortMoney.get(currency);
  if (!formatter) {
    formatter = new Intl.NumberFormat('en-US', { style: 'currency', currency, notation: 'compact', minimumFractionDigits: 0, maximumFractionDigits: 1 });
    shortMoney.set(currency, formatter);
  }
  return formatter.format(minorUnits / minorUnitsPerMajor(currency));
}

/** A value on a chart's axis or beside its bar: shorter than the table's (the table keeps every digit). */
export function formatChartValue(kind: ColumnKind, value: number, currency: string): string {
  if (kind === 'money') return formatMoneyShort(value, currency);
  return formatCell({ key: '', kind }, value, currency);
}
