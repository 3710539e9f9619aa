import { documentTotals, formatMoney, type FieldError, type LineAmounts } from '@smp/contracts';
import type { PricedLine } from '../billing/charge-lines.js';

/** An invoice's line as a credit note needs it. */
export interface CreditableLine extends LineAmounts {
  lineNumber: number;
  description: string;
  taxName: string;
  taxBasisPoints: number;
}

export interface CreditRequest {
  lineNumber: number;
  /** How much of the line's total (tax included) is taken back. */
  totalMinor: number;
}

interface CreditContext {
  currency: string;
  pricesIncludeTax: boolean;
  /** Per line number of the invoice: what earlier credit notes took back of its total and of its tax. */
  creditedBefore: ReadonlyMap<number, LineAmounts>;
  /** The invoice's total less earlier credit notes': a credit note never takes back more. */
  invoiceLeftMinor: number;
}

/** A credit note's line: kind 'credit', naming the invoice line it takes back. */
export type CreditLine = PricedLine & { creditedLineNumber: number };

export type CreditOutcome = { lines: CreditLine[]; totals: LineAmounts } | { errors: FieldError[] };

/**
 * A credit note's lines: each takes back part of one invoice line, at most what is
 * left of it, with its tax in proportion. The tax is worked out on what has been
 * credited of the line in all, so partial credits never take back more tax than the
 * line had and crediting the whole line takes back exactly its tax.
 */
export function creditLines(invoiceLines: readonly CreditableLine[], requests: readonly CreditRequest[], context: CreditContext): CreditOutcome {
  const errors: FieldError[] = [];
  const seen = new Set<number>();
  const lines: CreditLine[] = [];
  requests.forEach((request, index) => {
    const line = invoiceLines.find((candidate) => candidate.lineNumber === request.lineNumber);
    if (!line) return errors.push({ field: `lines.${index}.lineNumber`, message: 'Not a line of this invoice' });
    if (seen.has(line.lineNumber)) return errors.push({ field: `lines.${index}.lineNumber`, message: 'Credit each line once' });
    seen.add(line.lineNumber);
    const before = context.creditedBefore.get(line.lineNumber) ?? { netMinor: 0, taxMinor: 0, totalMinor: 0 };
    const left = line.totalMinor - before.totalMinor;
    if (request.totalMinor > left) {
      const message = left > 0 ? `At most ${formatMoney(left, context.currency)} is left to credit on this line` : 'Nothing is left to credit on this line';
      return errors.push({ field: `lines.${index}.totalMinor`, message });
    }
    const creditedInAll = before.totalMinor + request.totalMinor;
    const taxMinor = Math.round((creditedInAll * line.taxMinor) / line.totalMinor) - before.taxMinor;
    const netMinor = request.totalMinor - taxMinor;
    lines.push({
      lineNumber: lines.length + 1,
      kind: 'credit',
      description: line.description,
      quantity: 1,
      unitPriceMinor: context.pricesIncludeTax ? request.totalMinor : netMinor,
      discountReason: null,
      taxName: line.taxName,
      taxBasisPoints: line.taxBasisPoints,
      netMinor,
      taxMinor,
      totalMinor: request.totalMinor,
      creditedLineNumber: line.lineNumber,
    });
  });
  if (errors.length > 0) return { errors };
  const totals = documentTotals(lines);
  if (totals.totalMinor > context.invoiceLeftMinor) {
    return { errors: [{ field: 'lines', message: `The invoice has ${formatMoney(context.invoiceLeftMinor, context.currency)} left to credit in all` }] };
  }
  return { lines, totals };
}
