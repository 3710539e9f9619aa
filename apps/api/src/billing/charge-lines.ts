import { documentTotals, lineAmounts, MAX_AMOUNT_MINOR, type LineAmounts, type QuoteLineInput, type VisitLineInput } from '@smp/contracts';
import type { Database } from '../database/database.js';
import { validationProblem } from '../http/problem.js';

/** A line as entered (zod's output: quantity defaulted), of a quote or a visit's invoice. */
export type ChargeLineInput = Omit<QuoteLineInput | VisitLineInput, 'quantity'> & { quantity: number };

export interface TaxRateRow {
  id: string;
  name: string;
  basisPoints: number;
  isDefault: boolean;
  archivedAt: Date | null;
}

/** A line priced and taxed as it will be written: a discount's unit price negative. */
export interface PricedLine extends LineAmounts {
  lineNumber: number;
  kind: string;
  description: string;
  quantity: number;
  unitPriceMinor: number;
  discountReason: string | null;
  taxName: string;
  taxBasisPoints: number;
}

export interface PricingContext {
  rates: TaxRateRow[];
  pricesIncludeTax: boolean;
  currency: string;
}

/** What pricing a line needs: the clinic's tax rates, whether prices include tax, and its currency. */
export async function pricingContext(reader: Pick<Database, 'taxRate' | 'clinicSettings'>): Promise<PricingContext> {
  const [rates, settings] = await Promise.all([
    reader.taxRate.findMany({ orderBy: { createdAt: 'asc' } }),
    reader.clinicSettings.findFirstOrThrow({ select: { pricesIncludeTax: true, currency: true } }),
  ]);
  return { rates, pricesIncludeTax: settings.pricesIncludeTax, currency: settings.currency };
}

/** The tax a line gets without a rate named: the clinic's default, or none when it has no default. */
const NO_TAX = { name: 'No tax', basisPoints: 0 } as const;

/**
 * Prices lines as staff entered them: each gets its tax rate (the one named, the
 * default when none is, no tax for null), a discount becomes negative, and every
 * line's net, tax and total are worked out. A rate that is unknown or archived is a
 * field error on that line.
 */
export function priceChargeLines(lines: readonly ChargeLineInput[], context: PricingContext, field = 'lines'): { lines: PricedLine[]; totals: LineAmounts } {
  const defaultRate = context.rates.find((rate) => rate.isDefault && !rate.archivedAt) ?? NO_TAX;
  const errors: { field: string; message: string }[] = [];
  const priced = lines.map((line, index): PricedLine => {
    let rate: { name: string; basisPoints: number } = defaultRate;
    if (line.taxRateId === null) rate = NO_TAX;
    else if (line.taxRateId !== undefined) {
      const named = context.rates.find((candidate) => candidate.id === line.taxRateId);
      if (!named || named.archivedAt) errors.push({ field: `${field}.${index}.taxRateId`, message: named ? 'This tax rate is archived' : 'Not one of the clinic’s tax rates' });
      else rate = named;
    }
    const unitPriceMinor = line.kind === 'discount' ? -line.unitPriceMinor : line.unitPriceMinor;
    return {
      lineNumber: index + 1,
      kind: line.kind,
      description: line.description,
      quantity: line.quantity,
      unitPriceMinor,
      discountReason: line.discountReason ?? null,
      taxName: rate.name,
      taxBasisPoints: rate.basisPoints,
      ...lineAmounts({ quantity: line.quantity, unitPriceMinor, taxBasisPoints: rate.basisPoints }, context.pricesIncludeTax),
    };
  });
  priced.forEach((line, index) => {
    if (Math.abs(line.totalMinor) > MAX_AMOUNT_MINOR) errors.push({ field: `${field}.${index}.quantity`, message: 'The line comes to more than 1,000,000.00' });
  });
  if (errors.length > 0) throw validationProblem(errors);
  const totals = documentTotals(priced);
  if (totals.totalMinor < 0) throw validationProblem([{ field, message: 'Discounts come to more than the charges' }]);
  if (totals.totalMinor > MAX_AMOUNT_MINOR) throw validationProblem([{ field, message: 'The lines come to more than 1,000,000.00' }]);
  return { lines: priced, totals };
}
